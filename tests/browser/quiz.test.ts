/**
 * Study mode in the real app: a five-question quiz of each kind played with the mouse (on the body
 * where the kind is answered there), one with the keyboard alone, one on a phone; screenshots of a
 * question and of its feedback go to shots/.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { indexDataset } from '../../src/core/dataset/queries';
import { generateQuiz } from '../../src/core/quiz/generate';
import { correctChoiceId } from '../../src/core/quiz/choice-ids';
import type { Question, QuizKind, QuizSpec } from '../../src/core/quiz/types';
import type { QuizSession } from '../../src/core/quiz/session';
import type { QuizStage } from '../../src/core/quiz/stage';
import { loadRealDataset } from '../fixtures/load-fixture';
import { openApp, projectStable, useChromium, waitForAtlasReady, type AtlasWindow } from './harness';

const browser = useChromium();
const index = indexDataset(loadRealDataset());
const SHOTS = new URL('../../shots/', import.meta.url);
mkdirSync(SHOTS, { recursive: true });

/** The first seed from 1 whose five questions pass `ok` (so the on-body kinds ask surface muscles). */
function seedWhere(kind: QuizKind, ok: (q: Question) => boolean, region: QuizSpec['region'] = null): number {
  for (let seed = 1; seed < 5000; seed++) {
    const qs = generateQuiz({ kind, seed, length: 5, region }, { index });
    if (qs.length === 5 && qs.every(ok)) return seed;
  }
  throw new Error(`no seed gives five suitable ${kind} questions`);
}
const surface = (q: Question) => (index.muscleById(q.muscleId)?.layer ?? 9) === 1;

async function quiz(page: Page): Promise<{ session: QuizSession | null; stage: QuizStage | null; study: boolean }> {
  return page.evaluate(() => {
    const s = (window as unknown as AtlasWindow).__atlas!.store.getState();
    return JSON.parse(JSON.stringify({ session: s.quizSession, stage: s.quizStage, study: s.study })) as never;
  });
}

/** Where the session stands, for failure messages: its phase and index, or "no session". */
async function where(page: Page): Promise<string> {
  const { session, study } = await quiz(page);
  return session ? `${session.phase} ${session.index} (${session.answers.length} answered)` : `no session (study ${study})`;
}

/** Waits for the question numbered `i` (0-based) to be asked. */
async function asked(page: Page, i: number): Promise<Question> {
  const end = Date.now() + 15_000;
  for (;;) {
    const { session } = await quiz(page);
    if (session?.phase === 'asking' && session.index === i) break;
    if (Date.now() > end) throw new Error(`question ${i} was never asked; the session is at ${await where(page)}`);
    await page.waitForTimeout(100);
  }
  const q = (await quiz(page)).session?.questions[i];
  if (!q) throw new Error(`question ${i} missing`);
  return q;
}

function panel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Study' });
}

function correctLabel(q: Question): string {
  const id = correctChoiceId(q);
  const c = q.choices.find((x) => x.id === id);
  if (!c) throw new Error(`${q.itemKey}: the correct choice is not listed`);
  return c.label;
}

