/** Cited volumes of the thigh and leg muscles that have no regression of their own in defs/gluteal.ts. */
import type { CitedVolume } from '../types';

/**
 * A muscle volume for the 1.75 m, 70 kg figure taken between the cadaver masses of Ward SR et al. 2009
 * (Clin Orthop Relat Res 467:1074–1082, 21 older donors; mass ÷ 1.056 g/cm³, the smaller values) and the
 * MRI means of young adults in Handsfield GG et al. 2014 (J Biomech 47:631–638, 24 adults; the larger
 * values): an estimate, rounded, with a wide tolerance for that spread.
 */
export function thighLegVolume(cm3: number, name: string, tolerance = 0.4): CitedVolume {
  return {
    cm3,
    source: `estimate: ${name}, between the cadaver masses of Ward SR et al. 2009, Clin Orthop Relat Res 467:1074–1082 (÷ 1.056 g/cm³) and the MRI means of Handsfield GG et al. 2014, J Biomech 47:631–638, rounded`,
    tolerance,
  };
}
