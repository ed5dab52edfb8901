/** Dataset validation: each broken fixture reports its exact JSON path and reason; the real file passes. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/core/dataset/parse';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/datasets/${name}`, import.meta.url));
const REAL = fileURLToPath(new URL('../../data/trigger-points.json', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function problemsOf(name: string) {
  const result = parseDatasetText(readFileSync(fixture(name), 'utf8'));
  if (result.ok) throw new Error(`${name} was expected to be invalid but parsed`);
  return result.problems;
}

const BROKEN: { file: string; path: string; reason: string }[] = [
  { file: 'missing-id.json', path: '$.muscles[0].id', reason: 'expected string' },
  { file: 'unknown-region.json', path: '$.muscles[0].triggerPoints[0].referredPain.essential[1]', reason: 'unknown region "elbow-pit"' },
  { file: 'duplicate-id.json', path: '$.regions[2].id', reason: 'duplicate id "temple" (first at regions[0])' },
  { file: 'empty-essential.json', path: '$.muscles[0].triggerPoints[0].referredPain.essential', reason: 'essential zone must name at least one region' },
  { file: 'dangling-condition.json', path: '$.muscles[0].conditions[1]', reason: 'unknown condition "not-a-condition"' },
  { file: 'unknown-reference.json', path: '$.muscles[0].references[0]', reason: 'unknown reference "nobody-2000"' },
  { file: 'bad-json.json', path: '$', reason: 'not valid JSON' },
  { file: 'unknown-self-care-reference.json', path: '$.muscles[0].selfCare.pressureRelease.references[0]', reason: 'unknown reference "nobody-2000"' },
  { file: 'missing-palpation.json', path: '$.muscles[0].triggerPoints[0].palpation', reason: 'expected one of "flat"|"pincer"|"not-palpable"' },
  { file: 'not-palpable-without-note.json', path: '$.muscles[0].triggerPoints[0].palpationNote', reason: 'a not-palpable trigger point needs a palpationNote' },
  { file: 'no-perpetuating-factors.json', path: '$.muscles[0].perpetuatingFactors', reason: 'at least one perpetuating factor' },
  { file: 'stretch-without-avoid-if.json', path: '$.muscles[0].selfCare.stretch.avoidIf', reason: 'must say when not to do it' },
];

describe('dataset validation', () => {
  it('accepts the valid base fixture the broken ones are made from', () => {
    const result = parseDatasetText(readFileSync(fixture('valid.json'), 'utf8'));
    expect(result.ok).toBe(true);
  });

  for (const { file, path, reason } of BROKEN) {
    it(`reports ${file} at ${path}`, () => {
      const problems = problemsOf(file);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.path).toBe(path);
      expect(problems[0]?.message).toContain(reason);
    });
  }

  it('accepts the real data/trigger-points.json', () => {
    const result = parseDatasetText(readFileSync(REAL, 'utf8'));
    if (!result.ok) expect.fail(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  });
});

describe('validate-data script', () => {
  const run = (args: string[]) => {
    try {
      const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/validate-data.ts', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return { code: 0, out: stdout };
    } catch (err) {
      const e = err as { status: number; stdout: string; stderr: string };
      return { code: e.status, out: `${e.stdout}${e.stderr}` };
    }
  };

  it('prints each problem as "<path>: <reason>" and exits 1', () => {
    const { code, out } = run([fixture('dangling-condition.json')]);
    expect(code).toBe(1);
    expect(out).toContain('$.muscles[0].conditions[1]: unknown condition "not-a-condition"');
    expect(out).toContain('1 problem(s)');
  });

  it('exits 0 with counts for the real dataset', () => {
    const { code, out } = run([]);
    expect(code, out).toBe(0);
    expect(out).toMatch(/\d+ muscles, \d+ trigger points, \d+ regions, \d+ conditions, \d+ references/);
  });
});
