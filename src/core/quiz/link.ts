/**
 * The quiz part of a link: `mode=quiz&quiz=<kind>&seed=<n>&length=<n>&region=<body region>`.
 * Pure; reading never throws, and anything malformed is dropped with a notice.
 */
import { BODY_REGIONS, type BodyRegion } from '../muscle-ids';
import { DEFAULT_LENGTH, MAX_LENGTH, MAX_SEED } from './limits';
import { QUIZ_KINDS, type QuizKind, type QuizSpec } from './types';

/** Every query key the quiz link uses. */
export const QUIZ_URL_KEYS = ['mode', 'quiz', 'seed', 'length', 'region'] as const;

/** What a link asks of study mode. `kind` null means "show the menu of kinds"; `seed` null means "pick one". */
export interface QuizLink {
  kind: QuizKind | null;
  seed: number | null;
  length: number;
  region: BodyRegion | null;
}

function isKind(v: string): v is QuizKind {
  return (QUIZ_KINDS as readonly string[]).includes(v);
}

function safe(v: string): string {
  return `"${v.replace(/[^\w .-]/g, '').slice(0, 32)}"`;
}

/** Reads study mode from a link: null when the link is not in study mode (no `mode=quiz`, no `quiz=`). */
export function readQuizLink(params: URLSearchParams): { link: QuizLink | null; notices: string[] } {
  const notices: string[] = [];
  const mode = params.get('mode');
  const kindRaw = params.get('quiz');
  if (mode !== 'quiz' && kindRaw === null) {
    if (mode !== null) notices.push(`Unknown mode ${safe(mode)} in the link was ignored.`);
    return { link: null, notices };
  }
  const link: QuizLink = { kind: null, seed: null, length: DEFAULT_LENGTH, region: null };
  if (kindRaw !== null) {
    if (isKind(kindRaw)) link.kind = kindRaw;
    else notices.push(`Unknown quiz ${safe(kindRaw)} in the link; choose a kind of question.`);
  }
  const seed = params.get('seed');
  if (seed !== null) {
    const n = /^\d{1,10}$/.test(seed) ? Number(seed) : NaN;
    if (Number.isInteger(n) && n <= MAX_SEED) link.seed = n;
    else notices.push(`The link's seed ${safe(seed)} is not a whole number from 0 to ${MAX_SEED}; a new one was picked.`);
  }
  const length = params.get('length');
  if (length !== null) {
    const n = /^\d{1,3}$/.test(length) ? Number(length) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= MAX_LENGTH) link.length = n;
    else notices.push(`The link's length ${safe(length)} is not a whole number from 1 to ${MAX_LENGTH}; ${DEFAULT_LENGTH} questions instead.`);
  }
  const region = params.get('region');
  if (region !== null && region !== '') {
    if ((BODY_REGIONS as readonly string[]).includes(region)) link.region = region as BodyRegion;
    else notices.push(`Unknown body region ${safe(region)} in the link; the quiz covers the whole body.`);
  }
  return { link, notices };
}

/** Writes a quiz spec as link parameters (`mode=quiz` first); a teacher's link to hand out. */
export function quizLinkParams(spec: QuizSpec): URLSearchParams {
  const p = new URLSearchParams();
  p.set('mode', 'quiz');
  p.set('quiz', spec.kind);
  p.set('seed', String(spec.seed));
  p.set('length', String(spec.length));
  if (spec.region) p.set('region', spec.region);
  return p;
}
