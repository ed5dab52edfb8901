/**
 * The model build as named steps: skin → bones → muscles → landmark nodes → collected parts.
 * Each step is a function with options and defaults, so tests can run a small, fast build. With a
 * cache folder, the skin, every bone and every muscle are stored under a hash of their own inputs
 * (src/anatomy/cache/), so editing one muscle rebuilds only that muscle.
 */
import type { Dataset } from '../core/dataset/schema';
import { landmarkNodeName, type BoneId } from '../core/model-contract';
import { allBones, boneField, skeletonField, type BoneDef } from './bones';
import { MeshCache, type CacheArray, type CacheEntry } from './cache/mesh-cache';
import { BONE_SHARED_SOURCES, MUSCLE_CODE_SOURCES, SKIN_SOURCES, hashSources, importClosure } from './cache/source-hash';
import type { BuildContext, Field } from './context';
import { allLandmarks } from './landmarks';
import { mergeMeshes, mirrorMesh, type BuildPart, type MeshData, type ModelPoint } from './mesh';
import { leftHalf } from './half-mesh';
import { buildMuscle, musclePlan } from './muscles';
import { clampMusclesToSkin, skinClamper } from './muscles/skin-clamp';
import { polygonize, sampleBox, simplifyMesh, type SampledBox } from './polygonize';
import { sampledEntry, sampledFrom, sampledUnion } from './cache/sampled-fields';
import { gridField } from './volumes/grid';
import { skinBounds, skinField } from './skin';
import { GROW_OPTIONS, grownSkin, keepClear } from './skin-grown';
import { CARTILAGE_BONES, cartilageWeights, type CartilageMesh } from './cartilage';
import { createHash } from 'node:crypto';
import { buildVolumeStep, volumeBuildOrder, VOLUME_IDS, type VolumeRow } from './volumes';
import { formatMeasures } from './volumes/table';

