/**
 * The embed message API without React: the dispatcher and the events over an in-memory controller
 * holding the real dataset, with fake windows that record what is posted to them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromSearchParams, URL_DEFAULTS } from '../../src/core/url-state';
import { createDispatcher, type MessageEventLike } from '../../src/embed/dispatcher';
import { EventHub } from '../../src/embed/event-hub';
import { defineCoreMethods } from '../../src/embed/core-methods';
import { linkStateOf } from '../../src/embed/link-state';
import { MethodRegistry } from '../../src/embed/registry';
import { startEmbedApi } from '../../src/embed/start-embed-api';
import { ERROR_CODES } from '../../src/embed/protocol/errors';
import { CORE_METHOD_NAMES, METHOD_SCHEMAS, type CoreMethodName } from '../../src/embed/protocol/methods';
import { ErrorReplySchema, EventMessageSchema, ResultReplySchema } from '../../src/embed/protocol/messages';
import { MAX_PARAMS_BYTES } from '../../src/embed/protocol/version';
import { z } from 'zod';
import { dataset, FakeWindow, MemoryController, realIndex } from './embed-doubles';

const HOST = 'https://course.example.org';

function setup(options: { allowedOrigins?: string[] | null; registry?: MethodRegistry } = {}) {
  const controller = new MemoryController();
  const warnings: string[] = [];
  const warn = (t: string) => void warnings.push(t);
  const registry = defineCoreMethods(options.registry ?? new MethodRegistry());
  const hub = new EventHub({ warn });
  const dispatcher = createDispatcher({ registry, controller, hub, allowedOrigins: options.allowedOrigins ?? null, warn });
  const host = new FakeWindow();
  const send = async (data: unknown, origin = HOST, source: unknown = host) => {
    await dispatcher.handleMessage({ data, origin, source } as MessageEventLike);
    return host.last();
  };
  /** Calls a method and returns the reply, checking it is a well-formed reply with the same id. */
  const call = async (method: string, params?: unknown, id: string | number = Math.floor(Math.random() * 1e9)) => {
    const before = host.posted.length;
    await send(params === undefined ? { atlas: 1, id, method } : { atlas: 1, id, method, params });
    expect(host.posted.length, `one reply to ${method}`).toBe(before + 1);
    const { message, targetOrigin } = host.posted.at(-1)!;
    expect(targetOrigin).toBe(HOST);
    expect(message.id).toBe(id);
    if ('error' in message) return ErrorReplySchema.parse(message);
    return ResultReplySchema.parse(message);
  };
  const result = async <M extends CoreMethodName>(method: M, params?: unknown) => {
    const reply = await call(method, params);
    if ('error' in reply) throw new Error(`${method} failed: ${reply.error.code} ${reply.error.message}`);
    // Every result matches the method's documented result schema.
    return (METHOD_SCHEMAS[method].result as z.ZodType).parse(reply.result) as z.infer<(typeof METHOD_SCHEMAS)[M]['result']>;
  };
  const error = async (method: string, params?: unknown) => {
    const reply = await call(method, params);
    if (!('error' in reply)) throw new Error(`${method} succeeded; expected an error: ${JSON.stringify(reply.result)}`);
    return reply.error;
  };
  return { controller, warnings, registry, hub, host, send, call, result, error };
}

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});
afterEach(() => {
  expect(consoleError).not.toHaveBeenCalled();
  consoleError.mockRestore();
  vi.useRealTimers();
});

