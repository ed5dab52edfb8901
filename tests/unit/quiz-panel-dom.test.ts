// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createElement as h } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { indexDataset } from '../../src/core/dataset/queries';
import { generateQuiz } from '../../src/core/quiz/generate';
import { reduceSession, startSession } from '../../src/core/quiz/session';
import { QuizQuestion } from '../../src/ui/quiz/QuizQuestion';
import { QuizMenu } from '../../src/ui/quiz/QuizMenu';
import { readFileSync } from 'node:fs';
import { parseDatasetText } from '../../src/core/dataset/parse';

// happy-dom replaces URL, so the fixture loader's file URLs do not work here: read by path.
const parsed = parseDatasetText(readFileSync(`${process.cwd()}/data/trigger-points.json`, 'utf8'));
if (!parsed.ok) throw new Error('data/trigger-points.json is invalid');
const index = indexDataset(parsed.data);
afterEach(cleanup);

describe('quiz question panel', () => {
  it('is answered with the keyboard alone, then shows the feedback and moves focus to "Next"', async () => {
    const spec = { kind: 'name-muscle', seed: 3, length: 2, region: null } as const;
    let s = startSession(spec, generateQuiz(spec, { index }));
    const q = s.questions[0];
    if (q?.kind !== 'name-muscle') throw new Error('no question');
    const onAnswer = vi.fn();
    const onNext = vi.fn();
    const { rerender } = render(h(QuizQuestion, { question: q, number: 1, total: 2, score: 0, answered: null, onAnswer, onNext }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(q.choices.map((c) => c.label));
    const user = userEvent.setup();
    const rightIndex = q.choices.findIndex((c) => c.id === q.muscleId);
    for (let i = 0; i <= rightIndex; i++) await user.tab();
    await user.keyboard('{Enter}');
    expect(onAnswer).toHaveBeenCalledWith({ choice: q.muscleId });

    s = reduceSession(s, { type: 'answer', answer: { choice: q.muscleId } }, index);
    rerender(h(QuizQuestion, { question: q, number: 1, total: 2, score: 1, answered: s.answers[0] ?? null, onAnswer, onNext }));
    expect(screen.getByRole('status').textContent).toMatch(/^Correct/);
    expect(screen.getByRole('button', { name: /✓ correct/ }).textContent).toContain(index.muscleById(q.muscleId)?.name);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next question' }));
    await user.keyboard('{Enter}');
    expect(onNext).toHaveBeenCalledTimes(1);
    // Choices no longer answer once answered.
    await user.click(screen.getAllByRole('button')[0]!);
    expect(onAnswer).toHaveBeenCalledTimes(1);
  });

  it('offers the list alternative for an on-body kind, marking a wrong pick', async () => {
    const spec = { kind: 'find-muscle', seed: 8, length: 1, region: null } as const;
    let s = startSession(spec, generateQuiz(spec, { index }));
    const q = s.questions[0];
    if (q?.kind !== 'find-muscle') throw new Error('no question');
    const onAnswer = vi.fn();
    const { rerender } = render(h(QuizQuestion, { question: q, number: 1, total: 1, score: 0, answered: null, onAnswer, onNext: () => {} }));
    expect(screen.getByText(/Click the muscle on the body/)).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByText('Answer from a list'));
    const list = screen.getByRole('list', { name: 'Answer from a list' });
    expect(list.querySelectorAll('button')).toHaveLength(8);
    const wrong = q.choices.find((c) => c.id !== `${q.muscleId}/${q.side}`);
    if (!wrong) throw new Error('no wrong choice');
    s = reduceSession(s, { type: 'answer', answer: { choice: wrong.id } }, index);
    rerender(h(QuizQuestion, { question: q, number: 1, total: 1, score: 0, answered: s.answers[0] ?? null, onAnswer, onNext: () => {} }));
    expect(screen.getByRole('button', { name: /✗ your answer/ }).textContent).toContain(wrong.label);
    expect(screen.getByRole('button', { name: 'See the summary' })).toBeTruthy();
  });

  it('starts a quiz from the menu with the chosen region and length, and refuses a bad seed', async () => {
    const onStart = vi.fn();
    const onReset = vi.fn();
    render(h(QuizMenu, { scheduled: 3, due: 1, onStart, onResetSchedule: onReset }));
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Body region'), 'leg');
    await user.selectOptions(screen.getByLabelText('Questions'), '10');
    await user.click(screen.getByRole('button', { name: /Which muscle refers here/ }));
    expect(onStart).toHaveBeenCalledWith({ kind: 'which-muscle', region: 'leg', length: 10, seed: null });
    await user.type(screen.getByLabelText(/Seed/), '12x');
    expect((screen.getByRole('button', { name: /Find the muscle/ }) as HTMLButtonElement).disabled).toBe(true);
    await user.clear(screen.getByLabelText(/Seed/));
    await user.type(screen.getByLabelText(/Seed/), '42');
    await user.click(screen.getByRole('button', { name: /Find the muscle/ }));
    expect(onStart).toHaveBeenLastCalledWith({ kind: 'find-muscle', region: 'leg', length: 10, seed: 42 });
    expect(screen.getByText(/3 items kept in this browser, 1 due now/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Reset my schedule' }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });
});
