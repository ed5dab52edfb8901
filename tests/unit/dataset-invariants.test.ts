/**
 * Invariants of the real dataset (data/trigger-points.json) that the schema cannot state: coverage
 * of the shared vocabularies and the muscle list, condition links, and referral patterns from the
 * literature. Unique ids, dangling references, empty essential zones and overlapping zones are
 * rejected by the schema's superRefine (loadRealDataset fails on them; tests/unit/dataset-validate.test.ts
 * shows each rejection on a broken fixture), so they are not repeated here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_MUSCLE_IDS } from '../../src/core/muscle-ids';
import type { Dataset, Muscle } from '../../src/core/dataset/schema';
import { loadRealDataset, muscleOf } from '../fixtures/load-fixture';

/** The shared region vocabulary every dataset must describe. */
const REGION_VOCABULARY = [
  'vertex', 'forehead', 'eyebrow', 'eye', 'temple', 'ear', 'occiput', 'mastoid', 'cheek', 'side-of-nose',
  'upper-molars', 'lower-molars', 'upper-incisors', 'lower-incisors', 'tmj', 'angle-of-jaw', 'lower-jaw', 'chin', 'throat',
  'posterior-neck', 'posterolateral-neck', 'side-of-neck', 'anterior-neck', 'suboccipital', 'base-of-neck',
  'top-of-shoulder', 'acromion', 'anterior-shoulder', 'lateral-shoulder', 'posterior-shoulder', 'suprascapular', 'scapula',
  'medial-scapular-border', 'interscapular', 'axilla', 'inferior-angle-of-scapula',
  'upper-chest', 'sternum', 'lateral-chest', 'nipple-area', 'upper-abdomen', 'lower-abdomen', 'flank', 'mid-back', 'thoracolumbar', 'low-back',
  'anterior-arm', 'posterior-arm', 'lateral-arm', 'medial-arm', 'antecubital', 'lateral-epicondyle', 'medial-epicondyle', 'olecranon',
  'dorsal-forearm', 'volar-forearm', 'radial-forearm', 'ulnar-forearm',
  'dorsal-wrist', 'palmar-wrist', 'radial-wrist', 'ulnar-wrist', 'dorsal-hand', 'palm', 'thenar', 'hypothenar', 'thumb', 'thumb-web',
  'index-finger', 'middle-finger', 'ring-finger', 'little-finger',
  'sacrum', 'sacroiliac', 'coccyx', 'buttock', 'lower-buttock', 'iliac-crest', 'greater-trochanter', 'lateral-hip', 'groin', 'suprapubic', 'perineum',
  'anterior-thigh', 'lateral-thigh', 'medial-thigh', 'posterior-thigh',
  'anterior-knee', 'medial-knee', 'lateral-knee', 'posterior-knee', 'anterior-leg', 'lateral-leg', 'calf', 'medial-leg',
  'anterior-ankle', 'lateral-ankle', 'medial-ankle', 'achilles', 'heel', 'sole', 'instep', 'big-toe', 'lesser-toes', 'ball-of-foot', 'lateral-foot', 'medial-arch',
  // finer zones drawn as the literature draws them
  'wrist-band', 'radial-dorsal-hand', 'anterolateral-thigh', 'mid-deltoid', 'upper-anterior-thigh', 'upper-calf', 'outer-calf',
  // coarse regions that finer ones lie within
  'face', 'side-of-head', 'neck', 'shoulder', 'upper-back', 'chest', 'abdomen', 'elbow', 'wrist', 'hand', 'knee', 'ankle', 'foot',
] as const;

/** Regions painted on both sides. */
const MIDLINE_REGIONS = ['vertex', 'sternum', 'sacrum', 'coccyx', 'suprapubic', 'perineum', 'chin', 'upper-incisors', 'lower-incisors', 'throat'];

/** Conditions the literature ties to no specific muscle. */
const NO_SPECIFIC_MUSCLE = ['fibromyalgia', 'post-herpetic-neuralgia', 'complex-regional-pain-syndrome', 'phantom-limb-pain'];

let data: Dataset;
beforeAll(() => {
  data = loadRealDataset();
});

const muscle = (id: string): Muscle => muscleOf(data, id);
/** Every region in the essential zone of any of the muscle's trigger points. */
const essentialOf = (id: string) => new Set(muscle(id).triggerPoints.flatMap((tp) => tp.referredPain.essential as string[]));
/** Every region in either zone of any of the muscle's trigger points. */
const anyZoneOf = (id: string) =>
  new Set(muscle(id).triggerPoints.flatMap((tp) => [...tp.referredPain.essential, ...tp.referredPain.spillover] as string[]));

describe('coverage', () => {
  it('describes every region of the shared vocabulary, and only those', () => {
    expect(REGION_VOCABULARY.length).toBeGreaterThanOrEqual(70);
    expect(data.regions.map((r) => r.id).sort()).toEqual([...REGION_VOCABULARY].sort());
  });

  it('marks exactly the midline regions as midline', () => {
    expect(data.regions.filter((r) => r.midline).map((r) => r.id).sort()).toEqual([...MIDLINE_REGIONS].sort());
  });

  it('has at least 35 conditions', () => {
    expect(data.conditions.length).toBeGreaterThanOrEqual(35);
  });

  it('links every condition with a specific muscle from at least one muscle', () => {
    const linked = new Set<string>(data.muscles.flatMap((m) => m.conditions));
    const orphans = data.conditions.filter((c) => !c.noSpecificMuscle && !linked.has(c.id)).map((c) => c.id);
    expect(orphans).toEqual([]);
  });

  it('flags exactly the conditions tied to no specific muscle, and links no muscle to them', () => {
    const flagged = new Set(data.conditions.filter((c) => c.noSpecificMuscle).map((c) => c.id));
    expect([...flagged].sort()).toEqual([...NO_SPECIFIC_MUSCLE].sort());
    const wrong = data.muscles.flatMap((m) => m.conditions.filter((c) => flagged.has(c)).map((c) => `${m.id} → ${c}`));
    expect(wrong).toEqual([]);
  });

  it('describes every muscle in src/core/muscle-ids.ts, and nothing else', () => {
    expect(data.muscles.map((m) => m.id).sort()).toEqual([...KNOWN_MUSCLE_IDS].sort());
  });
});

describe('referral patterns from the literature', () => {
  it('infraspinatus refers to the front of the shoulder', () => {
    expect(essentialOf('infraspinatus')).toContain('anterior-shoulder');
  });

  it('soleus refers to the heel', () => {
    expect(essentialOf('soleus')).toContain('heel');
  });

  it('gluteus minimus refers down the outside of the thigh and leg', () => {
    expect(essentialOf('gluteus-minimus')).toContain('lateral-thigh');
    expect(anyZoneOf('gluteus-minimus')).toContain('lateral-leg');
  });

  it('upper trapezius refers to the temple and the back of the neck, and is linked to tension-type headache', () => {
    const ut = muscle('upper-trapezius');
    const toTemple = ut.triggerPoints.filter((tp) => (tp.referredPain.essential as string[]).includes('temple')).map((tp) => tp.id);
    expect(toTemple.length, 'a trigger point with the temple in its essential zone').toBeGreaterThan(0);
    expect(essentialOf('upper-trapezius')).toContain('posterolateral-neck');
    expect(ut.conditions as string[]).toContain('tension-type-headache');
  });

  it('subscapularis refers to the back of the shoulder', () => {
    expect(essentialOf('subscapularis')).toContain('posterior-shoulder');
  });
});
