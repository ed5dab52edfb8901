/**
 * What goes on a patient handout for a list of muscle sides: where each knot is, where it sends
 * pain, what keeps it going, what to try at home and when to stop, when to see a clinician, the
 * references and the disclaimer. Pure: the caller renders it (as text nodes, never as HTML).
 */
import { otherSide, type Side } from '../frame';
import type { Dataset, Muscle, Palpation, PerpetuatingKind, Reference, ReferralSideValue } from '../dataset/schema';
import { indexDataset, type DatasetIndex } from '../dataset/queries';
import { PALPATION_TEXT, PRESSURE_RULES, SEE_A_CLINICIAN, STOP_RULES, STRETCH_RULES } from './advice';
import type { HandoutItem } from './link';

/** One knot (trigger point) as the patient reads it. */
export interface HandoutKnot {
  triggerPointId: string;
  label: string;
  where: string;
  palpation: Palpation;
  /** How a clinician finds it, in plain words (with the dataset's note when there is one). */
  howFound: string;
  patientPosition: string;
  /** Where this knot sends pain, e.g. "mainly the temple and eyebrow; sometimes the eye". */
  sendsPainTo: string;
}

/** One self-care step as printed. */
export interface HandoutStep {
  how: string;
  cautions: string[];
  avoidIf: string[];
}

/** Everything printed about one muscle side. */
export interface HandoutSection {
  muscleId: string;
  side: Side;
  name: string;
  /** "Left side" or "Right side". */
  sideLabel: string;
  /** Heading, e.g. "Upper trapezius, left side". */
  heading: string;
  knots: HandoutKnot[];
  /** A sentence on where the pain goes, over all knots. */
  painSummary: string;
  /** Region names of the essential and spillover zones, each with the side it is felt on. */
  essential: string[];
  spillover: string[];
  keepsItGoing: { kind: PerpetuatingKind; text: string }[];
  stretch: HandoutStep;
  pressureRelease: HandoutStep;
  /** Conditions the literature links to the muscle, by name. */
  linkedConditions: string[];
}

/** A whole handout. */
export interface Handout {
  title: string;
  /** The date as printed, e.g. "1 December 2026". */
  dateText: string;
  /** The date as YYYY-MM-DD. */
  isoDate: string;
  sections: HandoutSection[];
  stretchRules: readonly string[];
  pressureRules: readonly string[];
  stopRules: readonly string[];
  seeClinician: readonly string[];
  /** Every reference cited by what is printed, in order of first use. */
  references: Reference[];
  disclaimer: string;
  /** Items that could not be printed (unknown muscle), in words. */
  problems: string[];
}

/** Options for `buildHandout`. */
export interface HandoutOptions {
  /** The date printed on the handout. */
  date: Date;
}

const SIDE_WORD: Record<Side, string> = { left: 'left', right: 'right' };

