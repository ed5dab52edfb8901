/**
 * The model contract: what any glTF must carry for the atlas to use it.
 * Nodes are recognised by their glTF `extras` (three.js puts them in `userData`).
 */
import type { Side, Vec3 } from './frame';

/** Every bone id a model may carry (sided bones once; the node's `side` tells left from right). */
export const BONE_IDS = [
  'skull', 'mandible', 'cervical-spine', 'thoracic-spine', 'lumbar-spine', 'sacrum', 'sternum', 'ribs',
  'clavicle', 'scapula', 'humerus', 'radius', 'ulna', 'hand', 'hip-bone', 'femur', 'patella', 'tibia',
  'fibula', 'foot', 'hyoid', 'larynx', 'trachea',
] as const;
/** A bone id of the contract. */
export type BoneId = (typeof BONE_IDS)[number];
const BONE_ID_SET: ReadonlySet<string> = new Set(BONE_IDS);
/** Whether a string is a contract bone id. */
export function isBoneId(id: string): id is BoneId {
  return BONE_ID_SET.has(id);
}

export const NODE_KINDS = ['muscle', 'skin', 'bone', 'landmark', 'trigger-point', 'tendon'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export interface MuscleExtras {
  kind: 'muscle';
  /** A dataset muscle id, e.g. "upper-trapezius". */
  muscleId: string;
  side: Side;
  /** 1 = superficial; higher numbers lie deeper. */
  layer: number;
}
export interface SkinExtras {
  kind: 'skin';
}
export interface BoneExtras {
  kind: 'bone';
  boneId: string;
  side?: Side;
}
/**
 * Stand-alone connective tissue (a fascia, aponeurosis or retinaculum): drawn in the tendon colour,
 * never picked as a muscle. Tendinous parts of a muscle stay in the muscle's own mesh.
 */
export interface TendonExtras {
  kind: 'tendon';
  /** The tissue's id, e.g. "thoracolumbar-fascia". */
  tissueId: string;
  side: Side;
  /** 'muscle': a muscle the dataset does not list (an infrahyoid strap), drawn as muscle, still never picked. */
  look?: 'muscle';
  /** The peel layer it goes with, as the muscles' (1 = superficial); peeling that layer hides it (default 1). */
  layer: number;
}
export interface LandmarkExtras {
  kind: 'landmark';
  /** The landmark's node key: `<id>-left`, `<id>-right`, or a midline id. */
  landmarkId: string;
}
export interface TriggerPointExtras {
  kind: 'trigger-point';
  /** A dataset trigger point id, e.g. "upper-trapezius-1". */
  triggerPointId: string;
  muscleId: string;
  side: Side;
  /** Outward surface normal at the point, for drawing its mark flat on the muscle. */
  normal: Vec3;
}
export type NodeExtras = MuscleExtras | SkinExtras | BoneExtras | LandmarkExtras | TriggerPointExtras | TendonExtras;

/** The glTF `asset.extras` our generator writes. */
export interface ModelAssetExtras {
  generator: string;
  /** Hash of every input of the build; a test compares it to the sources to catch a stale model. */
  inputsHash: string;
  frame: 'metres, +Y up, feet on y=0, facing +Z, body left = +X';
  stature: number;
}

/** The node name our generator gives a muscle mesh; safe from three.js's name sanitising. */
export function muscleNodeName(muscleId: string, side: Side): string {
  return `muscle_${muscleId}_${side}`;
}
/** The node name of a connective-tissue mesh. */
export function tendonNodeName(tissueId: string, side: Side): string {
  return `tendon_${tissueId}_${side}`;
}
/** The node name of a trigger point's empty node. */
export function triggerPointNodeName(triggerPointId: string, side: Side): string {
  return `trp_${triggerPointId}_${side}`;
}
export function landmarkNodeName(landmarkKey: string): string {
  return `landmark_${landmarkKey}`;
}

/** A stable key for one side of one muscle: "upper-trapezius/left". */
export function muscleKey(muscleId: string, side: Side): string {
  return `${muscleId}/${side}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const isSide = (v: unknown): v is Side => v === 'left' || v === 'right';

/** Reads a node's extras (three's userData) as contract extras; returns null for anything else. */
export function readExtras(userData: unknown): NodeExtras | null {
  if (!isRecord(userData)) return null;
  switch (userData['kind']) {
    case 'muscle':
      return typeof userData['muscleId'] === 'string' && isSide(userData['side'])
        ? {
            kind: 'muscle',
            muscleId: userData['muscleId'],
            side: userData['side'],
            layer: typeof userData['layer'] === 'number' ? userData['layer'] : 1,
          }
        : null;
    case 'skin':
      return { kind: 'skin' };
    case 'bone':
      return typeof userData['boneId'] === 'string'
        ? { kind: 'bone', boneId: userData['boneId'], ...(isSide(userData['side']) ? { side: userData['side'] } : {}) }
        : null;
    case 'tendon': {
      if (typeof userData['tissueId'] !== 'string' || !isSide(userData['side'])) return null;
      const layer = typeof userData['layer'] === 'number' && userData['layer'] >= 1 ? userData['layer'] : 1;
      return userData['look'] === 'muscle'
        ? { kind: 'tendon', tissueId: userData['tissueId'], side: userData['side'], look: 'muscle', layer }
        : { kind: 'tendon', tissueId: userData['tissueId'], side: userData['side'], layer };
    }
    case 'landmark':
      return typeof userData['landmarkId'] === 'string' ? { kind: 'landmark', landmarkId: userData['landmarkId'] } : null;
    case 'trigger-point': {
      const n = userData['normal'];
      const normal: Vec3 =
        Array.isArray(n) && n.length === 3 && n.every((x) => typeof x === 'number')
          ? [n[0] as number, n[1] as number, n[2] as number]
          : [0, 0, 1];
      return typeof userData['triggerPointId'] === 'string' &&
        typeof userData['muscleId'] === 'string' &&
        isSide(userData['side'])
        ? { kind: 'trigger-point', triggerPointId: userData['triggerPointId'], muscleId: userData['muscleId'], side: userData['side'], normal }
        : null;
    }
    default:
      return null;
  }
}
