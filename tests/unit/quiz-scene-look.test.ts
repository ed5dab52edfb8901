import { describe, expect, it } from 'vitest';
import { createAtlasStore, type AtlasState } from '../../src/state/store';
import type { QuizStage } from '../../src/core/quiz/stage';
import { muscleLook } from '../../src/scene/muscles/muscle-look';
import { quizFrameKey } from '../../src/scene/quiz/quiz-frame';

const stage = (over: Partial<QuizStage>): QuizStage => ({
  highlight: null,
  wrong: null,
  triggerPoint: null,
  zones: { essential: [], spillover: [] },
  pick: null,
  tapped: null,
  focus: null,
  ...over,
});
const state = (over: Partial<AtlasState>): AtlasState => ({ ...createAtlasStore().getState(), ...over });

describe('the body in study mode', () => {
  it('lights up the quiz muscle, not the selection or the hover, so nothing gives the answer away', () => {
    const s = state({
      study: true,
      quizStage: stage({ highlight: { muscleId: 'soleus', side: 'left' }, wrong: { muscleId: 'soleus', side: 'right' } }),
      selected: { muscleId: 'piriformis', side: 'left' },
      hovered: { muscleId: 'gracilis', side: 'left' },
      peel: 1,
    });
    expect(muscleLook(s, 'soleus', 'left', 1)).toBe('selected');
    expect(muscleLook(s, 'soleus', 'right', 2)).toBe('condition');
    expect(muscleLook(s, 'piriformis', 'left', 3)).toBe('normal');
    expect(muscleLook(s, 'gracilis', 'left', 2)).toBe('normal');
    expect(muscleLook(s, 'sartorius', 'left', 1)).toBe('hidden');
    // Outside study mode the same state shows the selection.
    expect(muscleLook({ ...s, study: false }, 'piriformis', 'left', 3)).toBe('selected');
  });

  it('moves the camera when what the quiz frames changes, and only then', () => {
    const muscle = stage({ focus: { muscleId: 'soleus', side: 'left' } });
    const withZone = stage({ focus: { muscleId: 'soleus', side: 'left' }, zones: { essential: [{ regionId: 'heel', side: 'left' }], spillover: [] } });
    const zoneOnly = stage({ zones: { essential: [{ regionId: 'heel', side: 'right' }], spillover: [] } });
    const keys = [quizFrameKey(null), quizFrameKey(stage({})), quizFrameKey(muscle), quizFrameKey(withZone), quizFrameKey(zoneOnly)];
    expect(new Set(keys).size).toBe(keys.length);
    expect(quizFrameKey(stage({ focus: { muscleId: 'soleus', side: 'left' }, pick: 'point' }))).toBe(quizFrameKey(muscle));
  });
});
