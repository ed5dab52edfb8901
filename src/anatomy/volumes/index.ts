/**
 * The volume muscle step: every muscle switched to the volume generator, built deepest first so each
 * lies on the skeleton and the volumes beneath it, cached under a hash of its own inputs and of the
 * volumes it lies on, mirrored to the right side, with its trigger points and its measures.
 */
import type { Dataset } from '../../core/dataset/schema';
import { muscleNodeName, tendonNodeName, triggerPointNodeName, type MuscleExtras, type TendonExtras, type TriggerPointExtras } from '../../core/model-contract';
import type { MeshCache } from '../cache/mesh-cache';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GEOMETRY_SOURCES, REPO_ROOT, hashSources } from '../cache/source-hash';
import type { BuildContext, Field } from '../context';
import { mirrorMesh, type BuildPart, type MeshData, type ModelPoint } from '../mesh';
import { mirrorPoint } from '../muscles/mirror';
import { add, scale, type V3 } from '../vec';
import { buildVolume } from './build-volume';
import { ARM, ARM_PENDING, ARM_TISSUES } from './defs/arm';
import { BACK_DEEP, BACK_LATISSIMUS, BACK_PENDING, BACK_TISSUES_PENDING, BACK_TRAPEZIUS, BACK_UPPER_TRAPEZIUS } from './defs/back';
import { FOREARM, FOREARM_PENDING, FOREARM_TISSUES } from './defs/forearm';
import { ABDOMINAL_WALL, FRONT_TRUNK, FRONT_TRUNK_PENDING, FRONT_TRUNK_SERRATUS, FRONT_TRUNK_TISSUES, FRONT_TRUNK_TISSUES_PENDING, PELVIC_WALL } from './defs/front-trunk';
import { GLUTEAL, GLUTEAL_SUPERFICIAL } from './defs/gluteal';
import { HAND, HAND_PENDING, HAND_TISSUES } from './defs/hand';
import { FLOOR_OF_MOUTH, HEAD, SCALP_PENDING } from './defs/head';
import { NECK, NECK_BACK, NECK_BACK_PENDING, NECK_BACK_SPLENIUS, NECK_PENDING, NECK_SHEET } from './defs/neck';
import { MOUTH_TISSUES } from './defs/mouth';
import { NECK_FRONT_TISSUES } from './defs/neck-front';
import { SCAPULAR, SCAPULAR_MEDIAL, SCAPULAR_PENDING, SCAPULAR_RHOMBOIDS } from './defs/scapular';
import { HAMSTRINGS } from './defs/thigh';
import { CALF, CALF_TISSUES } from './defs/calf';
import { CALF_DEEP, CALF_DEEP_PENDING } from './defs/calf-deep';
import { FOOT, FOOT_PENDING, FOOT_TISSUES } from './defs/foot';
import { LOWER_LIMB, LOWER_LIMB_PENDING } from './defs/lower-limb';
import { KNEE_TISSUES } from './defs/thigh-front';
import { gridField, type Grid } from './grid';
import type { MuscleMeasures } from './table';
import { fibreTangents, tendonWeights } from './fibre-attributes';
import type { TissueDef, VolumeDef, VolumeShape } from './types';

/** Every muscle built as a volume, deepest first (a muscle comes after all it lies `over`). */
export const VOLUME_DEFS: readonly VolumeDef[] = [...SCAPULAR, ...FRONT_TRUNK_SERRATUS, ...BACK_DEEP, ...SCAPULAR_MEDIAL, ...SCAPULAR_RHOMBOIDS, ...BACK_LATISSIMUS, ...BACK_TRAPEZIUS, ...GLUTEAL, ...HAMSTRINGS, ...GLUTEAL_SUPERFICIAL, ...CALF_DEEP, ...CALF, ...FRONT_TRUNK, ...PELVIC_WALL, ...ABDOMINAL_WALL, ...LOWER_LIMB, ...FOOT, ...HEAD, ...FLOOR_OF_MOUTH, ...NECK, ...NECK_BACK, ...BACK_UPPER_TRAPEZIUS, ...NECK_BACK_SPLENIUS, ...NECK_SHEET, ...ARM, ...FOREARM, ...HAND];

/**
 * Definitions written but not switched over yet, each with its reason in its defs file: muscles of the
 * back and shoulder (defs/back.ts, defs/scapular.ts), the neck (defs/neck.ts), the forearm
 * (defs/forearm.ts), the trunk wall (defs/front-trunk.ts) and the lower limb (defs/lower-limb.ts,
 * defs/leg-front.ts, defs/calf-deep.ts, defs/foot.ts).
 */
export const PENDING_VOLUME_DEFS: readonly VolumeDef[] = [...SCAPULAR_PENDING, ...BACK_PENDING, ...NECK_PENDING, ...NECK_BACK_PENDING, ...SCALP_PENDING, ...ARM_PENDING, ...FOREARM_PENDING, ...HAND_PENDING, ...FRONT_TRUNK_PENDING, ...LOWER_LIMB_PENDING, ...CALF_DEEP_PENDING, ...FOOT_PENDING];

