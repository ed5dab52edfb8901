/** The answer buttons of a question; in feedback, the right one and the one chosen are marked. */
import type { Choice } from '../../core/quiz/types';

/** Props: the choices, the id chosen (in feedback), the correct id (in feedback) and what a press sends. */
export function QuizChoices({
  choices,
  label,
  chosen,
  correct,
  onChoose,
}: {
  choices: Choice[];
  /** The group's accessible name, e.g. "Answers". */
  label: string;
  /** The choice given, once answered; null while asking. */
  chosen: string | null;
  /** The correct choice's id, once answered; null while asking. */
  correct: string | null;
  onChoose(id: string): void;
}) {
  const answered = correct !== null;
  return (
    <ul className="quiz-choices" aria-label={label}>
      {choices.map((c) => {
        const isRight = answered && c.id === correct;
        const isWrongPick = answered && c.id === chosen && !isRight;
        return (
          <li key={c.id}>
            <button
              type="button"
              className={`quiz-choice${isRight ? ' right' : ''}${isWrongPick ? ' wrong' : ''}`}
              aria-disabled={answered}
              onClick={() => {
                if (!answered) onChoose(c.id);
              }}
            >
              <span className="quiz-choice-label">{c.label}</span>
              {isRight && <span className="quiz-choice-mark"> ✓ correct</span>}
              {isWrongPick && <span className="quiz-choice-mark"> ✗ your answer</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
