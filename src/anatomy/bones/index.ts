/**
 * The skeleton as distance fields: every bone by id, authored for the left side (sided bones) or the
 * whole midline, with its bounds and polygonizing hints. The right side is the mirror image.
 */
import type { Side } from '../../core/frame';
import { BONE_IDS as CONTRACT_BONE_IDS, type BoneId } from '../../core/model-contract';
import type { Field } from '../context';
import { mirrored, primBox, union, type Box, type Prim } from '../sdf/primitives';
import { hand, humerus, radius, ulna } from './arm';
import { clavicle, scapula } from './girdle';
import { femur, fibula, foot, patella, tibia } from './leg';
import { hyoid, larynx, trachea } from './larynx';
import { hipBone } from './pelvis';
import { mandible, skull } from './skull';
import { sacrum, spineRegion } from './spine';
import { ribs, sternum } from './thorax';

export interface BoneDef {
  boneId: BoneId;
  /** undefined for midline bones (skull, mandible, spine parts, sacrum, sternum, hyoid, larynx, trachea). */
  side: Side | undefined;
  field: Field;
  bounds: Box;
  /** Grid cell for polygonizing, metres. */
  cell: number;
  /** Triangle budget after simplification. */
  triangles: number;
  /** The file that defines this bone (part of its cache key). */
  source: string;
}

interface Spec {
  id: BoneId;
  sided: boolean;
  make: () => Prim;
  cell: number;
  triangles: number;
  /** The file under src/anatomy/bones/ that defines it. */
  file: 'skull' | 'spine' | 'thorax' | 'girdle' | 'arm' | 'pelvis' | 'leg' | 'larynx';
}

const SPECS: Spec[] = [
  { id: 'skull', sided: false, make: skull, cell: 0.0021, triangles: 12000, file: 'skull' },
  { id: 'mandible', sided: false, make: mandible, cell: 0.0017, triangles: 5000, file: 'skull' },
  { id: 'cervical-spine', sided: false, make: () => spineRegion('cervical'), cell: 0.002, triangles: 4600, file: 'spine' },
  { id: 'thoracic-spine', sided: false, make: () => spineRegion('thoracic'), cell: 0.0028, triangles: 4800, file: 'spine' },
  { id: 'lumbar-spine', sided: false, make: () => spineRegion('lumbar'), cell: 0.003, triangles: 3500, file: 'spine' },
  { id: 'sacrum', sided: false, make: sacrum, cell: 0.0024, triangles: 3200, file: 'spine' },
  // the hyoid, the larynx (thyroid and cricoid cartilages) and the trachea: thin, so fine cells
  { id: 'hyoid', sided: false, make: hyoid, cell: 0.0008, triangles: 1400, file: 'larynx' },
  { id: 'larynx', sided: false, make: larynx, cell: 0.0009, triangles: 2600, file: 'larynx' },
  { id: 'trachea', sided: false, make: trachea, cell: 0.0012, triangles: 1400, file: 'larynx' },
  { id: 'sternum', sided: false, make: sternum, cell: 0.002, triangles: 1800, file: 'thorax' },
  { id: 'ribs', sided: true, make: ribs, cell: 0.0019, triangles: 8500, file: 'thorax' },
  { id: 'clavicle', sided: true, make: clavicle, cell: 0.0025, triangles: 900, file: 'girdle' },
  { id: 'scapula', sided: true, make: scapula, cell: 0.0018, triangles: 4200, file: 'girdle' },
  { id: 'humerus', sided: true, make: humerus, cell: 0.003, triangles: 2800, file: 'arm' },
  { id: 'radius', sided: true, make: radius, cell: 0.002, triangles: 1700, file: 'arm' },
  { id: 'ulna', sided: true, make: ulna, cell: 0.002, triangles: 1700, file: 'arm' },
  { id: 'hand', sided: true, make: hand, cell: 0.0012, triangles: 5000, file: 'arm' },
  { id: 'hip-bone', sided: true, make: hipBone, cell: 0.0021, triangles: 5500, file: 'pelvis' },
  { id: 'femur', sided: true, make: femur, cell: 0.0032, triangles: 2600, file: 'leg' },
  { id: 'patella', sided: true, make: patella, cell: 0.0025, triangles: 400, file: 'leg' },
  { id: 'tibia', sided: true, make: tibia, cell: 0.003, triangles: 2100, file: 'leg' },
  { id: 'fibula', sided: true, make: fibula, cell: 0.0025, triangles: 1000, file: 'leg' },
  { id: 'foot', sided: true, make: foot, cell: 0.0018, triangles: 4400, file: 'leg' },
];

/** Every bone id the skeleton provides. */
export const BONE_IDS: readonly BoneId[] = SPECS.map((s) => s.id);
for (const id of CONTRACT_BONE_IDS) if (!BONE_IDS.includes(id)) throw new Error(`contract bone "${id}" has no definition`);

let cache: Map<string, Prim> | null = null;
function prims(): Map<string, Prim> {
  if (!cache) cache = new Map(SPECS.map((s) => [s.id, s.make()]));
  return cache;
}

function primOf(id: BoneId): Prim {
  const p = prims().get(id);
  if (!p) throw new Error(`unknown bone id "${id}"; known ids: ${BONE_IDS.join(', ')}`);
  return p;
}

/** Every bone: midline bones once, sided bones for the left and (mirrored) the right side. */
export function allBones(): BoneDef[] {
  const out: BoneDef[] = [];
  for (const s of SPECS) {
    const p = primOf(s.id);
    const sides: (Side | undefined)[] = s.sided ? ['left', 'right'] : [undefined];
    for (const side of sides) {
      const q = side === 'right' ? mirrored(p) : p;
      out.push({ boneId: s.id, side, field: q.d, bounds: primBox(q, 0.008), cell: s.cell, triangles: s.triangles, source: `src/anatomy/bones/${s.file}.ts` });
    }
  }
  return out;
}

/** The union of the given bones (sided bones on the left side). */
export function boneField(ids: readonly BoneId[]): Field {
  if (ids.length === 0) throw new Error('boneField needs at least one bone id');
  return union(ids.map(primOf)).d;
}

/** The union of the whole skeleton, both sides. */
export function skeletonField(): Field {
  return union(SPECS.flatMap((s) => (s.sided ? [primOf(s.id), mirrored(primOf(s.id))] : [primOf(s.id)]))).d;
}
