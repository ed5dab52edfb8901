/** Words for the kinds of question in the study menu and the question panel. */
import type { QuizKind } from '../../core/quiz/types';

/** Title and one-line description of each kind. */
export const KIND_LABELS: Record<QuizKind, { title: string; blurb: string }> = {
  'find-muscle': { title: 'Find the muscle', blurb: 'A name is shown: click that muscle on the body (the side counts).' },
  'name-muscle': { title: 'Name the muscle', blurb: 'A muscle is lit up: choose its name from four.' },
  'where-refers': { title: 'Where does it refer?', blurb: 'A trigger point is marked: choose where it sends its pain.' },
  'which-muscle': { title: 'Which muscle refers here?', blurb: 'A painful region is painted: choose the muscle that refers there.' },
  'place-trigger-point': { title: 'Place the trigger point', blurb: 'A muscle is shown: tap where its trigger point lies.' },
};