/** Tissues written but not switched over yet (see defs/back.ts). */
export const PENDING_TISSUE_DEFS: readonly TissueDef[] = [...BACK_TISSUES_PENDING, ...FRONT_TRUNK_TISSUES_PENDING];

/** Stand-alone connective tissues built as thin volumes, drawn as tendon (see TissueDef). */
export const TISSUE_DEFS: readonly TissueDef[] = [
  ...KNEE_TISSUES, ...CALF_TISSUES, ...FRONT_TRUNK_TISSUES, ...ARM_TISSUES, ...FOREARM_TISSUES, ...HAND_TISSUES, ...FOOT_TISSUES, ...NECK_FRONT_TISSUES, ...MOUTH_TISSUES,
];

/** Ids of the muscles built as volumes; the old generator skips them. */
export const VOLUME_IDS: ReadonlySet<string> = new Set(VOLUME_DEFS.map((d) => d.id));

/**
 * The generator's own sources (a change rebuilds every volume muscle): the files of src/anatomy/volumes
 * but not its defs/ folder (each muscle hashes its own definition, so editing one rebuilds only it and
 * what lies over it), and the helpers it calls.
 */
export const VOLUME_CODE_SOURCES: readonly string[] = [
  ...readdirSync(join(REPO_ROOT, 'src/anatomy/volumes'), { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `src/anatomy/volumes/${e.name}`),
  'src/anatomy/muscles/anchors.ts',
  'src/anatomy/muscles/field-ops.ts',
  'src/anatomy/curve.ts',
];

/** One row of the measures table. */
export interface VolumeRow {
  id: string;
  measures: MuscleMeasures;
  target: VolumeDef['volume'];
}

interface VolumeEntryJson {
  grid: { min: [number, number, number]; cell: number; nx: number; ny: number; nz: number };
  points: ModelPoint[];
  measures: MuscleMeasures;
  footprints: V3[];
}

/** Problems in the volume definitions: unknown order (a muscle over one not built before it) or duplicates. */
export function volumeOrderProblems(defs: readonly VolumeDef[] = VOLUME_DEFS, tissues: readonly TissueDef[] = TISSUE_DEFS): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const tissueIds = new Set(tissues.map((t) => t.id));
  for (const d of defs) {
    if (seen.has(d.id)) out.push(`volume muscle "${d.id}" is defined twice`);
    for (const o of d.over) if (!seen.has(o)) out.push(`volume muscle "${d.id}" lies over "${o}", which is not built before it`);
    for (const o of d.cutBy ?? []) if (!seen.has(o)) out.push(`volume muscle "${d.id}" is cut by "${o}", which is not built before it`);
    for (const t of d.overTissues ?? []) if (!tissueIds.has(t)) out.push(`volume muscle "${d.id}" lies over tissue "${t}", which is not defined`);
    seen.add(d.id);
  }
  // a tissue is built just before the first muscle that lies over it (else after every muscle)
  for (const t of tissues) {
    const first = defs.findIndex((d) => d.overTissues?.includes(t.id));
    const before = new Set((first < 0 ? defs : defs.slice(0, first)).map((d) => d.id));
    for (const o of t.over) if (!before.has(o)) out.push(`tissue "${t.id}" lies over "${o}", which is not built before it`);
  }
  return out;
}

type DatasetMuscle = Dataset['muscles'][number];

/** Muscles and tissues in the order they are built: each tissue just before the first muscle over it. */
export function volumeBuildOrder(): ({ def: VolumeDef; tissue: false } | { def: TissueDef; tissue: true })[] {
  const out: ({ def: VolumeDef; tissue: false } | { def: TissueDef; tissue: true })[] = [];
  const placed = new Set<string>();
  for (const d of VOLUME_DEFS) {
    for (const t of TISSUE_DEFS)
      if (d.overTissues?.includes(t.id) && !placed.has(t.id)) {
        out.push({ def: t, tissue: true });
        placed.add(t.id);
      }
    out.push({ def: d, tissue: false });
  }
  for (const t of TISSUE_DEFS) if (!placed.has(t.id)) out.push({ def: t, tissue: true });
  return out;
}

/** The muscle mesh with its shader attributes: fibre direction and tendon weight per vertex. */
function withFibres(mesh: MeshData & { uvs: Float32Array }, def: VolumeShape): MeshData {
  return { ...mesh, tangents: fibreTangents(mesh), tendon: tendonWeights(mesh.uvs, def.tendon, def.tendonBands, def.midTendon) };
}

/**
 * Builds (or reads from the cache) every volume muscle in the dataset and every tissue, both sides, in
 * `order` (the build order, or another with every item after all it lies over: the helper of a
 * parallel build, ../build.ts).
 */
