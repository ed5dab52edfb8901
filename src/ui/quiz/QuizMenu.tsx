/** The study menu: the kinds of question, the body region, the length, an optional seed, and the schedule. */
import { useId, useState } from 'react';
import { DEFAULT_LENGTH, MAX_LENGTH } from '../../core/quiz/generate';
import { MAX_SEED } from '../../core/quiz/prng';
import { QUIZ_KINDS, type QuizKind } from '../../core/quiz/types';
import { BODY_REGIONS, type BodyRegion } from '../../core/muscle-ids';
import { REGION_LABELS } from '../common/labels';
import { KIND_LABELS } from './kind-labels';

/** What the menu starts: a seed of null lets the schedule bring due items first. */
export interface QuizChoiceOfMenu {
  kind: QuizKind;
  region: BodyRegion | null;
  length: number;
  seed: number | null;
}

const LENGTHS = [5, 10, 20, MAX_LENGTH].filter((n, i, a) => a.indexOf(n) === i);

/** Props: the schedule's counts, and the actions. */
export function QuizMenu({
  scheduled,
  due,
  onStart,
  onResetSchedule,
}: {
  /** Items in this browser's schedule. */
  scheduled: number;
  /** Items due now. */
  due: number;
  onStart(choice: QuizChoiceOfMenu): void;
  onResetSchedule(): void;
}) {
  const [region, setRegion] = useState<BodyRegion | ''>('');
  const [length, setLength] = useState(DEFAULT_LENGTH);
  const [seedText, setSeedText] = useState('');
  const [resetDone, setResetDone] = useState(false);
  const ids = { region: useId(), length: useId(), seed: useId() };
  const seed = /^\d{1,10}$/.test(seedText) && Number(seedText) <= MAX_SEED ? Number(seedText) : null;
  const seedBad = seedText !== '' && seed === null;

  return (
    <div className="quiz-menu">
      <h2>Study</h2>
      <p className="muted small">Test yourself on where trigger points lie and where they send pain. Choose a kind of question.</p>
      <ul className="quiz-kinds">
        {QUIZ_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="list-button quiz-kind-button"
              disabled={seedBad}
              onClick={() => onStart({ kind, region: region || null, length, seed })}
            >
              <span className="list-button-title">{KIND_LABELS[kind].title}</span>
              <span className="list-button-sub">{KIND_LABELS[kind].blurb}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="quiz-options">
        <label className="field" htmlFor={ids.region}>
          <span>Body region</span>
        </label>
        <select id={ids.region} className="select" value={region} onChange={(e) => setRegion(e.target.value as BodyRegion | '')}>
          <option value="">Whole body</option>
          {BODY_REGIONS.map((r) => (
            <option key={r} value={r}>
              {REGION_LABELS[r]}
            </option>
          ))}
        </select>
        <label className="field" htmlFor={ids.length}>
          <span>Questions</span>
        </label>
        <select id={ids.length} className="select" value={length} onChange={(e) => setLength(Number(e.target.value))}>
          {LENGTHS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <label className="field" htmlFor={ids.seed}>
          <span>Seed (optional: the same seed gives everyone the same questions)</span>
        </label>
        <input
          id={ids.seed}
          className="select"
          inputMode="numeric"
          value={seedText}
          aria-invalid={seedBad}
          aria-describedby={seedBad ? `${ids.seed}-err` : undefined}
          onChange={(e) => setSeedText(e.target.value.trim())}
        />
        {seedBad && (
          <p id={`${ids.seed}-err`} className="quiz-error small">
            A seed is a whole number from 0 to {MAX_SEED}.
          </p>
        )}
      </div>
      <div className="quiz-schedule">
        <h3>Your schedule</h3>
        <p className="muted small">
          {scheduled === 0
            ? 'Nothing scheduled yet. Items you answer are kept in this browser; missed ones come back sooner.'
            : `${scheduled} item${scheduled === 1 ? '' : 's'} kept in this browser, ${due} due now. A quiz without a seed asks due items first.`}
        </p>
        <button
          type="button"
          className="button"
          disabled={scheduled === 0}
          onClick={() => {
            onResetSchedule();
            setResetDone(true);
          }}
        >
          Reset my schedule
        </button>
        <span className="sr-only" role="status">
          {resetDone && scheduled === 0 ? 'Schedule reset.' : ''}
        </span>
      </div>
    </div>
  );
}