describe('embed dispatcher: input it must ignore or refuse', () => {
  it('ignores, silently, anything that is not an object with atlas: 1', async () => {
    const t = setup();
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const junk: unknown[] = [
      null, undefined, 0, 1, NaN, '', 'atlas.info', '{"atlas":1,"id":1,"method":"atlas.info"}', true, [], [1, 'atlas.info'],
      {}, { atlas: 2, id: 1, method: 'atlas.info' }, { atlas: '1', id: 1, method: 'atlas.info' }, { id: 1, method: 'atlas.info' },
      new Map([['atlas', 1]]), new Uint8Array(8), new Date(), cycle, Object.create(null),
    ];
    for (const data of junk) expect(await t.send(data)).toBeUndefined();
    expect(t.host.posted).toHaveLength(0);
    expect(t.warnings).toEqual([]);
  });

  it('ignores replies and events sent back to it', async () => {
    const t = setup();
    await t.send({ atlas: 1, event: 'ready', data: {} });
    await t.send({ atlas: 1, id: 3, result: {} });
    await t.send({ atlas: 1, id: 3, error: { code: 'bad-params', message: 'x' } });
    expect(t.host.posted).toHaveLength(0);
    expect(t.warnings).toEqual([]);
  });

  it('answers a request without a usable method with unknown-method, and warns', async () => {
    const t = setup();
    for (const method of [undefined, 42, '', 'info', 'atlas.', '.info', 'atlas.info.more', 'Atlas.info', 'x'.repeat(70) + '.y', { name: 'atlas.info' }]) {
      const before = t.warnings.length;
      const reply = await t.send({ atlas: 1, id: 'r1', method });
      expect(ErrorReplySchema.parse(reply).error.code).toBe('unknown-method');
      expect(t.warnings.length).toBe(before + 1);
    }
  });

  it('answers an unknown method with unknown-method', async () => {
    const t = setup();
    const e = await t.error('muscle.explode', {});
    expect(e.code).toBe('unknown-method');
    expect(e.message).toContain('muscle.explode');
    expect(t.warnings.some((w) => w.includes('muscle.explode'))).toBe(true);
  });

  it('answers bad params with bad-params, naming the field', async () => {
    const t = setup();
    t.controller.rankPain = () => [];
    const cases: [string, unknown, string?][] = [
      ['muscle.select', {}, 'muscleId'],
      ['muscle.select', { muscleId: 7 }, 'muscleId'],
      ['muscle.select', { muscleId: 'upper-trapezius', side: 'middle' }, 'side'],
      ['muscle.select', { muscleId: 'upper-trapezius', extra: 1 }],
      ['muscle.select', 'upper-trapezius'],
      ['muscle.select', ['upper-trapezius']],
      ['muscle.select', null],
      ['view.set', { view: 'sideways' }, 'view'],
      ['layers.set', { peel: 99 }, 'peel'],
      ['layers.set', { peel: 1.5 }, 'peel'],
      ['layers.set', { skin: 'glass' }, 'skin'],
      ['camera.set', { position: [0, 1], target: [0, 0, 0] }, 'position'],
      ['camera.set', { position: [0, 1, 1e9], target: [0, 0, 0] }, 'position'],
      ['view.capture', { width: 1e6 }, 'width'],
      ['events.subscribe', { events: ['muscle.exploded'] }, 'events'],
      ['state.set', { muscle: { id: 'x' } }, 'muscle'],
      ['state.set', { colour: 'red' }],
      ['pain.rank', { regions: [] }, 'regions'],
    ];
    for (const [method, params, field] of cases) {
      const e = await t.error(method, params);
      expect(e.code, `${method} ${JSON.stringify(params)}`).toBe('bad-params');
      if (field) expect(e.message).toContain(field);
    }
  });

  it('refuses params that are not plain JSON data or are over 64 KB', async () => {
    const t = setup();
    const cycle: Record<string, unknown> = { muscleId: 'deltoid' };
    cycle.self = cycle;
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = { a: deep };
    for (const params of [cycle, new Map([['muscleId', 'deltoid']]), { muscleId: new Date() }, deep, { muscleId: 'a', n: Infinity }]) {
      expect((await t.error('muscle.select', params)).code).toBe('bad-params');
    }
    const big = { muscle: 'x'.repeat(MAX_PARAMS_BYTES + 10) };
    const e = await t.error('state.set', big);
    expect(e.code).toBe('bad-params');
    expect(e.message).toContain('64 KB');
    const manyKeys = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]));
    expect((await t.error('atlas.info', manyKeys)).message).toContain('64 KB');
  });

  it('does not reply without a usable id, but warns about a bad one', async () => {
    const t = setup();
    await t.send({ atlas: 1, method: 'muscle.select', params: { muscleId: 'deltoid' } });
    expect(t.host.posted).toHaveLength(0);
    expect(t.controller.url.selected?.muscleId).toBe('deltoid');
    await t.send({ atlas: 1, id: { n: 1 }, method: 'atlas.info' });
    await t.send({ atlas: 1, id: '', method: 'atlas.info' });
    await t.send({ atlas: 1, id: 'x'.repeat(500), method: 'atlas.info' });
    expect(t.host.posted).toHaveLength(0);
    expect(t.warnings.filter((w) => w.includes('request id'))).toHaveLength(3);
  });

  it('refuses every method to an origin outside the allow-list with forbidden, and serves allowed ones', async () => {
    const t = setup({ allowedOrigins: ['https://lms.example.edu'] });
    const reply = await t.send({ atlas: 1, id: 9, method: 'muscle.select', params: { muscleId: 'deltoid' } });
    expect(ErrorReplySchema.parse(reply)).toMatchObject({ id: 9, error: { code: 'forbidden' } });
    expect(t.host.posted[0]!.targetOrigin).toBe(HOST);
    expect(t.controller.url.selected).toBeNull();
    const ok = await t.send({ atlas: 1, id: 10, method: 'atlas.info' }, 'https://lms.example.edu');
    expect(ResultReplySchema.parse(ok).id).toBe(10);
    expect(t.host.posted.at(-1)!.targetOrigin).toBe('https://lms.example.edu');
  });

  it('survives a source it cannot reply to and a window whose postMessage throws', async () => {
    const t = setup();
    await t.send({ atlas: 1, id: 1, method: 'atlas.info' }, HOST, null);
    await t.send({ atlas: 1, id: 1, method: 'atlas.info' }, HOST, { postMessage: 'no' });
    const broken = { postMessage: () => { throw new DOMException('cannot clone', 'DataCloneError'); } };
    await t.send({ atlas: 1, id: 1, method: 'atlas.info' }, HOST, broken);
    expect(t.warnings).toHaveLength(3);
    expect(t.warnings[2]).toContain('cannot clone');
  });

  it('replies to the "null" origin of a sandboxed host with target "*"', async () => {
    const t = setup();
    await t.send({ atlas: 1, id: 'n', method: 'atlas.info' }, 'null');
    expect(t.host.posted[0]!.targetOrigin).toBe('*');
  });

  it('turns an unexpected failure inside a method into a not-ready reply, never an exception', async () => {
    const t = setup();
    t.controller.capture = () => Promise.reject(new Error('context lost'));
    t.controller.selectMuscle = () => {
      throw new TypeError('store broke');
    };
    const a = await t.error('view.capture', {});
    expect(a).toEqual({ code: 'not-ready', message: expect.stringContaining('context lost') });
    expect((await t.error('muscle.select', { muscleId: 'deltoid' })).message).toContain('store broke');
    expect(t.warnings).toHaveLength(2);
  });

  it('uses only the five error codes of protocol version 1', () => {
    expect([...ERROR_CODES]).toEqual(['unknown-method', 'bad-params', 'not-found', 'not-ready', 'forbidden']);
  });
});

