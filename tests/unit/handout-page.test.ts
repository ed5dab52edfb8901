// @vitest-environment happy-dom
/** The handout page and the card's handout link, rendered in a DOM: dataset text stays text, pictures and links land where expected. */
import { createElement } from 'react';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildHandout } from '../../src/core/handout/content';
import { parseHandoutRequest } from '../../src/core/handout/link';
import { HandoutPage } from '../../src/ui/handout/HandoutPage';
import { handoutHref } from '../../src/ui/card/PrintHandoutButton';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblems, parseDatasetText } from '../../src/core/dataset/parse';
import type { Dataset } from '../../src/core/dataset/schema';

// Read by path: under happy-dom the global URL is the DOM's, which the shared fixture loader cannot use.
function load(relative: string): Dataset {
  const result = parseDatasetText(readFileSync(resolve(import.meta.dirname, relative), 'utf8'));
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.data;
}
const loadRealDataset = () => load('../../data/trigger-points.json');
const loadFixture = () => load('../fixtures/mini-dataset.json');

afterEach(cleanup);
const DATE = new Date(2026, 11, 1);

describe('handout page', () => {
  it('shows each muscle with its side, its pictures, self-care, references and the disclaimer', () => {
    const data = loadRealDataset();
    const items = [{ muscleId: 'soleus', side: 'left' as const }, { muscleId: 'masseter', side: 'right' as const }];
    const handout = buildHandout(data, items, { date: DATE });
    const pictures = items.flatMap((i) => ['Back', 'Left side'].map((label) => ({ ...i, label, src: 'data:image/png;base64,AAAA', width: 720, height: 900 })));
    render(createElement(HandoutPage, { handout, pictures: { status: 'ready', pictures }, qr: 'data:image/png;base64,QR', viewUrl: 'https://atlas.example/?muscle=soleus&side=left', notices: [] }));
    const soleus = screen.getByRole('region', { name: 'Soleus, left side' });
    expect(within(soleus).getAllByRole('img')).toHaveLength(2);
    expect(within(soleus).getByText(data.muscles.find((m) => m.id === 'soleus')!.selfCare.stretch.how)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Masseter, right side' })).getByText('Right side')).toBeTruthy();
    expect(screen.getByText(data.disclaimer)).toBeTruthy();
    expect(screen.getByRole('img', { name: /QR code/ }).getAttribute('src')).toBe('data:image/png;base64,QR');
    expect(screen.getByText('1 December 2026').getAttribute('datetime')).toBe('2026-12-01');
    for (const r of handout.references) expect(screen.getByText((t) => t.startsWith(r.citation))).toBeTruthy();
  });

  it('renders dataset text as text, never as markup', () => {
    const data = structuredClone(loadFixture());
    const m = data.muscles.find((x) => x.id === 'psoas-major')!;
    m.selfCare.stretch.how = '<img src=x onerror="window.__pwned=1">Stretch';
    const handout = buildHandout(data, [{ muscleId: 'psoas-major', side: 'left' }], { date: DATE });
    const { container } = render(createElement(HandoutPage, { handout, pictures: { status: 'rendering' }, qr: null, viewUrl: '?x', notices: ['<b>bold</b>'] }));
    expect(container.querySelector('img[src="x"]')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('<img src=x onerror="window.__pwned=1">Stretch')).toBeTruthy();
    expect(screen.getByText('Drawing the pain map…')).toBeTruthy();
  });

  it('says why pictures are missing when they could not be drawn', () => {
    const data = loadFixture();
    const handout = buildHandout(data, [{ muscleId: 'upper-trapezius', side: 'left' }], { date: DATE });
    render(createElement(HandoutPage, { handout, pictures: { status: 'error', message: 'WebGL is not available' }, qr: null, viewUrl: '?x', notices: [] }));
    expect(screen.getByText(/The pictures could not be drawn: WebGL is not available/)).toBeTruthy();
  });
});

describe('the card\u2019s handout link', () => {
  it('keeps the current view and opens the handout of the muscle side', () => {
    const href = handoutHref('?muscle=soleus&side=left&view=back&skin=opaque', 'gastrocnemius', 'right');
    const p = new URLSearchParams(href);
    expect(Object.fromEntries(p)).toEqual({ muscle: 'gastrocnemius', side: 'right', view: 'back', skin: 'opaque', handout: '1' });
    expect(parseHandoutRequest(href, loadRealDataset()).items).toEqual([{ muscleId: 'gastrocnemius', side: 'right' }]);
    expect(new URLSearchParams(handoutHref('?muscles=a:left,b:left&handout=1', 'soleus', 'left')).has('muscles')).toBe(false);
  });
});
