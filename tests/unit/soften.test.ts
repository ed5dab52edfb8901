/**
 * Softening round a pinched edge (src/anatomy/volumes/soften.ts): two blocks that touch only along a
 * cell edge give surface nets a non-manifold edge; softening round it closes the surface and leaves a
 * thin rod elsewhere in the grid as it was, where softening the whole grid as often thins the rod.
 */
import { describe, expect, it } from 'vitest';
import { surfaceNets } from '../../src/anatomy/surface-nets';
import type { Grid } from '../../src/anatomy/volumes/grid';
import { badEdges, badEdgeVertices, soften, softenAround } from '../../src/anatomy/volumes/soften';

const N = 24;

/** Two 6-cell blocks meeting along one edge (x = y = 7.5) and, apart from them, a rod 1.6 cells in radius. */
function pinchedGrid(): Grid {
  const values = new Float32Array(N * N * N);
  for (let k = 0; k < N; k++)
    for (let j = 0; j < N; j++)
      for (let i = 0; i < N; i++) {
        const box = (x0: number, x1: number, y0: number, y1: number) => {
          const dx = Math.max(x0 - i, i - x1), dy = Math.max(y0 - j, j - y1), dz = Math.max(4 - k, k - 12);
          return Math.max(dx, dy, dz);
        };
        // the blocks: cells 3–7 and 8–13 in x and y, so they meet only diagonally, across the cell edges at x = y = 7.5
        const blocks = Math.min(box(2.5, 7.5, 2.5, 7.5), box(7.5, 13.5, 7.5, 13.5));
        const rod = Math.hypot(i - 19, j - 12) - 1.6;
        values[i + N * (j + N * k)] = Math.min(blocks, Math.max(rod, Math.max(3 - k, k - 20)));
      }
  return { min: [0, 0, 0], cell: 1, nx: N, ny: N, nz: N, values };
}

const rodCells = (g: Grid) => {
  let n = 0;
  for (let k = 0; k < N; k++) for (let j = 8; j < 17; j++) for (let i = 16; i < 23; i++) if (g.values[i + N * (j + N * k)]! < 0) n++;
  return n;
};

describe('softening round pinched edges', () => {
  it('the blocks touching along an edge pinch the surface there', () => {
    const g = pinchedGrid();
    const net = surfaceNets(g.values, N, N, N);
    expect(badEdges(net.indices)).toBeGreaterThan(0);
    // every vertex of a bad edge lies on the shared edge's line (x = y = 8, within a cell)
    const verts = badEdgeVertices(net.indices);
    expect(verts.length).toBeGreaterThan(0);
    for (const v of verts) {
      expect(Math.abs(net.positions[v * 3]! - 7.5)).toBeLessThan(1.5);
      expect(Math.abs(net.positions[v * 3 + 1]! - 7.5)).toBeLessThan(1.5);
    }
  });

  it('closes it where it lies and leaves the rod as it was; softening everything thins the rod', () => {
    const g = pinchedGrid();
    const rod0 = rodCells(g);
    let net = surfaceNets(g.values, N, N, N);
    for (let pass = 0; pass < 12 && badEdges(net.indices) > 0; pass++) {
      softenAround(g, net.positions, badEdgeVertices(net.indices), 2 + Math.floor(pass / 4), 0.6);
      net = surfaceNets(g.values, N, N, N);
    }
    expect(badEdges(net.indices)).toBe(0);
    expect(rodCells(g)).toBe(rod0);

    const h = pinchedGrid();
    for (let pass = 0; pass < 4; pass++) soften(h, 3, 0.6);
    expect(rodCells(h)).toBeLessThan(rod0);
  });
});