describe('embed dispatcher: readiness and unknown ids', () => {
  it('answers not-ready before the data is loaded, and for the camera without a 3D view', async () => {
    const t = setup();
    t.controller.data = false;
    t.controller.scene = false;
    expect((await t.result('atlas.info')).ready).toBe(false);
    for (const m of ['state.get', 'muscle.select', 'data.muscles'] as const) {
      expect((await t.error(m, m === 'muscle.select' ? { muscleId: 'deltoid' } : {})).code).toBe('not-ready');
    }
    t.controller.data = true;
    expect((await t.result('state.get')).muscle).toBeNull();
    for (const m of ['camera.get', 'view.capture'] as const) expect((await t.error(m, {})).code).toBe('not-ready');
  });

  it('answers unknown dataset ids with not-found and changes nothing', async () => {
    const t = setup();
    expect((await t.error('muscle.select', { muscleId: 'no-such-muscle' })).code).toBe('not-found');
    expect((await t.error('data.muscle', { muscleId: 'no-such-muscle' })).code).toBe('not-found');
    expect((await t.error('triggerPoint.show', { triggerPointId: 'upper-trapezius-99' })).code).toBe('not-found');
    expect((await t.error('condition.open', { conditionId: 'no-such-condition' })).code).toBe('not-found');
    t.controller.rankPain = () => [];
    expect((await t.error('pain.rank', { regions: ['forehead', 'no-such-region'] })).message).toContain('no-such-region');
    expect(t.controller.url).toEqual(URL_DEFAULTS);
  });
});