/** The answer button whose label is exactly `label`. */
function choiceButton(scope: Locator, label: string): Locator {
  return scope.locator('.quiz-choice').filter({ has: scope.page().locator('.quiz-choice-label', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
}

/**
 * Clicks the asked muscle on the body: for each toolbar view in turn, waits for the camera to come to rest,
 * and clicks where the scene projects the muscle once a pick there gives that muscle.
 */
async function clickAskedMuscle(page: Page, q: Question): Promise<void> {
  for (const view of ['Front', 'Back', 'Left', 'Right']) {
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: view, exact: true }).click();
    const end = Date.now() + 12_000;
    while (Date.now() < end) {
      const at = await projectStable(page, q.muscleId, q.side, end - Date.now());
      if (!at) break;
      const p = { x: Math.round(at.x), y: Math.round(at.y) };
      const hit = await page.evaluate(([px, py]) => (window as unknown as AtlasWindow).__atlas!.pickAt(px, py), [p.x, p.y] as const);
      if (hit?.muscleId === q.muscleId && hit.side === q.side) {
        await page.mouse.click(p.x, p.y);
        return;
      }
    }
  }
  throw new Error(`${q.itemKey}: the ${q.side} muscle is not in sight from any view`);
}

/** A stable, facing client point of the asked trigger point where a click would land on the asked muscle itself; null if none within `timeout`. */
async function stablePointOf(page: Page, muscleId: string, triggerPointId: string, side: string, timeout: number): Promise<{ x: number; y: number } | null> {
  const end = Date.now() + timeout;
  let last: { x: number; y: number } | null = null;
  while (Date.now() < end) {
    const p = await page.evaluate(([id, sd]) => (window as unknown as AtlasWindow).__atlas!.projectTriggerPoint(id, sd as 'left' | 'right'), [triggerPointId, side] as const);
    if (p?.facing) {
      const x = Math.round(p.x);
      const y = Math.round(p.y);
      const onCanvas = await page.evaluate(
        ([px, py, m, sd]) => {
          const hit = (window as unknown as AtlasWindow).__atlas!.pickAt(px, py);
          return document.elementFromPoint(px, py) instanceof HTMLCanvasElement && hit?.muscleId === m && hit.side === sd;
        },
        [x, y, muscleId, side] as const,
      );
      if (onCanvas && last && Math.abs(last.x - x) <= 1 && Math.abs(last.y - y) <= 1) return { x, y };
      last = onCanvas ? { x, y } : null;
    } else last = null;
    await page.waitForTimeout(250);
  }
  return null;
}

/** Taps the asked trigger point where the model puts it (the camera frames the muscle; else turn the view). */
async function tapAskedPoint(page: Page, q: Question): Promise<void> {
  if (q.kind !== 'place-trigger-point') throw new Error('not a place question');
  for (const view of [null, 'Front', 'Back', 'Left', 'Right']) {
    if (view) {
      await page.getByRole('group', { name: 'View' }).getByRole('button', { name: view, exact: true }).click();
      await page.waitForTimeout(700);
    }
    const at = await stablePointOf(page, q.muscleId, q.triggerPointId, q.side, view ? 4_000 : 8_000);
    if (at) {
      await page.mouse.click(at.x, at.y);
      return;
    }
  }
  throw new Error(`${q.itemKey} (${q.side}): the trigger point faces away from every view or lies off the canvas`);
}

async function answerWithMouse(page: Page, q: Question): Promise<void> {
  if (q.kind === 'find-muscle') await clickAskedMuscle(page, q);
  else if (q.kind === 'place-trigger-point') await tapAskedPoint(page, q);
  else await choiceButton(panel(page), correctLabel(q)).click();
}

/** Checks the feedback of question i: right, named in the panel, and shown on the body. */
async function expectFeedback(page: Page, q: Question, i: number): Promise<void> {
  await expect.poll(async () => (await quiz(page)).session?.phase, { timeout: 10_000 }).toBe('feedback');
  const { session, stage } = await quiz(page);
  const scored = session?.answers[i]?.scored;
  expect(scored?.correct, `${q.itemKey}: ${scored?.feedback}`).toBe(true);
  const status = panel(page).getByRole('status');
  await expect.poll(() => status.textContent()).toMatch(/^Correct/);
  expect(await status.textContent()).toContain(scored?.expectedLabel ?? '<none>');
  // The body shows the answer.
  if (q.kind === 'where-refers') expect(stage?.zones.essential.map((z) => z.regionId)).toContain(q.regionId);
  else if (q.kind === 'place-trigger-point') expect(stage?.triggerPoint?.triggerPointId).toBe(q.triggerPointId);
  else expect(stage?.highlight).toEqual({ muscleId: q.muscleId, side: q.side });
}

/**
 * Presses "Next question" (or "See the summary" after the fifth) and waits for the session to leave
 * question i's feedback. On the shared machine a click has been seen to leave the feedback standing
 * (CI, once in many runs); then the page is pictured (shots/quiz-next-lost.png), what the session
 * holds is printed, and the button is pressed once more: a second miss fails the test.
 */
async function goOn(page: Page, i: number): Promise<void> {
  const button = panel(page).getByRole('button', { name: i === 4 ? 'See the summary' : 'Next question' });
  const movedOn = async (timeout: number) => {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      const { session } = await quiz(page);
      if (!session || session.phase !== 'feedback' || session.index !== i) return true;
      await page.waitForTimeout(100);
    }
    return false;
  };
  await button.click();
  if (await movedOn(5_000)) return;
  await page.screenshot({ path: new URL('quiz-next-lost.png', SHOTS).pathname });
  console.warn(`quiz test: pressing "${await button.textContent()}" left the session at ${await where(page)}; the focused element is ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}; pressing it again`);
  await button.click();
  if (!(await movedOn(5_000))) throw new Error(`pressing the button twice left the session at ${await where(page)}`);
}

