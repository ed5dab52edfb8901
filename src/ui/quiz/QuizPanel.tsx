/**
 * Study mode's panel, in the side panel's place (a bottom sheet on phones): the menu, the question
 * with its feedback, or the summary. Reads the quiz slice; the body shows the stage (see the scene).
 */
import { useMemo } from 'react';
import { quizLinkParams } from '../../core/quiz/link';
import { currentAnswer, currentQuestion } from '../../core/quiz/session';
import { useAtlas, useAtlasStore } from '../../state';
import { QuizMenu } from './QuizMenu';
import { QuizQuestion } from './QuizQuestion';
import { QuizSummary } from './QuizSummary';
import './quiz.css';

/** The study panel. */
export default function QuizPanel() {
  const store = useAtlasStore();
  const { session, request, ready, version, preferred } = useAtlas((s) => ({
    session: s.quizSession,
    request: s.quizRequest,
    ready: s.dataset !== null,
    version: s.quizScheduleVersion,
    preferred: s.quizPreferred,
  }));
  const counts = useMemo(() => {
    const schedule = store.getState().quizSchedule();
    if (!schedule) return { scheduled: 0, due: 0 };
    return { scheduled: Object.keys(schedule.get().cards).length, due: schedule.due().length };
    // The schedule lives outside the store; `version` says when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, version]);
  const act = store.getState();

  let body;
  if (!ready || request) body = <p className="muted">{request ? 'Preparing the questions…' : 'Loading the atlas…'}</p>;
  else if (!session)
    body = <QuizMenu scheduled={counts.scheduled} due={counts.due} onStart={(c) => act.startQuiz(c)} onResetSchedule={() => act.resetQuizSchedule()} />;
  else if (session.phase === 'summary') {
    const link = `${location.origin}${location.pathname}?${quizLinkParams(session.spec).toString()}`;
    body = <QuizSummary session={session} link={link} preferred={preferred} onRestart={() => act.restartQuiz()} onMenu={() => act.quizMenu()} />;
  } else {
    const q = currentQuestion(session);
    body = q ? (
      <QuizQuestion
        question={q}
        number={session.index + 1}
        total={session.questions.length}
        score={session.score}
        answered={currentAnswer(session)}
        onAnswer={(a) => act.answerQuiz(a)}
        onNext={() => act.nextQuestion()}
      />
    ) : null;
  }

  return (
    <aside className="side-panel quiz-panel" aria-label="Study">
      <div className="quiz-panel-bar">
        <p className="quiz-panel-title">Study</p>
        <div className="quiz-panel-bar-actions">
          {session && session.phase !== 'summary' && (
            <button type="button" className="button ghost" onClick={() => act.quizMenu()}>
              Quit quiz
            </button>
          )}
          <button type="button" className="button ghost" onClick={() => act.closeStudy()}>
            Leave study
          </button>
        </div>
      </div>
      <div className="panel-body">
        {session && session.questions.length === 0 ? (
          <div>
            <p>This body region has no items of that kind. Choose another.</p>
            <button type="button" className="button" onClick={() => act.quizMenu()}>
              Back to the menu
            </button>
          </div>
        ) : (
          body
        )}
      </div>
    </aside>
  );
}
