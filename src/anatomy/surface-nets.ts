/**
 * Naive surface nets on a sampled scalar grid: one vertex per cell the zero level crosses (the mean of
 * the crossings on the cell's edges), and one quad for every grid edge whose ends differ in sign,
 * joining the four cells around that edge. Values are negative inside. Quads are split into two
 * triangles wound counter-clockwise seen from outside (the positive side).
 */

/** A triangle mesh in grid coordinates (x along the first axis, in cells). */
export interface GridMesh {
  /** x, y, z per vertex, in grid units from grid point (0, 0, 0). */
  positions: Float32Array;
  indices: Uint32Array;
}

/** The 12 edges of a cell as pairs of corner numbers (corner bit 0 = +x, bit 1 = +y, bit 2 = +z). */
const EDGES: readonly (readonly [number, number])[] = [
  [0, 1], [2, 3], [4, 5], [6, 7],
  [0, 2], [1, 3], [4, 6], [5, 7],
  [0, 4], [1, 5], [2, 6], [3, 7],
];

/**
 * Polygonizes the zero level of `grid` (nx × ny × nz values, x fastest). Cells on the grid's outer
 * layer get vertices but no faces across the boundary, so a surface that stays inside the grid is closed.
 */
export function surfaceNets(grid: Float32Array, nx: number, ny: number, nz: number): GridMesh {
  if (grid.length !== nx * ny * nz) throw new Error(`surfaceNets: grid has ${grid.length} values, expected ${nx * ny * nz}`);
  const cx = nx - 1, cy = ny - 1, cz = nz - 1;
  const cellVertex = new Int32Array(Math.max(0, cx * cy * cz)).fill(-1);
  const pos: number[] = [];
  const idx: number[] = [];
  const corner = new Float64Array(8);
  const at = (i: number, j: number, k: number) => grid[i + nx * (j + ny * k)]!;
  const cellOf = (i: number, j: number, k: number) => cellVertex[i + cx * (j + cy * k)]!;
  const quad = (a: number, b: number, c: number, d: number, flip: boolean) => {
    if (flip) idx.push(a, d, c, a, c, b);
    else idx.push(a, b, c, a, c, d);
  };
  for (let k = 0; k < cz; k++)
    for (let j = 0; j < cy; j++)
      for (let i = 0; i < cx; i++) {
        let mask = 0;
        for (let c = 0; c < 8; c++) {
          const v = at(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1));
          corner[c] = v;
          if (v < 0) mask |= 1 << c;
        }
        if (mask === 0 || mask === 255) continue;
        let sx = 0, sy = 0, sz = 0, n = 0;
        for (const [a, b] of EDGES) {
          const inA = (mask >> a) & 1, inB = (mask >> b) & 1;
          if (inA === inB) continue;
          const va = corner[a]!, vb = corner[b]!;
          const t = va / (va - vb);
          sx += (a & 1) + ((b & 1) - (a & 1)) * t;
          sy += ((a >> 1) & 1) + (((b >> 1) & 1) - ((a >> 1) & 1)) * t;
          sz += ((a >> 2) & 1) + (((b >> 2) & 1) - ((a >> 2) & 1)) * t;
          n++;
        }
        const v = pos.length / 3;
        pos.push(i + sx / n, j + sy / n, k + sz / n);
        cellVertex[i + cx * (j + cy * k)] = v;
        // faces across the three grid edges leaving this cell's corner 0; inside at corner 0 means the
        // surface faces the +axis direction, the orientation the quads below are written in
        const inside0 = (mask & 1) === 1;
        if ((((mask >> 1) & 1) === 1) !== inside0 && j > 0 && k > 0)
          quad(v, cellOf(i, j - 1, k), cellOf(i, j - 1, k - 1), cellOf(i, j, k - 1), !inside0);
        if ((((mask >> 2) & 1) === 1) !== inside0 && i > 0 && k > 0)
          quad(v, cellOf(i, j, k - 1), cellOf(i - 1, j, k - 1), cellOf(i - 1, j, k), !inside0);
        if ((((mask >> 4) & 1) === 1) !== inside0 && i > 0 && j > 0)
          quad(v, cellOf(i - 1, j, k), cellOf(i - 1, j - 1, k), cellOf(i, j - 1, k), !inside0);
      }
  return { positions: Float32Array.from(pos), indices: Uint32Array.from(idx) };
}
