/**
 * The general advice printed on every handout, in the project's own words: how to do the home care
 * safely, when to stop, and when to see a clinician. Muscle-specific cautions come from the dataset.
 */

/** How to stretch gently, and when to stop. */
export const STRETCH_RULES: readonly string[] = [
  'Move slowly into a mild, even pull and hold it for about 30 seconds while breathing out; repeat two or three times.',
  'Never bounce or force a stretch. Stop if you feel sharp pain, tingling, numbness or dizziness.',
];

/** How to do a pressure release, and when to stop. */
export const PRESSURE_RULES: readonly string[] = [
  'Press only until you feel a tender ache you can relax into (no more than about 4 on a 0 to 10 scale), and hold for 30 to 60 seconds, letting go slowly.',
  'Never press on bruises, broken skin, varicose veins, a lump or a pulse. If you take blood thinners or bruise easily, ask your clinician first.',
];

/** What to do when home care makes things worse. */
export const STOP_RULES: readonly string[] = [
  'If the pain is worse the next day, do less or stop, and ask your clinician.',
  'Warmth, gentle movement and regular short breaks from a fixed position usually help more than hard pressure.',
];

/** When to see a clinician, most urgent first. */
export const SEE_A_CLINICIAN: readonly string[] = [
  'Get urgent care for chest pain or pressure, sudden severe headache, new weakness or numbness, or loss of bladder or bowel control.',
  'See a clinician soon if the pain follows a fall or injury, comes with fever, night sweats or weight loss, or wakes you every night.',
  'See a clinician if pain, tingling or numbness spreads down an arm or leg, or if the pain is not clearly better after two weeks of gentle self-care.',
];

/** How each palpation type reads for a patient. */
export const PALPATION_TEXT = {
  flat: 'A clinician finds it by pressing the muscle against the firm layer beneath it.',
  pincer: 'A clinician finds it by holding the muscle between finger and thumb.',
  'not-palpable': 'It lies too deep to be felt with a finger.',
} as const;

/** What the two kinds of shading on the pictures mean, worded for black-and-white printing. */
export const LEGEND = {
  triggerPoint: 'Cross: the trigger point (knot).',
  essential: 'Solid: where the pain is usually felt.',
  spillover: 'Dotted: where it may also spread.',
} as const;
