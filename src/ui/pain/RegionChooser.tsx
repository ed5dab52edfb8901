/**
 * The region list: the keyboard and screen-reader way to say where it hurts. Regions are grouped by
 * body area, finer regions indented under the coarser ones they lie within; each has a box per side.
 */
import type { DatasetIndex } from '../../core/dataset/queries';
import type { Region } from '../../core/dataset/schema';
import type { Side } from '../../core/frame';
import { REGION_LABELS } from '../common/labels';
import { useAtlas, useAtlasStore } from '../../state';

const SIDES: readonly Side[] = ['left', 'right'];

/** Orders an area's regions so each coarse region is followed by those within it, with their depth. */
function nested(regions: readonly Region[]): { region: Region; depth: number }[] {
  const ids = new Set(regions.map((r) => r.id as string));
  const parentIn = (r: Region) => (r.within ?? []).find((w) => ids.has(w));
  const out: { region: Region; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (r: Region, depth: number) => {
    if (seen.has(r.id)) return;
    seen.add(r.id);
    out.push({ region: r, depth });
    for (const child of regions) if (parentIn(child) === r.id) visit(child, depth + 1);
  };
  for (const r of regions) if (!parentIn(r)) visit(r, 0);
  for (const r of regions) visit(r, 0);
  return out;
}

/** The region checklist. */
export function RegionChooser({ index }: { index: DatasetIndex }) {
  const store = useAtlasStore();
  const chosen = useAtlas((s) => s.painSketch.regions.map((r) => `${r.regionId}/${r.side}`).join(' '));
  const has = new Set(chosen.split(' '));
  return (
    <section className="region-chooser" aria-label="Painful regions">
      <h3>Or choose regions</h3>
      {index.regionsByArea().map(({ area, regions }) => (
        <details key={area}>
          <summary>{REGION_LABELS[area]}</summary>
          <ul>
            {nested(regions).map(({ region, depth }) => (
              <li key={region.id} style={{ paddingInlineStart: `${depth * 1.1}em` }}>
                <span className="region-name">{region.name}</span>
                {(region.midline ? (['left'] as const) : SIDES).map((side) => (
                  <label key={side} className="region-side">
                    <input
                      type="checkbox"
                      checked={has.has(`${region.id}/${side}`)}
                      onChange={() => store.getState().togglePainRegion({ regionId: region.id, side })}
                      aria-label={region.midline ? region.name : `${region.name}, ${side}`}
                    />
                    {region.midline ? 'midline' : side}
                  </label>
                ))}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