/** "Temple" → "temple", but keeps an initial capital that starts an acronym ("TMJ"). */
export function lowerFirst(name: string): string {
  return name.length > 1 && name[1] === name[1]?.toLowerCase() ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/** Joins names as prose: "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The sides a trigger point on `side` refers pain to. */
function referralSides(referral: ReferralSideValue, side: Side): Side[] {
  if (referral === 'both') return [side, otherSide(side)];
  if (referral === 'opposite') return [otherSide(side)];
  return [side];
}

/** A region as felt: its plain name and the sides it is felt on (null for a midline region). */
interface Felt {
  name: string;
  sides: string | null;
}

/** A region name that can follow "to the": "area between the shoulder blades" for names that start with a preposition. */
export function asNoun(name: string): string {
  return /^(between|above|below|behind|under|around)\b/i.test(name) ? `area ${lowerFirst(name)}` : lowerFirst(name);
}

/** The regions a trigger point on `sides` refers to, by plain name. */
function felt(index: DatasetIndex, regionIds: readonly string[], sides: readonly Side[]): Felt[] {
  return regionIds.flatMap((id) => {
    const region = index.regionById(id);
    return region ? [{ name: asNoun(region.name), sides: region.midline ? null : sides.map((s) => SIDE_WORD[s]).join(' and ') }] : [];
  });
}

/** "temple (left)"; "sacrum" for a midline region. */
const label = (f: Felt) => (f.sides === null ? f.name : `${f.name} (${f.sides})`);

/** The one side set every sided region shares ("left", "left and right"), or null when they differ or there are none. */
function sharedSides(list: readonly Felt[]): string | null {
  const sided = list.filter((f) => f.sides !== null);
  const first = sided[0]?.sides ?? null;
  return first !== null && sided.every((f) => f.sides === first) ? first : null;
}

/** "mainly to the a and b; sometimes also to the c", naming sides per region only when they differ. */
function painPhrase(essential: readonly Felt[], spillover: readonly Felt[], perRegionSides: boolean): string {
  const names = (list: readonly Felt[]) => [...new Set(list.map((f) => (perRegionSides ? label(f) : f.name)))];
  const main = essential.length > 0 ? `mainly to the ${joinAnd(names(essential))}` : '';
  const more = spillover.length > 0 ? `sometimes also to the ${joinAnd(names(spillover))}` : '';
  return [main, more].filter((x) => x !== '').join('; ');
}

/** The sentence saying where the pain is felt when every region shares one side set. */
function sideSentence(sides: string): string {
  return sides.includes(' and ') ? 'It can be felt on both sides.' : `All of it is felt on the ${sides} side.`;
}

function section(index: DatasetIndex, muscle: Muscle, side: Side, cite: (ids: readonly string[]) => void): HandoutSection {
  const allEssential: Felt[] = [];
  const allSpillover: Felt[] = [];
  const knots = muscle.triggerPoints.map((tp): HandoutKnot => {
    const sides = referralSides(tp.referralSide, side);
    const essential = felt(index, tp.referredPain.essential, sides);
    const spillover = felt(index, tp.referredPain.spillover, sides);
    allEssential.push(...essential);
    allSpillover.push(...spillover);
    const note = tp.palpationNote ? ` ${tp.palpationNote}` : '';
    return {
      triggerPointId: tp.id,
      label: tp.label,
      where: tp.location,
      palpation: tp.palpation,
      howFound: `${PALPATION_TEXT[tp.palpation]}${note}`,
      patientPosition: tp.patientPosition,
      sendsPainTo: painPhrase(essential, spillover, true),
    };
  });
  const essentialLabels = [...new Set(allEssential.map(label))];
  const spilloverFelt = allSpillover.filter((f) => !essentialLabels.includes(label(f)));
  const shared = sharedSides([...allEssential, ...spilloverFelt]);
  const summary = painPhrase(allEssential, spilloverFelt, shared === null);
  const count = knots.length === 1 ? 'This knot sends pain' : `These ${knots.length} knots send pain`;
  cite(muscle.references);
  const step = (s: Muscle['selfCare']['stretch']): HandoutStep => {
    cite(s.references);
    return { how: s.how, cautions: [...s.cautions], avoidIf: [...s.avoidIf] };
  };
  const stretch = step(muscle.selfCare.stretch);
  const pressureRelease = step(muscle.selfCare.pressureRelease);
  const keepsItGoing = muscle.perpetuatingFactors.map((f) => {
    cite(f.references);
    return { kind: f.kind, text: f.text };
  });
  const sideLabel = side === 'left' ? 'Left side' : 'Right side';
  return {
    muscleId: muscle.id,
    side,
    name: muscle.name,
    sideLabel,
    heading: `${muscle.name}, ${sideLabel.toLowerCase()}`,
    knots,
    painSummary: `${count} ${summary}.${shared === null ? '' : ` ${sideSentence(shared)}`}`,
    essential: essentialLabels,
    spillover: [...new Set(spilloverFelt.map(label))],
    keepsItGoing,
    stretch,
    pressureRelease,
    linkedConditions: index.conditionsOfMuscle(muscle.id).map((c) => c.name),
  };
}

/** YYYY-MM-DD of a date in local time. */
function isoDay(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** Builds the handout content for muscle sides; unknown muscles are reported in `problems`, never thrown. */
export function buildHandout(dataset: Dataset, items: readonly HandoutItem[], options: HandoutOptions): Handout {
  const index = indexDataset(dataset);
  const cited: string[] = [];
  const cite = (ids: readonly string[]) => {
    for (const id of ids) if (!cited.includes(id)) cited.push(id);
  };
  const problems: string[] = [];
  const sections: HandoutSection[] = [];
  for (const item of items) {
    const muscle = index.muscleById(item.muscleId);
    if (!muscle) {
      problems.push(`No muscle "${item.muscleId}" in the atlas; it was left out.`);
      continue;
    }
    if (sections.some((s) => s.muscleId === item.muscleId && s.side === item.side)) continue;
    sections.push(section(index, muscle, item.side, cite));
  }
  const valid = Number.isFinite(options.date.getTime());
  const date = valid ? options.date : new Date(0);
  const names = sections.map((s) => s.name);
  return {
    title: names.length > 0 ? `Trigger points: ${joinAnd(names)}` : 'Trigger points',
    dateText: date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
    isoDate: isoDay(date),
    sections,
    stretchRules: STRETCH_RULES,
    pressureRules: PRESSURE_RULES,
    stopRules: STOP_RULES,
    seeClinician: SEE_A_CLINICIAN,
    references: cited.flatMap((id) => {
      const r = index.referenceById(id);
      return r ? [r] : [];
    }),
    disclaimer: dataset.disclaimer,
    problems,
  };
}
