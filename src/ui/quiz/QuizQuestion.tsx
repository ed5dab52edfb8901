/**
 * The question being asked: progress, prompt, hint, then the answer buttons (or, for the on-body
 * kinds, what to do on the body and the list alternative), then the feedback with the next button.
 */
import { useEffect, useRef } from 'react';
import { chosenChoiceId, correctChoiceId } from '../../core/quiz/choice-ids';
import { HIT_M, NEAR_M } from '../../core/quiz/score';
import type { AnsweredQuestion } from '../../core/quiz/session';
import type { Question } from '../../core/quiz/types';
import { KIND_LABELS } from './kind-labels';
import { QuizChoices } from './QuizChoices';

const ON_BODY = new Set<Question['kind']>(['find-muscle', 'place-trigger-point']);

function instruction(q: Question): string | null {
  if (q.kind === 'find-muscle') return 'Click the muscle on the body, or answer from the list.';
  if (q.kind === 'place-trigger-point')
    return `Tap the spot on the lit-up muscle, or answer from the list. Within ${HIT_M * 100} cm is correct; within ${NEAR_M * 100} cm earns half a point.`;
  return null;
}

/** Props: the question, its position, the answer shown in feedback (null while asking) and the actions. */
export function QuizQuestion({
  question,
  number,
  total,
  score,
  answered,
  onAnswer,
  onNext,
}: {
  question: Question;
  /** 1-based. */
  number: number;
  total: number;
  score: number;
  answered: AnsweredQuestion | null;
  onAnswer(answer: unknown): void;
  onNext(): void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const onBody = ON_BODY.has(question.kind);
  const last = number === total;

  useEffect(() => {
    heading.current?.focus();
  }, [question]);
  useEffect(() => {
    if (answered) next.current?.focus();
  }, [answered]);

  const chosen = answered ? chosenChoiceId(question, answered.answer) : null;
  const correct = answered ? correctChoiceId(question) : null;
  const choose = (id: string) => onAnswer({ choice: id });
  const choices = (
    <QuizChoices choices={question.choices} label={onBody ? 'Answer from a list' : 'Answers'} chosen={chosen} correct={correct} onChoose={choose} />
  );

  return (
    <div className="quiz-question" data-kind={question.kind}>
      <p className="quiz-progress">
        <span>
          Question {number} of {total}
        </span>
        <span>Score {score}</span>
      </p>
      <p className="quiz-kind">{KIND_LABELS[question.kind].title}</p>
      <h2 ref={heading} tabIndex={-1} className="quiz-prompt">
        {question.prompt}
      </h2>
      {question.hint && <p className="quiz-hint">{question.hint}</p>}
      {onBody ? (
        <>
          <p className="quiz-instruction">{instruction(question)}</p>
          <details className="quiz-list-alternative" open={answered !== null || undefined}>
            <summary>Answer from a list</summary>
            {choices}
          </details>
        </>
      ) : (
        choices
      )}
      <div className="quiz-feedback-slot" role="status" aria-live="polite">
        {answered && (
          <div className={`quiz-feedback ${answered.scored.correct ? 'right' : 'wrong'}`}>
            <p className="quiz-verdict">{answered.scored.correct ? 'Correct' : answered.scored.points > 0 ? 'Close' : 'Not quite'}</p>
            <p>{answered.scored.feedback}</p>
            <p className="quiz-expected">
              <span className="muted">Answer: </span>
              {answered.scored.expectedLabel}
            </p>
          </div>
        )}
      </div>
      {answered && (
        <button ref={next} type="button" className="button primary quiz-next" onClick={onNext}>
          {last ? 'See the summary' : 'Next question'}
        </button>
      )}
    </div>
  );
}
