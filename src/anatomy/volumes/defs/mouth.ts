/**
 * The orbicularis oris, left half. The dataset does not list it, so it is tissue with the muscle look
 * (`look: 'muscle'`: drawn as muscle, never picked), as the infrahyoid straps. Its fibres run round the
 * mouth in the lips: from the midline of the upper lip out past the corner of the mouth, where they cross
 * at the modiolus, and back to the midline of the lower lip; the right half (the mirror) meets it in the
 * midline. Across each lip it reaches from the lip's red margin (across 0) up to under the nose and
 * down to the groove above the chin (across 1). Laid under the skin like the other muscles of the face:
 * the muscle is only part of the lip's thickness, between the skin and the lip's inner lining, a few
 * millimetres thick, thicker in the lower lip than the upper at rest (Vinkka-Puhakka H, Kean MR, Heap
 * SW 1989, J Anat 166:121–133, ultrasound of the circumoral muscles).
 */
import type { TissueDef } from '../types';

/** Centre of the mouth's line (the lips parted by the skin's mouth crease), on the midline. */
const MOUTH_CENTRE: readonly [number, number] = [0, 1.5565];

/**
 * A radial line across the ring at an angle (degrees; 90 the upper midline, 0 the corner of the mouth,
 * -90 the lower midline): from the lip margin (`inner` half-widths) out to the ring's outer edge
 * (`outer`), each [lateral, up, down] in metres; depth in front of the teeth falling back laterally
 * as the face curves round the dental arch (the fibres are then draped under the skin).
 */
function mouthLine(deg: number, inner: readonly number[], outer: readonly number[]): { at: [number, number, number] }[] {
  const a = (deg * Math.PI) / 180, c = Math.cos(a), s = Math.sin(a);
  const at = (h: readonly number[]): [number, number, number] => {
    const x = MOUTH_CENTRE[0] + h[0]! * c, y = MOUTH_CENTRE[1] + (s >= 0 ? h[1]! : h[2]!) * s;
    return [x, y, 0.097 - 0.45 * x];
  };
  return [{ at: at(inner) }, { at: at(outer) }];
}
/** The lips' margins round the mouth, and the ring's outer edge (under the nose, above the chin, past the modiolus). */
const LIP_MARGIN = [0.024, 0.004, 0.005] as const;
const RING_EDGE = [0.037, 0.024, 0.02] as const;

export const MOUTH_TISSUES: TissueDef[] = [
  {
    id: 'orbicularis-oris',
    name: 'orbicularis oris',
    layer: 1,
    look: 'muscle',
    architecture: 'quadrilateral',
    // the upper lip's midline, lip margin → under the nose (soft tissue: no bone beneath)
    origin: { bones: ['skull'], underSkin: 0.003, line: mouthLine(90, LIP_MARGIN, RING_EDGE) },
    // the lower lip's midline, lip margin → above the chin
    insertion: { bones: ['mandible'], underSkin: 0.003, line: mouthLine(-90, LIP_MARGIN, RING_EDGE) },
    // round the corner of the mouth through the modiolus
    via: [60, 30, 0, -30, -60].map((d) => mouthLine(d, LIP_MARGIN, RING_EDGE)),
    fibres: 10,
    thickness: 0.004,
    tendon: [0.02, 0.02],
    tendonRadius: 0.0012,
    hug: true,
    underSkin: 0.0006,
    skinMargin: 0.0004,
    // the zygomaticus major ends on it at the modiolus
    over: ['zygomaticus-major'],
    volume: null,
    cell: 0.0008,
    triangles: 500,
  },
];