export function buildVolumeStep(
  ctx: BuildContext,
  skinHash: string,
  dataset: Dataset,
  cache: MeshCache,
  rebuild: readonly string[],
  count = { built: 0, cached: 0 },
  order = volumeBuildOrder(),
): { parts: BuildPart[]; points: ModelPoint[]; rows: VolumeRow[]; footprints: Map<string, V3[]> } {
  const problems = volumeOrderProblems();
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const byId = new Map(dataset.muscles.map((m) => [m.id as string, m]));
  const code = hashSources([...GEOMETRY_SOURCES, ...VOLUME_CODE_SOURCES], skinHash);
  const fields = new Map<string, Field>();
  const keys = new Map<string, string>();
  const parts: BuildPart[] = [];
  const points: ModelPoint[] = [];
  const rows: VolumeRow[] = [];
  const footprints = new Map<string, V3[]>();
  for (const item of order) {
    const def = item.def;
    const muscle = item.tissue ? null : byId.get(def.id);
    if (!item.tissue && !muscle) continue;
    const facing = muscle ? JSON.stringify([muscle.id, muscle.layer, muscle.triggerPoints.map((t) => [t.id, t.position])]) : 'tissue';
    const below = [...def.over, ...(def.overTissues ?? []).map((t) => `tissue:${t}`)];
    const cutBy = def.cutBy ?? [];
    const key = `volume-${def.id}-${hashSources([], code, JSON.stringify(def), facing, ...[...below, ...cutBy].map((o) => keys.get(o) ?? '')).slice(0, 20)}`;
    keys.set(item.tissue ? `tissue:${def.id}` : def.id, key);
    let entry = rebuild.includes(def.id) ? null : cache.get<VolumeEntryJson>(key);
    if (entry) count.cached++;
    else {
      count.built++;
      const under = below.map((o) => fields.get(o)).filter((f): f is Field => f !== undefined);
      const cut = cutBy.map((o) => fields.get(o)).filter((f): f is Field => f !== undefined);
      const b = buildVolume(def, { bones: ctx.bones, bone: ctx.bone, skin: ctx.skin, under, cut });
      entry = {
        arrays: { positions: b.mesh.positions, normals: b.mesh.normals, indices: b.mesh.indices, uvs: b.mesh.uvs, grid: b.grid.values },
        json: {
          grid: { min: b.grid.min, cell: b.grid.cell, nx: b.grid.nx, ny: b.grid.ny, nz: b.grid.nz },
          points: muscle ? triggerPoints(muscle, b.surface) : [],
          measures: b.measures,
          footprints: b.footprints,
        },
      };
      cache.set(key, entry);
    }
    const a = entry.arrays;
    const grid: Grid = { ...entry.json.grid, values: a['grid'] as Float32Array };
    fields.set(item.tissue ? `tissue:${def.id}` : def.id, gridField(grid));
    const raw = { positions: a['positions'] as Float32Array, normals: a['normals'] as Float32Array, indices: a['indices'] as Uint32Array, uvs: a['uvs'] as Float32Array };
    for (const side of ['left', 'right'] as const) {
      if (item.tissue) {
        // a tissue with the muscle look keeps its fibres and tendon weight and takes the muscle material
        const muscleLook = (def as TissueDef).look === 'muscle';
        const mesh: MeshData = muscleLook ? withFibres(raw, def) : { positions: raw.positions, normals: raw.normals, indices: raw.indices };
        const layer = (def as TissueDef).layer ?? 1;
        const extras: TendonExtras = muscleLook ? { kind: 'tendon', tissueId: def.id, side, look: 'muscle', layer } : { kind: 'tendon', tissueId: def.id, side, layer };
        parts.push({ name: tendonNodeName(def.id, side), mesh: side === 'left' ? mesh : mirrorMesh(mesh), extras: { ...extras }, material: muscleLook ? 'muscle' : 'tendon' });
        continue;
      }
      const mesh = withFibres(raw, def);
      const extras: MuscleExtras = { kind: 'muscle', muscleId: def.id, side, layer: muscle!.layer };
      parts.push({ name: muscleNodeName(def.id, side), mesh: side === 'left' ? mesh : mirrorMesh(mesh), extras: { ...extras }, material: 'muscle' });
    }
    if (item.tissue) continue;
    points.push(...entry.json.points);
    rows.push({ id: def.id, measures: entry.json.measures, target: def.volume });
    footprints.set(def.id, entry.json.footprints);
  }
  return { parts, points, rows, footprints };
}

/** Trigger-point nodes of a muscle on both sides, half a millimetre out from its outer face. */
function triggerPoints(muscle: DatasetMuscle, surface: (along: number, across: number) => { position: V3; normal: V3 }): ModelPoint[] {
  const out: ModelPoint[] = [];
  for (const tp of muscle.triggerPoints) {
    const s = surface(tp.position.along, tp.position.across);
    const left = add(s.position, scale(s.normal, 0.0005));
    for (const side of ['left', 'right'] as const) {
      const normal = side === 'left' ? s.normal : mirrorPoint(s.normal);
      const extras: TriggerPointExtras = { kind: 'trigger-point', triggerPointId: tp.id, muscleId: muscle.id, side, normal: [normal[0], normal[1], normal[2]] };
      out.push({ name: triggerPointNodeName(tp.id, side), position: side === 'left' ? left : mirrorPoint(left), extras: { ...extras } });
    }
  }
  return out;
}
