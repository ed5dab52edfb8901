/** Parsing and validating a dataset, with every problem reported by JSON path and reason. */
import type { z } from 'zod';
import { DatasetSchema, type Dataset } from './schema';

export interface DatasetProblem {
  /** A JSON path such as `$.muscles[3].triggerPoints[0].referredPain.essential`. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; data: Dataset } | { ok: false; problems: DatasetProblem[] };

/** Formats a zod issue path as a JSON path: `$.muscles[3].name`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    '$',
  );
}

function toProblems(error: z.ZodError): DatasetProblem[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

/** Validates unknown JSON as a dataset; never throws. */
export function parseDataset(json: unknown): ParseResult {
  const result = DatasetSchema.safeParse(json);
  return result.success ? { ok: true, data: result.data } : { ok: false, problems: toProblems(result.error) };
}

/** Parses JSON text as a dataset; a syntax error is reported as a problem at `$`. */
export function parseDatasetText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [{ path: '$', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  return parseDataset(json);
}

/** Formats problems one per line, for the command line and the error panel. */
export function formatProblems(problems: readonly DatasetProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
