/**
 * The patient handout: printed to PDF by Chromium and read back with poppler (pdfinfo, pdftotext,
 * pdfimages): names and sides, pain-map pictures, self-care text, references and disclaimer, on at
 * most two A4 or Letter pages. The PDF and a PNG of each page are kept in shots/handout/ to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { muscleCard, openApp, READY_TIMEOUT, useChromium, waitForAtlasReady } from './harness';

const browser = useChromium();
const OUT = resolve(import.meta.dirname, '../../shots/handout');
const DATA = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/trigger-points.json'), 'utf8')) as {
  disclaimer: string;
  references: { id: string; citation: string }[];
  muscles: { id: string; name: string; selfCare: Record<'stretch' | 'pressureRelease', { how: string }> }[];
};
const muscle = (id: string) => {
  const m = DATA.muscles.find((x) => x.id === id);
  if (!m) throw new Error(`no muscle ${id} in the dataset`);
  return m;
};

/** Runs a poppler tool, failing with the fix when poppler-utils is missing. */
function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} is missing: install poppler-utils (apt-get install -y poppler-utils)`, { cause: error });
    throw error;
  }
}
/** Collapses whitespace and line-break hyphenation so wrapped PDF text can be searched. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

async function waitForHandout(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.handoutReady !== undefined, null, { timeout: READY_TIMEOUT, polling: 250 });
  const state = await page.evaluate(() => document.documentElement.dataset.handoutReady);
  const notice = await page.locator('.handout-notices').allTextContents();
  expect(state, `handout ready state (notices: ${notice.join(' | ')})`).toBe('true');
}

async function printToPdf(page: Page, name: string, format: 'A4' | 'Letter'): Promise<{ file: string; pages: number; text: string; images: { width: number; height: number }[] }> {
  mkdirSync(OUT, { recursive: true });
  const file = resolve(OUT, `${name}-${format}.pdf`);
  writeFileSync(file, await page.pdf({ format, printBackground: true }));
  const info = poppler('pdfinfo', [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
  const text = poppler('pdftotext', ['-layout', file, '-']);
  const images = poppler('pdfimages', ['-list', file])
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length > 4 && cols[2] === 'image')
    .map((cols) => ({ width: Number(cols[3]), height: Number(cols[4]) }));
  poppler('pdftoppm', ['-r', '70', '-png', file, resolve(OUT, `${name}-${format}`)]);
  return { file, pages, text, images };
}

describe('patient handout', () => {
  const ITEMS = [
    { id: 'upper-trapezius', side: 'right', sideText: 'Right side' },
    { id: 'infraspinatus', side: 'left', sideText: 'Left side' },
  ] as const;
  const query = `?muscles=${ITEMS.map((i) => `${i.id}:${i.side}`).join(',')}&handout=1`;

  test('two muscles print to at most two A4 pages with names, sides, pictures, self-care, references and disclaimer', async () => {
    const app = await openApp(browser(), query, { viewport: { width: 900, height: 1200 } });
    await waitForHandout(app.page);
    const pdf = await printToPdf(app.page, 'two-muscles', 'A4');
    expect(pdf.pages, pdf.file).toBeGreaterThanOrEqual(1);
    expect(pdf.pages, `${pdf.file} fits on two pages`).toBeLessThanOrEqual(2);
    const text = flat(pdf.text);
    for (const item of ITEMS) {
      const m = muscle(item.id);
      expect(text).toContain(`${m.name} ${item.sideText}`);
      // The muscle's own stretch and pressure-release text (its first words, as wrapping may split later ones).
      expect(text).toContain(flat(m.selfCare.stretch.how).split(' ').slice(0, 8).join(' '));
      expect(text).toContain(flat(m.selfCare.pressureRelease.how).split(' ').slice(0, 8).join(' '));
    }
    expect(text).toContain('A gentle stretch');
    expect(text).toContain('Do not do this if');
    expect(text).toContain('When to see a clinician');
    const hanten = DATA.references.find((r) => r.id === 'hanten-2000')!;
    expect(text).toContain(flat(hanten.citation).slice(0, 40));
    expect(text).toContain(flat(DATA.disclaimer).slice(0, 60));
    expect(text).toMatch(/Given on \d{1,2} [A-Z][a-z]+ \d{4}/);
    // Pain-map pictures: at least two per muscle, at print resolution; plus the QR code.
    const maps = pdf.images.filter((i) => i.width >= 600 && i.height >= 700);
    expect(maps.length, JSON.stringify(pdf.images)).toBeGreaterThanOrEqual(2 * ITEMS.length);
    expect(pdf.images.some((i) => i.width === i.height && i.width >= 100 && i.width < 600), 'a square QR code image').toBe(true);
    app.expectNoErrors();
  });

  test('the same handout fits on at most two Letter pages, and its link leads back to the view', async () => {
    const app = await openApp(browser(), query, { viewport: { width: 900, height: 1200 } });
    await waitForHandout(app.page);
    const href = await app.page.locator('.handout-link a').getAttribute('href');
    const back = new URL(href ?? '');
    expect(back.searchParams.get('muscle')).toBe('upper-trapezius');
    expect(back.searchParams.get('side')).toBe('right');
    expect(back.searchParams.has('handout')).toBe(false);
    const pdf = await printToPdf(app.page, 'two-muscles', 'Letter');
    expect(pdf.pages, pdf.file).toBeLessThanOrEqual(2);
    app.expectNoErrors();
  });

  test('a one-muscle link with an unknown extra muscle still prints, and says what it dropped', async () => {
    const app = await openApp(browser(), '?muscles=soleus:left,not-a-muscle:left&handout=1', { viewport: { width: 900, height: 1200 } });
    await waitForHandout(app.page);
    await expect.poll(() => app.page.locator('.handout-notices').textContent()).toContain('Unknown muscle "not-a-muscle"');
    const pdf = await printToPdf(app.page, 'one-muscle', 'A4');
    expect(pdf.pages).toBeLessThanOrEqual(2);
    expect(flat(pdf.text)).toContain('Soleus Left side');
    app.expectNoErrors();
  });

  test('the handout draws its pictures and QR code under the app’s Content-Security-Policy', async () => {
    expect(inject('cspError'), 'the CSP server started').toBe('');
    const app = await openApp(browser(), '?muscle=masseter&side=left&handout=1', { base: inject('cspUrl'), viewport: { width: 900, height: 1200 } });
    await waitForHandout(app.page);
    expect(await app.page.locator('.handout-pictures img').count()).toBeGreaterThanOrEqual(2);
    expect(await app.page.locator('.handout-qr img').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    app.expectNoErrors();
  });
});

describe('muscle card and printing the atlas view', () => {
  test('the card shows how the points are found, what keeps them going and self-care, and its Print handout opens the handout', async () => {
    const app = await openApp(browser(), '?muscle=subscapularis&side=right&view=back', { viewport: { width: 1280, height: 900 } });
    await waitForAtlasReady(app.page);
    const card = muscleCard(app.page);
    await card.waitFor({ state: 'visible' });
    const text = flat((await card.textContent()) ?? '');
    expect(text).toContain('How a clinician finds them');
    expect(text).toContain('Not palpable (reached only with a needle)');
    expect(text).toContain('What can keep them going');
    expect(text).toContain(flat(muscle('subscapularis').selfCare.stretch.how));
    const link = card.getByRole('link', { name: 'Print handout' });
    const href = new URL((await link.getAttribute('href')) ?? '', app.page.url());
    expect(Object.fromEntries(href.searchParams)).toMatchObject({ muscle: 'subscapularis', side: 'right', handout: '1' });
    const [handout] = await Promise.all([app.page.context().waitForEvent('page'), link.click()]);
    await waitForHandout(handout);
    expect(await handout.getByRole('heading', { level: 2 }).first().textContent()).toMatch(/^Subscapularis\s*Right side$/);
    expect(await handout.locator('.handout-pictures img').count()).toBeGreaterThanOrEqual(2);
    // Its link back keeps the view the card was showing.
    const back = new URL((await handout.locator('.handout-link a').getAttribute('href')) ?? '');
    expect(back.searchParams.get('view')).toBe('back');
    app.expectNoErrors();
  });

  test('printing the atlas view gives the 3D view and the whole card, without the toolbar', async () => {
    const app = await openApp(browser(), '?muscle=upper-trapezius&side=left&view=back', { viewport: { width: 1280, height: 900 } });
    await waitForAtlasReady(app.page);
    await muscleCard(app.page).waitFor({ state: 'visible' });
    // Chromium fires beforeprint for page.pdf(); the snapshot image replaces the live canvas.
    const pdf = await printToPdf(app.page, 'atlas-view', 'A4');
    const text = flat(pdf.text);
    expect(text).toContain('Upper trapezius');
    expect(text).toContain(flat(muscle('upper-trapezius').selfCare.pressureRelease.how).split(' ').slice(0, 8).join(' '));
    expect(text).toContain(flat(DATA.disclaimer).slice(0, 60));
    expect(text, 'the toolbar is not printed').not.toMatch(/Reset the camera|See-through/);
    expect(pdf.images.some((i) => i.width >= 400), `a picture of the 3D view: ${JSON.stringify(pdf.images)}`).toBe(true);
    app.expectNoErrors();
  });
});