describe('embed methods over the real dataset', () => {
  it('lists its methods and events in atlas.info', async () => {
    const t = setup();
    const info = await t.result('atlas.info');
    expect(info.version).toBe(1);
    expect(info.ready).toBe(true);
    // pain.rank is listed only where the atlas has a ranking.
    expect(info.methods).toEqual(CORE_METHOD_NAMES.filter((m) => m !== 'pain.rank'));
    expect(info.events).toEqual(['ready', 'muscle.selected', 'muscle.cleared', 'muscle.hovered', 'view.changed', 'state.changed', 'quiz.answered', 'quiz.finished']);
  });

  it('selects, shows trigger points, opens conditions, sets views and layers', async () => {
    const t = setup();
    expect(await t.result('muscle.select', { muscleId: 'upper-trapezius', side: 'right' })).toEqual({ muscleId: 'upper-trapezius', side: 'right' });
    expect(t.controller.url.selected).toEqual({ muscleId: 'upper-trapezius', side: 'right' });
    // The side stays when not given.
    expect((await t.result('muscle.select', { muscleId: 'infraspinatus' })).side).toBe('right');
    expect(await t.result('triggerPoint.show', { triggerPointId: 'upper-trapezius-2' })).toEqual({
      triggerPointId: 'upper-trapezius-2', muscleId: 'upper-trapezius', side: 'left',
    });
    expect(t.controller.url.focusedTriggerPoint).toBe('upper-trapezius-2');
    expect(await t.result('muscle.clear')).toEqual({});
    expect(t.controller.url.selected).toBeNull();
    const condition = await t.result('condition.open', { conditionId: 'tension-type-headache' });
    expect(condition.muscles).toContain('upper-trapezius');
    expect(condition.muscles).toEqual(realIndex.musclesOfCondition('tension-type-headache').map((m) => m.id));
    expect(await t.result('view.set', { view: 'back' })).toEqual({ view: 'back' });
    expect(t.controller.view).toBe('back');
    expect(await t.result('layers.set', { skin: 'hidden', peel: 2 })).toEqual({ skin: 'hidden', bones: false, peel: 2, isolate: false, fade: false });
    expect(await t.result('state.get')).toMatchObject({ condition: 'tension-type-headache', view: 'back', skin: 'hidden', peel: 2 });
  });

  it('applies state.set exactly as the same link, notices included', async () => {
    const t = setup();
    const patch = { muscle: 'infraspinatus', side: 'right', tp: 'infraspinatus-2', view: 'back', bones: true, peel: 1, skin: 'opaque' };
    const got = await t.result('state.set', patch);
    const link = fromSearchParams('muscle=infraspinatus&side=right&tp=infraspinatus-2&view=back&bones=1&peel=1&skin=opaque', realIndex);
    expect(got).toEqual({ state: linkStateOf(link.state), notices: [] });
    expect(t.controller.url).toEqual(link.state);

    // Bad values are dropped with the link's own notices, and the rest still applies.
    const bad = await t.result('state.set', { view: 'sideways', fade: 1, muscle: 'no-such-muscle' });
    const badLink = fromSearchParams('muscle=no-such-muscle&side=right&view=sideways&bones=1&peel=1&skin=opaque&fade=1', realIndex);
    expect(bad.notices).toEqual(badLink.notices);
    expect(bad.notices.length).toBe(2);
    expect(bad.state).toEqual(linkStateOf(badLink.state));
    expect(t.controller.appliedNotices).toEqual(badLink.notices);

    // null removes a parameter: back to the default.
    expect((await t.result('state.set', { bones: null, peel: null })).state).toMatchObject({ bones: false, peel: 0 });
  });

  it('drops the trigger point when state.set picks another muscle', async () => {
    const t = setup();
    await t.result('state.set', { muscle: 'upper-trapezius', tp: 'upper-trapezius-1' });
    const got = await t.result('state.set', { muscle: 'infraspinatus' });
    expect(got.state).toMatchObject({ muscle: 'infraspinatus', tp: null });
    expect(got.notices).toEqual([]);
  });

  it('gets and sets the camera, and captures the view', async () => {
    const t = setup();
    const pose = { position: [1, 1.5, 2] as [number, number, number], target: [0, 1.2, 0] as [number, number, number] };
    expect(await t.result('camera.set', pose)).toEqual(pose);
    expect(await t.result('camera.get')).toEqual(pose);
    expect(await t.result('view.capture', { width: 320, height: 240 })).toMatchObject({ width: 320, height: 240 });
  });

  it('lists every muscle of the dataset and returns one in full, as data', async () => {
    const t = setup();
    const { muscles } = await t.result('data.muscles');
    expect(muscles.map((m) => m.id).sort()).toEqual(dataset.muscles.map((m) => m.id).sort());
    const ut = muscles.find((m) => m.id === 'upper-trapezius')!;
    expect(ut.triggerPoints.map((tp) => tp.id)).toEqual(['upper-trapezius-1', 'upper-trapezius-2']);
    const { muscle } = await t.result('data.muscle', { muscleId: 'upper-trapezius' });
    expect(muscle).toEqual(realIndex.muscleById('upper-trapezius'));
    expect(muscle).not.toBe(realIndex.muscleById('upper-trapezius'));
  });

  it('calls the ranking with the regions once each and returns its result', async () => {
    const t = setup();
    expect((await t.error('pain.rank', { regions: ['forehead'] })).code).toBe('unknown-method');
    const rank = vi.fn(() => [{ muscleId: 'upper-trapezius', side: 'left' as const, score: 0.8, triggerPoints: ['upper-trapezius-1'], essential: ['temple'], spillover: [] }]);
    t.controller.rankPain = rank;
    const got = await t.result('pain.rank', { regions: ['forehead', 'forehead', 'vertex'], side: 'left' });
    expect(rank).toHaveBeenCalledWith(['forehead', 'vertex'], 'left');
    expect(got.muscles[0]!.muscleId).toBe('upper-trapezius');
    expect((await t.result('atlas.info')).methods).toContain('pain.rank');
  });

  it('answers every core method with a reply that carries the request id', async () => {
    const t = setup();
    t.controller.rankPain = () => [];
    const params: Record<CoreMethodName, unknown> = {
      'atlas.info': undefined, 'events.subscribe': { events: ['muscle.selected'] }, 'state.get': {}, 'state.set': { view: 'left' },
      'muscle.select': { muscleId: 'deltoid' }, 'muscle.clear': {}, 'triggerPoint.show': { triggerPointId: 'infraspinatus-1' },
      'condition.open': { conditionId: 'neck-pain' }, 'view.set': { view: 'top' }, 'camera.get': {},
      'camera.set': { position: [0, 1, 2], target: [0, 1, 0] }, 'layers.set': { fade: true }, 'pain.rank': { regions: ['vertex'] },
      'view.capture': {}, 'data.muscles': {}, 'data.muscle': { muscleId: 'deltoid' },
    };
    for (const [i, method] of CORE_METHOD_NAMES.entries()) {
      const id = i % 2 === 0 ? `req-${i}` : i;
      const reply = await t.call(method, params[method], id);
      expect('result' in reply, `${method}: ${JSON.stringify(reply)}`).toBe(true);
    }
    expect(t.warnings).toEqual([]);
  });
});

