/** The bench's figures against their budgets, and the table it prints. */

/** One line of the bench table. */
export interface Row {
  figure: string;
  value: number;
  unit: '' | 'KB' | 'MB' | 's' | 'ms' | '×';
  /** The most the figure may be; null for a figure shown without a budget. */
  budget: number | null;
  status: 'OK' | 'OVER' | '—';
}

/** Budgets of the load-speed, skeleton and muscles issues. */
export const BUDGETS = {
  framedRatio: 1.4,
  scriptsAndStylesKB: 330,
  modelMB: 2.5,
  triangles: 450_000,
  boneTriangles: 130_000,
  meshes: 400,
  drawCalls: 400,
  hoverPickMs: 1,
  selectZonesMs: 100,
  embedClientKB: 3,
} as const;

/** A row with its status worked out. */
export function row(figure: string, value: number, unit: Row['unit'], budget: number | null): Row {
  return { figure, value, unit, budget, status: budget === null ? '—' : value <= budget ? 'OK' : 'OVER' };
}

function fmt(v: number, unit: Row['unit']): string {
  if (unit === '') return Math.round(v).toLocaleString('en');
  if (unit === '×') return `${v.toFixed(2)}×`;
  const digits = unit === 'ms' ? (v < 10 ? 3 : 1) : unit === 'KB' ? 1 : 2;
  return `${v.toFixed(digits)} ${unit}`;
}

/** The rows as an aligned plain-text table. */
export function formatTable(rows: readonly Row[]): string {
  const head = ['figure', 'value', 'budget', ''];
  const body = rows.map((r) => [r.figure, fmt(r.value, r.unit), r.budget === null ? '—' : `≤ ${fmt(r.budget, r.unit)}`, r.status]);
  const widths = head.map((_, c) => Math.max(...[head, ...body].map((line) => line[c]!.length)));
  return [head, ...body].map((line) => line.map((cell, c) => (c === 1 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd()).join('\n');
}
