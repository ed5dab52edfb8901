/** The end of a quiz: the score, the review of mistakes, and ways on (same questions, new quiz, link). */
import { useEffect, useRef } from 'react';
import type { QuizSession } from '../../core/quiz/session';
import { mistakesOf } from '../../core/quiz/session';
import { KIND_LABELS } from './kind-labels';

/** Props: the finished session, the link that replays it, and the actions. */
export function QuizSummary({
  session,
  link,
  preferred,
  onRestart,
  onMenu,
}: {
  session: QuizSession;
  /** A link to the same questions, for a teacher to hand out. */
  link: string;
  /** Due items were asked first, so the link's seed alone gives a different set. */
  preferred: boolean;
  onRestart(): void;
  onMenu(): void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const mistakes = mistakesOf(session);
  const total = session.questions.length;
  return (
    <div className="quiz-summary">
      <p className="quiz-kind">{KIND_LABELS[session.spec.kind].title}</p>
      <h2 ref={heading} tabIndex={-1}>
        You scored {session.score} of {total}
      </h2>
      {mistakes.length === 0 ? (
        <p>No mistakes. Missed items come back later; known ones are spaced further apart.</p>
      ) : (
        <>
          <h3>Review your mistakes</h3>
          <p className="muted small">These come back in a later quiz (started without a seed) until you know them.</p>
          <ol className="quiz-review">
            {mistakes.map((m) => (
              <li key={m.question.itemKey}>
                <p className="quiz-review-prompt">{m.question.prompt}</p>
                <p>
                  <span className="muted">Answer: </span>
                  {m.scored.expectedLabel}
                </p>
                <p className="muted small">{m.scored.feedback}</p>
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="quiz-actions">
        <button type="button" className="button primary" onClick={onRestart}>
          Try the same questions again
        </button>
        <button type="button" className="button" onClick={onMenu}>
          New quiz
        </button>
      </div>
      <label className="field quiz-link">
        <span>{preferred ? 'Link to a quiz with this seed (your due items came first here, so others get a different set)' : 'Link to these questions'}</span>
        <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
    </div>
  );
}