describe('embed registry', () => {
  it('takes methods and info from other features', async () => {
    const registry = new MethodRegistry();
    registry.define('quiz.start', { params: z.object({ kind: z.string() }).strict(), needs: 'data', run: (p) => ({ started: p.kind }) });
    registry.extendInfo(() => ({ quizKinds: ['name-the-muscle'] }));
    const t = setup({ registry });
    const info = await t.result('atlas.info');
    expect(info.methods).toContain('quiz.start');
    expect(info.quizKinds).toEqual(['name-the-muscle']);
    const reply = await t.call('quiz.start', { kind: 'name-the-muscle' });
    expect(reply).toMatchObject({ result: { started: 'name-the-muscle' } });
    expect(() => registry.define('quiz.start', { params: z.object({}), needs: 'nothing', run: () => null })).toThrow(/already defined/);
    expect(() => registry.define('quiz', { params: z.object({}), needs: 'nothing', run: () => null })).toThrow(/namespace\.verb/);
  });
});

describe('embed events', () => {
  function started(allowedOrigins: string[] | null = null) {
    const controller = new MemoryController();
    controller.data = false;
    controller.scene = false;
    const parent = new FakeWindow();
    let listener: ((e: MessageEventLike) => void) | null = null;
    const win = {
      parent,
      postMessage: () => undefined,
      addEventListener: (_t: 'message', l: (e: MessageEventLike) => void) => void (listener = l),
      removeEventListener: () => void (listener = null),
    };
    const warnings: string[] = [];
    const api = startEmbedApi(win, { controller, allowedOrigins, warn: (t) => void warnings.push(t), hoverThrottleMs: 100 });
    const deliver = async (data: unknown, source: FakeWindow, origin = HOST) => {
      listener?.({ data, origin, source });
      await new Promise((r) => setTimeout(r, 0));
    };
    const events = (w: FakeWindow) => w.posted.filter((p) => 'event' in p.message).map((p) => EventMessageSchema.parse(p.message));
    return { controller, parent, api, deliver, events, warnings, listening: () => listener !== null };
  }

  it('posts ready to the parent once, when the atlas becomes ready', () => {
    const s = started();
    expect(s.parent.posted).toHaveLength(0);
    s.controller.data = true;
    s.controller.notify();
    expect(s.parent.posted).toHaveLength(0);
    s.controller.scene = true;
    s.controller.notify();
    s.controller.notify();
    expect(s.events(s.parent)).toEqual([
      { atlas: 1, event: 'ready', data: { version: 1, methods: CORE_METHOD_NAMES.filter((m) => m !== 'pain.rank'), events: expect.any(Array) } },
    ]);
    expect(s.parent.posted[0]!.targetOrigin).toBe('*');
  });

  it('addresses ready to the allowed origins only', () => {
    const s = started(['https://a.example', 'https://b.example']);
    s.controller.data = s.controller.scene = true;
    s.controller.notify();
    expect(s.parent.posted.map((p) => p.targetOrigin)).toEqual(['https://a.example', 'https://b.example']);
  });

  it('posts state events to the windows that subscribed, and only the events they asked for', async () => {
    const s = started();
    s.controller.data = s.controller.scene = true;
    const all = new FakeWindow();
    const some = new FakeWindow();
    const none = new FakeWindow();
    await s.deliver({ atlas: 1, id: 1, method: 'events.subscribe' }, all);
    await s.deliver({ atlas: 1, id: 2, method: 'events.subscribe', params: { events: ['muscle.selected'] } }, some);
    expect(some.last()).toMatchObject({ result: { events: ['muscle.selected'] } });
    s.controller.selectMuscle('deltoid', 'left');
    s.controller.setView('back');
    s.controller.clearSelection();
    expect(s.events(all).map((e) => e.event)).toEqual(['muscle.selected', 'state.changed', 'view.changed', 'state.changed', 'muscle.cleared', 'state.changed']);
    expect(s.events(all)[0]!.data).toEqual({ muscleId: 'deltoid', side: 'left' });
    expect(s.events(all)[1]!.data).toEqual({ state: expect.objectContaining({ muscle: 'deltoid', side: 'left' }) });
    expect(s.events(some).map((e) => e.event)).toEqual(['muscle.selected']);
    expect(none.posted).toHaveLength(0);
    // An empty list unsubscribes.
    await s.deliver({ atlas: 1, id: 3, method: 'events.subscribe', params: { events: [] } }, all);
    s.controller.selectMuscle('infraspinatus', 'right');
    expect(s.events(all).filter((e) => e.event === 'muscle.selected')).toHaveLength(1);
    expect(s.events(some).filter((e) => e.event === 'muscle.selected')).toHaveLength(2);
    s.api.stop();
    expect(s.listening()).toBe(false);
  });

  it('throttles muscle.hovered: the first at once, then the latest after the gap', async () => {
    const s = started();
    s.controller.data = s.controller.scene = true;
    const host = new FakeWindow();
    await s.deliver({ atlas: 1, id: 1, method: 'events.subscribe', params: { events: ['muscle.hovered'] } }, host);
    vi.useFakeTimers();
    const names = ['deltoid', 'infraspinatus', 'supraspinatus', 'teres-major'];
    for (const muscleId of names) {
      s.controller.hovered = { muscleId, side: 'left' };
      s.controller.notify();
      vi.advanceTimersByTime(10);
    }
    s.controller.hovered = null;
    s.controller.notify();
    expect(s.events(host).map((e) => e.data)).toEqual([{ muscleId: 'deltoid', side: 'left' }]);
    vi.advanceTimersByTime(100);
    expect(s.events(host).map((e) => e.data)).toEqual([{ muscleId: 'deltoid', side: 'left' }, null]);
    vi.advanceTimersByTime(1000);
    expect(s.events(host)).toHaveLength(2);
  });
});
