/**
 * The muscles of mastication as volumes, left side, deepest first: the lateral and medial pterygoids
 * in the infratemporal fossa between the pterygoid plate and the mandible, the temporalis as a fan
 * from the temporal fossa converging under the zygomatic arch onto the coronoid process, then the
 * masseter over the ramus from the arch to the angle. `across` follows each origin line from its
 * first anchor: temporalis and masseter anterior → posterior (the masseter's deep part posterior),
 * pterygoids upper → lower.
 */
import type { VolumeDef } from '../types';
import { estimate } from './estimate';

export const HEAD: VolumeDef[] = [
  {
    id: 'lateral-pterygoid',
    architecture: 'multi-headed',
    heads: 2,
    // upper head from the infratemporal surface of the greater wing, lower head from the lateral face of the plate
    origin: {
      bones: ['skull'],
      line: [
        { lm: 'lateral-pterygoid-plate', off: [0.01, 0.011, 0.006] },
        { lm: 'lateral-pterygoid-plate', off: [0.004, 0.003, 0.003] },
        { lm: 'lateral-pterygoid-plate', off: [0.003, -0.007, 0.004] },
      ],
    },
    // pterygoid fovea on the front of the condylar neck, the upper fibres to the joint's disc and capsule
    insertion: {
      bones: ['mandible'],
      line: [{ lm: 'mandibular-condyle', off: [-0.005, -0.009, 0.005] }, { lm: 'mandibular-condyle', off: [-0.004, -0.014, 0.005] }],
    },
    thickness: 0.014,
    tendon: [0.04, 0.12],
    hug: false,
    over: [],
    volume: estimate(7, 'adult lateral pterygoid about 6–9 cm³ in jaw-muscle MRI and dissection series; the smallest of the four masticatory muscles'),
    cell: 0.0018,
    triangles: 1400,
  },
  {
    id: 'medial-pterygoid',
    architecture: 'quadrilateral',
    // deep head from the medial face of the lateral plate (pterygoid fossa), superficial head from the maxillary tuberosity
    origin: {
      bones: ['skull'],
      line: [{ lm: 'lateral-pterygoid-plate', off: [-0.004, 0.008, -0.001] }, { lm: 'lateral-pterygoid-plate', off: [-0.002, -0.012, 0.004] }],
    },
    // the rough medial face of the ramus above the angle
    insertion: {
      bones: ['mandible'],
      line: [{ lm: 'mandible-angle', off: [-0.006, 0.022, 0.01] }, { lm: 'mandible-angle', off: [-0.005, 0.004, 0.006] }],
    },
    thickness: 0.012,
    tendon: [0.05, 0.06],
    hug: false,
    over: ['lateral-pterygoid'],
    volume: estimate(10, 'adult medial pterygoid about 8–12 cm³ in CT and MRI series of the jaw muscles (Xu et al. 1994, Dentomaxillofac Radiol 23:154 measured it with the masseter)'),
    cell: 0.0018,
    triangles: 1400,
  },
  {
    id: 'temporalis',
    architecture: 'fan',
    // the temporal fossa up to the inferior temporal line, anterior border first
    origin: {
      bones: ['skull'],
      line: [
        { at: [0.052, 1.652, 0.058] },
        { at: [0.058, 1.682, 0.038] },
        { lm: 'temporal-line', off: [-0.003, 0.006, 0.0] },
        { at: [0.068, 1.684, -0.024] },
        { at: [0.066, 1.664, -0.034] },
      ],
    },
    // coronoid process, its medial face and the front border of the ramus
    insertion: {
      bones: ['mandible'],
      line: [{ lm: 'coronoid', off: [-0.001, -0.012, 0.007] }, { lm: 'coronoid', off: [0.0, 0.0, 0.001] }, { lm: 'mandibular-notch', off: [-0.001, 0.004, 0.004] }],
    },
    // through the gap between the zygomatic arch and the side of the skull
    via: [[{ at: [0.054, 1.63, 0.046] }, { at: [0.056, 1.632, 0.03] }, { at: [0.056, 1.63, 0.018] }]],
    thickness: 0.008,
    tendon: [0.02, 0.24],
    tendonRadius: 0.0018,
    hug: true,
    over: [],
    // not sized: no volume series at hand, and resizing this thin, wide fan breaks it up; an 8 mm
    // belly gives about 30 cm³, of the order of adult jaw-muscle imaging series (estimate)
    volume: null,
    // a fine grid keeps the thin posterior fan, a few cells thick, from being smoothed away
    cell: 0.0015,
    triangles: 2400,
  },
  {
    id: 'masseter',
    architecture: 'multi-headed',
    heads: 2,
    // superficial part from the zygoma's maxillary process and the front of the arch, deep part from the back of the arch
    origin: {
      bones: ['skull'],
      line: [{ lm: 'zygoma', off: [0.002, -0.012, -0.006] }, { lm: 'zygomatic-arch', off: [0.0, -0.006, 0.006] }, { lm: 'zygomatic-arch', off: [-0.001, -0.006, -0.014] }],
    },
    // lateral face of the ramus and the angle, from the lower border at the molars round to the posterior border
    insertion: {
      bones: ['mandible'],
      line: [{ lm: 'mandible-angle', off: [-0.003, -0.021, 0.025] }, { lm: 'mandible-angle', off: [0.002, -0.006, 0.004] }, { lm: 'mandible-angle', off: [0.003, 0.02, -0.003] }],
    },
    thickness: 0.012,
    tendon: [0.06, 0.04],
    hug: true,
    over: ['temporalis', 'medial-pterygoid', 'lateral-pterygoid'],
    volume: estimate(24, 'adult masseter about 20–30 cm³ in MRI series; relaxed thickness about 10 mm in men (Kiliaridis & Kälebo 1991, J Dent Res 70:1262)'),
    cell: 0.002,
    triangles: 2400,
  },
];