async function playWithMouse(page: Page, kind: QuizKind, seed: number, shots = false): Promise<void> {
  const expected = generateQuiz({ kind, seed, length: 5, region: null }, { index }).map((q) => q.itemKey);
  for (let i = 0; i < 5; i++) {
    const q = await asked(page, i);
    expect(q.itemKey).toBe(expected[i]);
    if (shots && i === 0) await page.screenshot({ path: new URL(`quiz-${kind}-question.png`, SHOTS).pathname });
    await answerWithMouse(page, q);
    await expectFeedback(page, q, i);
    if (shots && i === 0) {
      await page.waitForTimeout(900);
      await page.screenshot({ path: new URL(`quiz-${kind}-feedback.png`, SHOTS).pathname });
    }
    await goOn(page, i);
  }
  await expect.poll(() => panel(page).getByRole('heading', { level: 2 }).textContent()).toBe('You scored 5 of 5');
  await expect.poll(() => new URL(page.url()).searchParams.get('seed')).toBe(String(seed));
}

const SEEDS: Record<QuizKind, number> = {
  'find-muscle': seedWhere('find-muscle', surface),
  'name-muscle': 3,
  'where-refers': 5,
  'which-muscle': 8,
  'place-trigger-point': seedWhere('place-trigger-point', surface),
};

describe('study mode with the mouse', () => {
  for (const kind of ['name-muscle', 'where-refers', 'which-muscle', 'find-muscle', 'place-trigger-point'] as const) {
    test(`a five-question "${kind}" quiz from its link`, async () => {
      const app = await openApp(browser(), `?mode=quiz&quiz=${kind}&seed=${SEEDS[kind]}&length=5`);
      const { page } = app;
      await waitForAtlasReady(page);
      await playWithMouse(page, kind, SEEDS[kind], true);
      app.expectNoErrors();
    });
  }
});

/** Presses Tab (Shift+Tab when `back`) until the focused element passes `is`; fails after `max` presses. */
async function tabUntil(page: Page, is: string, back = false, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    const ok = await page.evaluate((src) => new Function('el', `return ${src}`)(document.activeElement) as boolean, is);
    if (ok) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`focus never reached an element where ${is}`);
}

