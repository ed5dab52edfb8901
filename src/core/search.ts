/**
 * Forgiving search over muscles (names, synonyms, Latin names, abbreviations) and conditions
 * (names, synonyms). Case- and diacritic-insensitive, matches word prefixes, tolerates one typo in
 * words of five letters or more, and ranks exact > prefix > fuzzy.
 */
import type { DatasetIndex } from './dataset/queries';
import type { BodyRegion } from './muscle-ids';

/** One search hit. */
export type SearchHit =
  | { kind: 'muscle'; id: string; name: string; region: BodyRegion; score: number; matched: string }
  | { kind: 'condition'; id: string; name: string; score: number; matched: string };

interface Term {
  text: string;
  tokens: string[];
  /** Whole-term matches only (acronyms such as "ql"). */
  exactOnly: boolean;
  /** Name terms rank a little above synonyms. */
  primary: boolean;
}

interface Entry {
  kind: 'muscle' | 'condition';
  id: string;
  name: string;
  region?: BodyRegion;
  terms: Term[];
}

/** Everyday shorthand that no name or acronym produces. Keys are whole queries. */
const QUERY_ALIASES: Record<string, string[]> = {
  scm: ['sternocleidomastoid'],
  traps: ['upper-trapezius', 'middle-trapezius', 'lower-trapezius'],
  lats: ['latissimus-dorsi'],
  lat: ['latissimus-dorsi'],
  pecs: ['pectoralis-major', 'pectoralis-minor'],
  delts: ['deltoid'],
  glutes: ['gluteus-maximus', 'gluteus-medius', 'gluteus-minimus'],
  hamstrings: ['biceps-femoris', 'semitendinosus', 'semimembranosus'],
  quads: ['rectus-femoris', 'vastus-lateralis', 'vastus-medialis', 'vastus-intermedius'],
  calf: ['gastrocnemius', 'soleus'],
  vmo: ['vastus-medialis'],
  itb: ['tensor-fasciae-latae'],
};

/** Shorthand for single words inside a query: "upper traps", "pec minor", "peroneus longus". */
const TOKEN_ALIASES: Record<string, string> = {
  traps: 'trapezius',
  trap: 'trapezius',
  lats: 'latissimus',
  pec: 'pectoralis',
  pecs: 'pectoralis',
  glute: 'gluteus',
  glutes: 'gluteus',
  delt: 'deltoid',
  peroneus: 'fibularis',
  peroneal: 'fibularis',
  med: 'medius',
  max: 'maximus',
  min: 'minimus',
};

/** Lower-case, strips diacritics and punctuation, collapses spaces. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function tokens(text: string): string[] {
  return text.split(' ').filter((t) => t.length > 0);
}

/** Damerau-Levenshtein distance (optimal string alignment), stopping early once above `max`. */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row[j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (i > 0 && best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? max + 1;
}

function term(text: string, primary: boolean, exactOnly = false): Term | null {
  const n = normalize(text);
  return n ? { text: n, tokens: tokens(n), exactOnly, primary } : null;
}

function acronym(text: string): string | null {
  const words = tokens(normalize(text));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : null;
}

function buildEntries(index: DatasetIndex): Entry[] {
  const entries: Entry[] = [];
  for (const m of index.dataset.muscles) {
    // Acronyms come from the name and Latin name only ("small chest muscle" must not become "scm").
    const names = [m.name, m.latinName.replace(/^musculus\s+/i, '')];
    const terms = [
      term(m.name, true),
      term(m.latinName, false),
      ...m.synonyms.map((s) => term(s, false)),
      ...names.map((n) => acronym(n)).map((a) => (a && a.length >= 2 ? term(a, false, true) : null)),
      term(m.id.replace(/-/g, ' '), false),
    ].filter((t): t is Term => t !== null);
    entries.push({ kind: 'muscle', id: m.id, name: m.name, region: m.bodyRegion as BodyRegion, terms });
  }
  for (const c of index.dataset.conditions) {
    const terms = [term(c.name, true), ...c.synonyms.map((s) => term(s, false))].filter((t): t is Term => t !== null);
    entries.push({ kind: 'condition', id: c.id, name: c.name, terms });
  }
  return entries;
}

/** How well one query token matches one term token: 3 exact, 2 prefix, 1 fuzzy, 0 none. */
function tokenScore(q: string, t: string): number {
  if (q === t) return 3;
  if (t.startsWith(q)) return 2;
  if (q.length >= 5) {
    if (editDistance(q, t) <= 1) return 1;
    if (t.length > q.length && editDistance(q, t.slice(0, q.length)) <= 1) return 1;
  }
  return 0;
}

function termScore(query: string, qTokens: readonly string[], t: Term): number {
  const bonus = t.primary ? 5 : 0;
  if (t.text === query) return 1000 + bonus;
  if (t.exactOnly) return 0;
  if (t.text.startsWith(query)) return 800 + bonus;
  let worst = 3;
  let sum = 0;
  const used = new Set<number>();
  for (const q of qTokens) {
    let best = 0;
    let bestAt = -1;
    t.tokens.forEach((tt, i) => {
      if (used.has(i)) return;
      const s = tokenScore(q, tt);
      if (s > best) {
        best = s;
        bestAt = i;
      }
    });
    if (best === 0) return 0;
    used.add(bestAt);
    worst = Math.min(worst, best);
    sum += best;
  }
  const tier = worst === 3 ? 600 : worst === 2 ? 400 : 200;
  // Terms with fewer unmatched words rank higher ("psoas" → "psoas major" before longer names).
  return tier + sum * 5 - (t.tokens.length - qTokens.length) * 2 + bonus;
}

/** Prepares a search function over a dataset index. */
export function createSearch(index: DatasetIndex): (query: string, limit?: number) => SearchHit[] {
  const entries = buildEntries(index);
  return (query, limit = 12) => {
    const q = normalize(query).slice(0, 80);
    if (!q) return [];
    const qTokens = tokens(q).map((t) => TOKEN_ALIASES[t] ?? t);
    const expanded = qTokens.join(' ');
    const aliased = new Set(QUERY_ALIASES[q] ?? []);
    const hits: SearchHit[] = [];
    for (const e of entries) {
      let best = aliased.has(e.id) ? 1010 : 0;
      let matched = e.name;
      for (const t of e.terms) {
        const s = Math.max(termScore(q, tokens(q), t), expanded === q ? 0 : termScore(expanded, qTokens, t) - 1);
        if (s > best) {
          best = s;
          matched = t.text;
        }
      }
      if (best <= 0) continue;
      if (e.kind === 'muscle' && e.region)
        hits.push({ kind: 'muscle', id: e.id, name: e.name, region: e.region, score: best, matched });
      else hits.push({ kind: 'condition', id: e.id, name: e.name, score: best, matched });
    }
    hits.sort((a, b) => b.score - a.score || a.name.length - b.name.length || a.name.localeCompare(b.name));
    return hits.slice(0, limit);
  };
}
