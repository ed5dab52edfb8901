/** The embed API over the app's real store: state.set equals opening the same link; actions reach the store. */
import { describe, expect, it } from 'vitest';
import { createAtlasStore, urlStateOf } from '../../src/state';
import { applySearch } from '../../src/state/url-sync';
import { createStoreController, pngSize } from '../../src/embed/store-controller';
import { defineCoreMethods } from '../../src/embed/core-methods';
import { createDispatcher } from '../../src/embed/dispatcher';
import { EventHub } from '../../src/embed/event-hub';
import { MethodRegistry } from '../../src/embed/registry';
import { rankRegions } from '../../src/core/pain/rank';
import { dataset, FakeWindow } from './embed-doubles';

function setup() {
  const store = createAtlasStore();
  store.getState().setDataset(dataset);
  store.getState().setWebgl('unavailable');
  const controller = createStoreController(store);
  const warn = () => undefined;
  const dispatcher = createDispatcher({ registry: defineCoreMethods(new MethodRegistry()), controller, hub: new EventHub({ warn }), allowedOrigins: null, warn });
  const host = new FakeWindow();
  let id = 0;
  const call = async (method: string, params: unknown = {}) => {
    await dispatcher.handleMessage({ data: { atlas: 1, id: ++id, method, params }, origin: 'https://host.example', source: host });
    return host.last() as { result?: Record<string, unknown>; error?: { code: string } };
  };
  return { store, controller, call };
}

describe('embed controller over the atlas store', () => {
  it('is ready with the data when WebGL is unavailable, and has no camera then', async () => {
    const { controller, call } = setup();
    expect(controller.snapshot()).toMatchObject({ data: true, scene: false, ready: true });
    expect((await call('camera.get')).error?.code).toBe('not-ready');
  });

  for (const link of [
    'muscle=infraspinatus&side=right&tp=infraspinatus-2&view=back&skin=opaque&bones=1&peel=1',
    'condition=tension-type-headache&skin=hidden&isolate=1&fade=1',
    'muscle=no-such-muscle&view=sideways&peel=9',
  ]) {
    it(`state.set equals opening ?${link}`, async () => {
      const { store, call } = setup();
      await call('muscle.select', { muscleId: 'deltoid', side: 'left' });
      const patch: Record<string, string | null> = { muscle: null, side: null, tp: null, condition: null };
      for (const [k, v] of new URLSearchParams(link)) patch[k] = v;
      const reply = await call('state.set', patch);
      const linked = createAtlasStore();
      linked.getState().setDataset(dataset);
      const notices = applySearch(linked, `?${link}`);
      const mine = urlStateOf(store.getState());
      const theirs = urlStateOf(linked.getState());
      expect({ ...mine, view: null }).toEqual({ ...theirs, view: null });
      expect(reply.result?.notices).toEqual(notices);
      // The link's notices show in the app, as a link's do.
      expect(store.getState().notice).toBe(notices.length > 0 ? notices.join(' ') : null);
      if (new URLSearchParams(link).get('view') === 'back') expect(store.getState().viewRequest.view).toBe('back');
    });
  }

  it('carries out the actions through the store', async () => {
    const { store, call } = setup();
    await call('triggerPoint.show', { triggerPointId: 'upper-trapezius-2', side: 'right' });
    expect(store.getState()).toMatchObject({ selected: { muscleId: 'upper-trapezius', side: 'right' }, pinnedTriggerPoint: 'upper-trapezius-2', panel: 'muscle' });
    await call('layers.set', { skin: 'hidden', peel: 3, bones: true });
    expect(store.getState()).toMatchObject({ skin: 'hidden', peel: 3, bones: true });
    const seq = store.getState().viewRequest.seq;
    await call('view.set', { view: 'left' });
    expect(store.getState().viewRequest).toMatchObject({ view: 'left', seq: seq + 1 });
    await call('condition.open', { conditionId: 'neck-pain' });
    expect(store.getState().conditionId).toBe('neck-pain');
    await call('muscle.clear');
    expect(store.getState().selected).toBeNull();
  });

  it('reads the size of a PNG data URL', () => {
    // A 3×2 PNG header (signature, IHDR length and type, width 3, height 2).
    const bytes = [137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 3, 0, 0, 0, 2, 8, 6, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(pngSize(`data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`)).toEqual({ width: 3, height: 2 });
  });
});

describe('pain.rank over the atlas store', () => {
  it('is listed, and gives the pain finder ranking in the protocol form', async () => {
    const { call } = setup();
    expect((await call('atlas.info')).result?.methods).toContain('pain.rank');
    const reply = await call('pain.rank', { regions: ['temple'], side: 'right' });
    const muscles = reply.result?.muscles as { muscleId: string; side: string; score: number; triggerPoints: string[]; essential: string[]; spillover: string[] }[];
    const direct = rankRegions(dataset, ['temple'], 'right');
    expect(muscles.map((m) => [m.muscleId, m.side, m.score])).toEqual(direct.map((m) => [m.muscleId, m.side, m.score]));
    expect(muscles.slice(0, 5).map((m) => m.muscleId)).toEqual(expect.arrayContaining(['temporalis', 'upper-trapezius']));
    const top = muscles[0]!;
    expect(top.essential.length + top.spillover.length, 'the top muscle says which regions match').toBeGreaterThan(0);
    expect(top.triggerPoints.every((id) => dataset.muscles.find((m) => m.id === top.muscleId)!.triggerPoints.some((t) => t.id === id))).toBe(true);
    expect(top.essential.filter((r) => top.spillover.includes(r))).toEqual([]);
  });
});