describe('study mode with the keyboard alone', () => {
  test('Study button, menu with a seed, five "find the muscle" questions from the list (one wrong), review, schedule reset', async () => {
    const app = await openApp(browser(), '');
    const { page } = app;
    await waitForAtlasReady(page);
    await tabUntil(page, "el.textContent === 'Study'");
    await page.keyboard.press('Enter');
    await expect.poll(() => panel(page).getByRole('heading', { name: 'Study', level: 2 }).count()).toBe(1);
    await tabUntil(page, "el.id && el.labels && el.labels[0] && el.labels[0].textContent.startsWith('Seed')");
    await page.keyboard.type('42');
    await tabUntil(page, "el.textContent.startsWith('Find the muscle')", true);
    await page.keyboard.press('Enter');
    const expected = generateQuiz({ kind: 'find-muscle', seed: 42, length: 5, region: null }, { index });
    const wrongAt = 1;
    for (let i = 0; i < 5; i++) {
      const q = await asked(page, i);
      expect(q.itemKey).toBe(expected[i]?.itemKey);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
      await tabUntil(page, "el.tagName === 'SUMMARY'");
      await page.keyboard.press('Enter');
      const target = i === wrongAt ? q.choices.find((c) => c.id !== correctChoiceId(q)) : q.choices.find((c) => c.id === correctChoiceId(q));
      if (!target) throw new Error('no choice');
      await tabUntil(page, `el.classList.contains('quiz-choice') && el.querySelector('.quiz-choice-label').textContent === ${JSON.stringify(target.label)}`);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await quiz(page)).session?.phase).toBe('feedback');
      const status = (await panel(page).getByRole('status').textContent()) ?? '';
      expect(status.startsWith(i === wrongAt ? 'Not quite' : 'Correct'), status).toBe(true);
      // Focus is on the next button: Enter moves on.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(i === 4 ? 'See the summary' : 'Next question');
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => panel(page).getByRole('heading', { level: 2 }).textContent()).toBe('You scored 4 of 5');
    const review = panel(page).locator('.quiz-review li');
    await expect.poll(() => review.count()).toBe(1);
    expect(await review.textContent()).toContain(expected[wrongAt]?.prompt);
    await page.screenshot({ path: new URL('quiz-summary.png', SHOTS).pathname });
    await tabUntil(page, "el.textContent === 'New quiz'");
    await page.keyboard.press('Enter');
    await expect.poll(() => panel(page).getByText(/5 items kept in this browser/).count()).toBe(1);
    await tabUntil(page, "el.textContent === 'Reset my schedule'");
    await page.keyboard.press('Enter');
    await expect.poll(() => panel(page).getByText(/Nothing scheduled yet/).count()).toBe(1);
    expect(await page.evaluate(() => localStorage.getItem('trigger-point-atlas.quiz-schedule.v1'))).toBeNull();
    app.expectNoErrors();
  });
});

describe('study mode on a phone', () => {
  test('a five-question "which muscle refers here" quiz by touch at 390×844', async () => {
    const seed = SEEDS['which-muscle'];
    const app = await openApp(browser(), `?mode=quiz&quiz=which-muscle&seed=${seed}&length=5`, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const { page } = app;
    await waitForAtlasReady(page);
    for (let i = 0; i < 5; i++) {
      const q = await asked(page, i);
      const button = choiceButton(panel(page), correctLabel(q));
      if (i === 0) {
        await page.waitForTimeout(900);
        await page.screenshot({ path: new URL('quiz-phone-question.png', SHOTS).pathname });
      }
      // Every answer fits the phone's width and can be reached.
      for (const box of await Promise.all((await panel(page).locator('.quiz-choice').all()).map((b) => b.boundingBox()))) {
        expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      }
      await button.scrollIntoViewIfNeeded();
      await button.tap();
      await expectFeedback(page, q, i);
      if (i === 0) {
        await page.waitForTimeout(900);
        await page.screenshot({ path: new URL('quiz-phone-feedback.png', SHOTS).pathname });
      }
      const next = panel(page).getByRole('button', { name: i === 4 ? 'See the summary' : 'Next question' });
      await next.scrollIntoViewIfNeeded();
      await next.tap();
    }
    await expect.poll(() => panel(page).getByRole('heading', { level: 2 }).textContent()).toBe('You scored 5 of 5');
    // The 3D view stays in sight above the panel.
    const canvas = await page.getByTestId('viewer').boundingBox();
    expect(canvas && canvas.height > 250).toBe(true);
    app.expectNoErrors();
  });
});
