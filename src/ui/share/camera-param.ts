/**
 * The camera in a shared link: `cam=x,y,z,tx,ty,tz` (position then target, metres in the body
 * frame, millimetre precision). Pure; a malformed value reads as null and is ignored.
 */

/** The link parameter that carries the camera. */
export const CAMERA_PARAM = 'cam';

/** A camera position and target. */
export interface CameraLink {
  position: [number, number, number];
  target: [number, number, number];
}

/** Largest coordinate accepted, in metres. */
const LIMIT = 50;

/** The parameter's value for a pose. */
export function cameraParam(pose: CameraLink): string {
  return [...pose.position, ...pose.target].map((v) => String(Math.round(v * 1000) / 1000)).join(',');
}

/** Reads a `cam=` value; null unless it is six finite numbers within ±50 m. */
export function parseCameraParam(value: string | null): CameraLink | null {
  if (value === null || value.length > 120) return null;
  const parts = value.split(',');
  if (parts.length !== 6) return null;
  const n = parts.map((p) => (/^\s*-?\d+(\.\d+)?\s*$/.test(p) ? Number(p) : NaN));
  if (!n.every((v) => Number.isFinite(v) && Math.abs(v) <= LIMIT)) return null;
  return { position: [n[0]!, n[1]!, n[2]!], target: [n[3]!, n[4]!, n[5]!] };
}