export interface BuildOptions {
  /** Skin grid cell in metres (default 0.005). */
  skinCell: number;
  /** Skin triangle budget after simplification (default 100 000). */
  skinTriangles: number;
  /** Multiplies every bone's cell size (default 1; larger is coarser and faster). */
  boneCellScale: number;
  /** Multiplies every bone's triangle budget (default 1). */
  boneTriangleScale: number;
  /** Only these bone ids (default: all). */
  bones: readonly BoneId[] | null;
  /** Skip the muscle step (default false). */
  skipMuscles: boolean;
  /** Where built meshes are kept between builds (default: a disabled cache that stores nothing). */
  cache: MeshCache;
  /** Muscle ids rebuilt even when the cache holds them (default none). */
  rebuildMuscles: readonly string[];
  /** Print the volume muscles' measures table (default true). */
  printTable: boolean;
  /**
   * Show the skin grown over the muscles, tendons and bones (./skin-grown.ts) instead of the authored
   * envelope they are built under (default false: not yet better than the envelope, see skin-grown.ts;
   * the envelope is built either way, so muscles do not move).
   */
  growSkin: boolean;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = {
  skinCell: 0.005,
  // 110 000: fewer leaves small referral regions (the greater trochanter) too few skin vertices to paint
  skinTriangles: 110_000,
  boneCellScale: 1,
  boneTriangleScale: 1,
  bones: null,
  skipMuscles: false,
  cache: new MeshCache(null),
  rebuildMuscles: [],
  printTable: true,
  growSkin: false,
};

/** How long one step took and how much of it came from the cache. */
export interface StepTiming {
  step: string;
  seconds: number;
  built: number;
  cached: number;
}

const short = (h: string) => h.slice(0, 20);
const meshArrays = (m: MeshData, p = ''): Record<string, CacheArray> => ({
  [`${p}positions`]: m.positions,
  [`${p}normals`]: m.normals,
  [`${p}indices`]: m.indices,
  ...(m.uvs ? { [`${p}uvs`]: m.uvs } : {}),
});
function meshFrom(e: CacheEntry, p = ''): MeshData {
  const a = e.arrays;
  const positions = a[`${p}positions`], normals = a[`${p}normals`], indices = a[`${p}indices`], uvs = a[`${p}uvs`];
  if (!(positions instanceof Float32Array) || !(normals instanceof Float32Array) || !(indices instanceof Uint32Array)) throw new Error(`cache entry lacks mesh "${p}"`);
  return uvs instanceof Float32Array ? { positions, normals, indices, uvs } : { positions, normals, indices };
}

async function timed<T>(step: string, timings: StepTiming[], run: (count: { built: number; cached: number }) => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const count = { built: 0, cached: 0 };
  const out = await run(count);
  timings.push({ step, seconds: (performance.now() - t0) / 1000, ...count });
  return out;
}

/** How the skin is polygonized (part of its cache key). */
const skinPolygonizing = (opts: BuildOptions) => ({ cell: opts.skinCell, minPieceSize: 0.5, smooth: 4, project: 2 });
/** How a bone is polygonized (part of its cache key). */
const bonePolygonizing = (cell: number) => ({ cell, smooth: 2, project: 2, minPieceSize: 0.003 });

/**
 * How the polygonized skin is simplified (part of its cache key): the head and face keep their full
 * polygonized resolution, since referral zones there are small (teeth, jaw joint, temple); the left half
 * is simplified and mirrored (./half-mesh.ts), so the skin is symmetric; one vertex per 8.5 mm cube is
 * kept, so flat parts keep enough vertices to paint a small zone.
 */
const SKIN_SIMPLIFY = { lockAboveY: 1.48, symmetric: 'left half, midline locked, mirrored', lockSpacing: 0.0085 };

/** The cache key of the polygonized, not yet simplified skin. */
function rawSkinKey(opts: BuildOptions): string {
  return `skin-raw-${short(hashSources(SKIN_SOURCES, JSON.stringify(skinPolygonizing(opts))))}`;
}
/** The cache key of the skin mesh for these options. */
export function skinKey(opts: BuildOptions): string {
  return `skin-${short(hashSources(['src/anatomy/half-mesh.ts'], rawSkinKey(opts), JSON.stringify([opts.skinTriangles, SKIN_SIMPLIFY])))}`;
}

/** Step 1: the skin as one mesh (the raw polygonization and the simplified mesh are cached apart). */
export async function buildSkin(opts: BuildOptions): Promise<{ field: Field; part: BuildPart; hit: boolean }> {
  const field = skinField();
  const { entry, hit } = await opts.cache.getOrBuild(skinKey(opts), async () => {
    const raw = await opts.cache.getOrBuild(rawSkinKey(opts), () => ({ arrays: meshArrays(polygonize(field, skinBounds(), skinPolygonizing(opts), skinSamples(opts))), json: null }));
    // the left half, cut at the midline and simplified with it locked, then mirrored: symmetric by construction
    const half = leftHalf(meshFrom(raw.entry));
    const left = await simplifyMesh({ ...half, normals: new Float32Array(half.positions.length) }, opts.skinTriangles / 2, field, opts.skinCell * 0.25, SKIN_SIMPLIFY.lockAboveY, true, SKIN_SIMPLIFY.lockSpacing);
    return { arrays: meshArrays(mergeMeshes([left, mirrorMesh(left)])), json: null };
  });
  return { field, part: { name: 'skin', mesh: meshFrom(entry), extras: { kind: 'skin' }, material: 'skin' }, hit };
}

export { mirrorMesh } from './mesh';

/** Sampled boxes of this process by cache key (so a build without a cache folder samples each once). */
const samples = new Map<string, SampledBox>();

/** The sampled box under `key`: from this process, else the cache, else sampled now and stored. */
function sampledBoxOf(opts: BuildOptions, key: string, sample: () => SampledBox): SampledBox {
  let s = samples.get(key) ?? sampledFrom(opts.cache.get(key));
  if (!s) {
    s = sample();
    opts.cache.set(key, sampledEntry(s));
  }
  samples.set(key, s);
  return s;
}

/** The skin field sampled as the skin is polygonized (cached beside the raw skin mesh). */
function skinSamples(opts: BuildOptions): SampledBox {
  return sampledBoxOf(opts, rawSkinKey(opts).replace('skin-raw-', 'skin-samples-'), () => sampleBox(skinField(), skinBounds(), opts.skinCell));
}

/** The cache key of a bone's mesh. */
function boneKey(b: BoneDef, opts: BuildOptions): string {
  const cell = b.cell * opts.boneCellScale;
  const triangles = Math.round(b.triangles * opts.boneTriangleScale);
  return `bone-${b.boneId}-${short(hashSources([...BONE_SHARED_SOURCES, ...importClosure(b.source)], b.boneId, JSON.stringify([bonePolygonizing(cell), triangles])))}`;
}

/** A bone's field sampled as the bone is polygonized (cached beside its mesh). */
function boneSamples(b: BoneDef, opts: BuildOptions): SampledBox {
  return sampledBoxOf(opts, boneKey(b, opts).replace('bone-', 'bone-samples-'), () => sampleBox(b.field, b.bounds, b.cell * opts.boneCellScale));
}

/**
 * The skeleton and the skin read from their samples (see cache/sampled-fields.ts), made on first
 * use: the volume muscles evaluate them at many points, the exact fields cost far more per point.
 */
export function sampledFields(opts: BuildOptions): { bones: Field; skin: Field } {
  let bones: Field | null = null, skin: Field | null = null;
  const makeBones = () =>
    sampledUnion(
      allBones()
        .filter((b) => b.side !== 'right')
        .flatMap((b) => {
          const box = boneSamples(b, opts);
          return b.side === 'left' ? [{ box, mirrored: false }, { box, mirrored: true }] : [{ box, mirrored: false }];
        }),
    );
  return {
    bones: (x, y, z) => (bones ??= makeBones())(x, y, z),
    skin: (x, y, z) => (skin ??= gridField(skinSamples(opts)))(x, y, z),
  };
}

/** Step 2: every bone, the right side mirrored from the left. */
export async function buildBones(opts: BuildOptions, count = { built: 0, cached: 0 }, reverse = false): Promise<BuildPart[]> {
  const parts: BuildPart[] = [];
  const bones = allBones();
  for (const b of reverse ? [...bones].reverse() : bones) {
    if (opts.bones && !opts.bones.includes(b.boneId)) continue;
    if (b.side === 'right') continue;
    const cell = b.cell * opts.boneCellScale;
    const triangles = Math.round(b.triangles * opts.boneTriangleScale);
    const key = boneKey(b, opts);
    const { entry, hit } = await opts.cache.getOrBuild(key, async () => {
      const raw = polygonize(b.field, b.bounds, bonePolygonizing(cell), boneSamples(b, opts));
      return { arrays: meshArrays(await simplifyMesh(raw, triangles, b.field, cell * 0.25)), json: null };
    });
    if (hit) count.cached++;
    else count.built++;
    const mesh: CartilageMesh = meshFrom(entry);
    const right: CartilageMesh | null = b.side === undefined ? null : mirrorMesh(mesh);
    // the costal cartilages are part of the ribs' field: mark them for their own colour
    if (b.boneId === 'ribs') {
      mesh.cartilage = cartilageWeights(mesh.positions);
      if (right) right.cartilage = mesh.cartilage;
    }
    // the larynx and trachea are wholly cartilage
    if (CARTILAGE_BONES.has(b.boneId)) mesh.cartilage = new Float32Array(mesh.positions.length / 3).fill(1);
    if (!right) {
      parts.push({ name: `bone_${b.boneId}`, mesh, extras: { kind: 'bone', boneId: b.boneId }, material: 'bone' });
    } else {
      parts.push({ name: `bone_${b.boneId}_left`, mesh, extras: { kind: 'bone', boneId: b.boneId, side: 'left' }, material: 'bone' });
      parts.push({ name: `bone_${b.boneId}_right`, mesh: right, extras: { kind: 'bone', boneId: b.boneId, side: 'right' }, material: 'bone' });
    }
  }
  return parts;
}

/** The fields muscles are laid on. */
export function makeContext(skin: Field): BuildContext {
  return { skin, bones: skeletonField(), bone: boneField };
}

interface MuscleEntryJson {
  parts: { name: string; extras: Record<string, unknown>; uvs: boolean }[];
  points: ModelPoint[];
}

/**
 * Step 3: the muscles and their trigger-point nodes, each kept under the skin mesh. Every muscle is
 * cached under the hash of the generator's code, its definition, its dataset entry and the skin.
 */
export async function buildMuscleStep(
  ctx: BuildContext,
  skin: MeshData,
  skinHash: string,
  dataset: Dataset,
  opts: BuildOptions,
  count = { built: 0, cached: 0 },
): Promise<{ parts: BuildPart[]; points: ModelPoint[]; rows: VolumeRow[] }> {
  if (opts.skipMuscles) return { parts: [], points: [], rows: [] };
  const plan = musclePlan(dataset);
  for (const id of opts.rebuildMuscles)
    if (!plan.some((p) => p.muscle.id === id)) throw new Error(`no dataset muscle "${id}"; known: ${plan.map((p) => p.muscle.id).join(', ')}`);
  const code = hashSources([...SKIN_SOURCES, ...MUSCLE_CODE_SOURCES], skinHash);
  let clamp: ReturnType<typeof skinClamper> | null = null;
  const parts: BuildPart[] = [];
  const points: ModelPoint[] = [];
  for (const { def, muscle } of plan) {
    if (VOLUME_IDS.has(muscle.id)) continue;
    const facing = JSON.stringify([muscle.id, muscle.layer, muscle.triggerPoints.map((t) => [t.id, t.position])]);
    const key = `muscle-${muscle.id}-${short(hashSources([], code, JSON.stringify(def), facing))}`;
    let entry = opts.rebuildMuscles.includes(muscle.id) ? null : opts.cache.get<MuscleEntryJson>(key);
    if (entry) count.cached++;
    else {
      count.built++;
      const b = buildMuscle(def, muscle, ctx);
      clamp ??= skinClamper(skin);
      clampMusclesToSkin(skin, b.parts, b.points, {}, clamp);
      entry = {
        arrays: Object.assign({}, ...b.parts.map((p, i) => meshArrays(p.mesh, `${i}.`))) as Record<string, CacheArray>,
        json: { parts: b.parts.map((p) => ({ name: p.name, extras: p.extras, uvs: p.mesh.uvs !== undefined })), points: b.points },
      };
      opts.cache.set(key, entry);
    }
    const e = entry;
    parts.push(...e.json.parts.map((p, i): BuildPart => ({ name: p.name, extras: p.extras, material: 'muscle', mesh: meshFrom(e, `${i}.`) })));
    points.push(...e.json.points);
  }
  // muscles switched to the volume generator (src/anatomy/volumes/), kept under the skin mesh like the rest
  const volumes = buildVolumeStep({ ...ctx, ...sampledFields(opts) }, skinHash, dataset, opts.cache, opts.rebuildMuscles, count);
  if (volumes.parts.length > 0) {
    clamp ??= skinClamper(skin);
    clampMusclesToSkin(skin, volumes.parts, volumes.points, {}, clamp);
    if (opts.printTable) console.table(formatMeasures(volumes.rows.map((r) => ({ id: r.id, m: r.measures, targetCm3: r.target?.cm3 ?? null }))));
  }
  return { parts: [...parts, ...volumes.parts], points: [...points, ...volumes.points], rows: volumes.rows };
}

/** The hash of the meshes the skin is grown over. */
function meshesHash(parts: readonly BuildPart[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(`${p.name}\0`);
    h.update(new Uint8Array(p.mesh.positions.buffer, p.mesh.positions.byteOffset, p.mesh.positions.byteLength));
    h.update(new Uint8Array(p.mesh.indices.buffer, p.mesh.indices.byteOffset, p.mesh.indices.byteLength));
  }
  return h.digest('hex');
}

/** Least distance of a grown skin vertex from any muscle, tendon or bone (metres). */
const GROWN_CLEARANCE = 0.002;

/**
 * Step 3b: the shown skin, grown over the muscles, tendons and bones (./skin-grown.ts), polygonized on
 * the envelope's grid, its left half simplified and mirrored as the envelope's is. Cached under the
 * envelope's key and the hash of the meshes it grows over.
 */
export async function buildGrownSkin(tissue: readonly BuildPart[], opts: BuildOptions): Promise<{ part: BuildPart; hit: boolean }> {
  const meshes = tissue.filter((p) => p.material !== 'skin');
  const key = `skin-grown-${short(hashSources(['src/anatomy/skin-grown.ts', 'src/anatomy/half-mesh.ts', 'src/anatomy/volumes/grid.ts'], skinKey(opts), meshesHash(meshes), JSON.stringify([opts.skinTriangles, SKIN_SIMPLIFY, GROW_OPTIONS, GROWN_CLEARANCE])))}`;
  const { entry, hit } = await opts.cache.getOrBuild(key, async () => {
    const grown = grownSkin(meshes.map((p) => p.mesh), skinSamples(opts), skinField());
    const s = grown.sampled;
    const box = { min: s.min, max: [s.min[0] + (s.nx - 1) * s.cell, s.min[1] + (s.ny - 1) * s.cell, s.min[2] + (s.nz - 1) * s.cell] as [number, number, number] };
    const raw = polygonize(grown.field, box, skinPolygonizing(opts), s);
    const half = leftHalf(raw);
    const left = await simplifyMesh({ ...half, normals: new Float32Array(half.positions.length) }, opts.skinTriangles / 2, grown.field, opts.skinCell * 0.25, SKIN_SIMPLIFY.lockAboveY, true, SKIN_SIMPLIFY.lockSpacing);
    keepClear(left, meshes.map((p) => p.mesh), GROWN_CLEARANCE);
    return { arrays: meshArrays(mergeMeshes([left, mirrorMesh(left)])), json: null };
  });
  return { part: { name: 'skin', mesh: meshFrom(entry), extras: { kind: 'skin' }, material: 'skin' }, hit };
}

/** Step 4: an empty node for every contract landmark. */
export function buildLandmarkNodes(): ModelPoint[] {
  return allLandmarks().map((l) => ({
    name: landmarkNodeName(l.key),
    position: l.position,
    extras: { kind: 'landmark', landmarkId: l.key },
  }));
}

/** Runs every step and collects the parts (skin, bones, muscles), points (landmarks, trigger points) and step timings. */
export async function buildModel(
  dataset: Dataset,
  options: Partial<BuildOptions> = {},
): Promise<{ parts: BuildPart[]; points: ModelPoint[]; timings: StepTiming[] }> {
  const opts: BuildOptions = { ...DEFAULT_BUILD_OPTIONS, ...options };
  const timings: StepTiming[] = [];
  const skin = await timed('skin', timings, async (c) => {
    const s = await buildSkin(opts);
    if (s.hit) c.cached++;
    else c.built++;
    return s;
  });
  const bones = await timed('bones', timings, (c) => buildBones(opts, c));
  const muscles = await timed('muscles', timings, (c) => buildMuscleStep(makeContext(skin.field), skin.part.mesh, skinKey(opts), dataset, opts, c));
  const shown = opts.growSkin
    ? await timed('grown skin', timings, async (c) => {
        const g = await buildGrownSkin([...bones, ...muscles.parts], opts);
        if (g.hit) c.cached++;
        else c.built++;
        return g.part;
      })
    : skin.part;
  const landmarks = await timed('landmarks', timings, async (c) => {
    c.built++;
    return buildLandmarkNodes();
  });
  return { parts: [shown, ...bones, ...muscles.parts], points: [...landmarks, ...muscles.points], timings };
}

/** An item of the volume step, keyed as its cache keys name what it lies over. */
type VolumeItem = ReturnType<typeof volumeBuildOrder>[number];
const itemKey = (i: VolumeItem) => (i.tissue ? `tissue:${i.def.id}` : i.def.id);

/**
 * Another valid order of the volume step for the helper process of a parallel build: every item still
 * after all it lies over, but picking, of the items ready, the one latest in the usual order, so the
 * helper works from the other end of the build order and the two processes seldom want the same item.
 */
export function helperVolumeOrder(order: readonly VolumeItem[] = volumeBuildOrder()): VolumeItem[] {
  const pos = new Map(order.map((it, i) => [itemKey(it), i]));
  const below = (it: VolumeItem) => [...it.def.over, ...(it.def.cutBy ?? []), ...(it.def.overTissues ?? []).map((t) => `tissue:${t}`)].filter((k) => pos.has(k));
  const waiting = new Map(order.map((it) => [itemKey(it), below(it).length]));
  const above = new Map<string, VolumeItem[]>();
  for (const it of order) for (const k of below(it)) above.set(k, [...(above.get(k) ?? []), it]);
  const ready = order.filter((it) => waiting.get(itemKey(it)) === 0);
  const out: VolumeItem[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => pos.get(itemKey(a))! - pos.get(itemKey(b))!);
    const it = ready.pop()!;
    out.push(it);
    for (const up of above.get(itemKey(it)) ?? []) {
      const n = waiting.get(itemKey(up))! - 1;
      waiting.set(itemKey(up), n);
      if (n === 0) ready.push(up);
    }
  }
  return out;
}

/**
 * The helper process of a parallel build: builds bones from the last and volume muscles in the
 * helper's order into the shared cache (the main process builds the skin, then the same steps in the
 * usual order, taking what the helper stored). Nothing is returned: the cache is the result.
 */
export async function warmModel(dataset: Dataset, options: Partial<BuildOptions>): Promise<{ built: number; cached: number }> {
  const opts: BuildOptions = { ...DEFAULT_BUILD_OPTIONS, ...options };
  const count = { built: 0, cached: 0 };
  await buildBones(opts, count, true);
  if (!opts.skipMuscles) buildVolumeStep({ ...makeContext(skinField()), ...sampledFields(opts) }, skinKey(opts), dataset, opts.cache, [], count, helperVolumeOrder());
  return count;
}
