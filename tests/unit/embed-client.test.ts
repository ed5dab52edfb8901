/**
 * The host-side client (src/embed/client/atlas-embed.ts) talking to the real message API through
 * two fake windows that pass structured clones with origins, as postMessage does. Also its size
 * budget, and that its hand-written types agree with the protocol's schemas.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { AtlasError, connect, type Atlas } from '../../src/embed/client/atlas-embed';
import type { AtlasEvents, AtlasMethods } from '../../src/embed/client/atlas-embed-types';
import { startEmbedApi, type EmbedApi } from '../../src/embed/start-embed-api';
import type { MessageEventLike } from '../../src/embed/dispatcher';
import type { EVENT_SCHEMAS } from '../../src/embed/protocol/events';
import type { METHOD_SCHEMAS, CoreMethodName } from '../../src/embed/protocol/methods';
import { bundleEmbedClient, CLIENT_GZIP_BUDGET, gzipSize } from '../../scripts/build-embed-client';
import { MemoryController } from './embed-doubles';

const HOST = 'https://course.example.org';
const ATLAS = 'https://atlas.example.org';

/** The host page's global event target, standing in for its window. */
let hostEvents: EventTarget;

function deliverToHost(data: unknown, source: unknown, origin: string) {
  hostEvents.dispatchEvent(Object.assign(new Event('message'), { data: structuredClone(data), source, origin }));
}

/** A framed atlas: its window (what the host posts to), its controller and its running API. */
function frame(src = `${ATLAS}/?embed=1`) {
  const controller = new MemoryController();
  controller.data = false;
  controller.scene = false;
  let listener: ((e: MessageEventLike) => void) | null = null;
  const hostWindow = {
    postMessage: (message: unknown, targetOrigin: string) => {
      if (targetOrigin === '*' || targetOrigin === HOST) deliverToHost(message, atlasWindow, ATLAS);
    },
  };
  const received: unknown[] = [];
  const atlasWindow = {
    parent: hostWindow as { postMessage(m: unknown, o: string): void },
    // What the host's postMessage does: checks the target origin, then delivers a clone.
    postMessage: (message: unknown, targetOrigin: string) => {
      if (targetOrigin !== '*' && targetOrigin !== ATLAS) throw new Error(`target origin ${targetOrigin} does not match ${ATLAS}`);
      received.push(message);
      setTimeout(() => listener?.({ data: structuredClone(message), origin: HOST, source: hostWindow }), 0);
    },
    addEventListener: (_t: 'message', l: (e: MessageEventLike) => void) => void (listener = l),
    removeEventListener: () => void (listener = null),
    location: { origin: ATLAS },
  };
  const warnings: string[] = [];
  let api: EmbedApi | null = null;
  const start = () => (api = startEmbedApi(atlasWindow, { controller, allowedOrigins: null, warn: (t) => void warnings.push(t) }));
  const ready = () => {
    controller.data = controller.scene = true;
    controller.notify();
  };
  const iframe = { src, contentWindow: atlasWindow } as unknown as HTMLIFrameElement;
  return { controller, iframe, start, ready, warnings, received, stop: () => api?.stop() };
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

let connections: Atlas[] = [];
beforeEach(() => {
  hostEvents = new EventTarget();
  vi.stubGlobal('addEventListener', hostEvents.addEventListener.bind(hostEvents));
  vi.stubGlobal('removeEventListener', hostEvents.removeEventListener.bind(hostEvents));
  vi.stubGlobal('location', { href: `${HOST}/lesson/4` });
});
afterEach(() => {
  connections.forEach((c) => c.close());
  connections = [];
  vi.unstubAllGlobals();
});

async function connected(f: ReturnType<typeof frame>, options = {}) {
  const atlas = await connect(f.iframe, { timeout: 3000, ...options });
  connections.push(atlas);
  return atlas;
}

describe('atlas-embed client', () => {
  it('resolves connect on the ready event and calls methods', async () => {
    const f = frame();
    f.start();
    const pending = connected(f);
    await tick(20);
    f.ready();
    const atlas = await pending;
    expect(atlas.info.version).toBe(1);
    expect(atlas.info.methods).toContain('muscle.select');
    const selected = await atlas.call('muscle.select', { muscleId: 'upper-trapezius', side: 'right' });
    expect(selected).toEqual({ muscleId: 'upper-trapezius', side: 'right' });
    expect(f.controller.url.selected).toEqual({ muscleId: 'upper-trapezius', side: 'right' });
    expect((await atlas.call('state.get')).muscle).toBe('upper-trapezius');
  });

  it('connects to an atlas that was ready before the host listened', async () => {
    const f = frame();
    f.start();
    f.ready();
    const atlas = await connected(f);
    expect(atlas.info.events).toContain('muscle.selected');
  });

  it('rejects with the error reply, and with a timeout when nothing answers', async () => {
    const f = frame();
    f.start();
    f.ready();
    const atlas = await connected(f, { callTimeout: 200 });
    const error = await atlas.call('muscle.select', { muscleId: 'no-such-muscle' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AtlasError);
    expect(error).toMatchObject({ code: 'not-found', message: expect.stringContaining('no-such-muscle') });
    await expect(atlas.call('muscle.explode')).rejects.toMatchObject({ code: 'unknown-method' });
    f.stop();
    await expect(atlas.call('atlas.info')).rejects.toMatchObject({ code: 'timeout' });
  });

  it('rejects connect when the atlas never becomes ready', async () => {
    const f = frame();
    f.start();
    await expect(connect(f.iframe, { timeout: 300 })).rejects.toMatchObject({ code: 'timeout' });
  });

  it('subscribes on the first listener, delivers events, and unsubscribes', async () => {
    const f = frame();
    f.start();
    f.ready();
    const atlas = await connected(f);
    const got: unknown[] = [];
    const off = atlas.on('muscle.selected', (d) => got.push(d));
    await tick(20);
    f.controller.selectMuscle('deltoid', 'left');
    await tick(20);
    expect(got).toEqual([{ muscleId: 'deltoid', side: 'left' }]);
    off();
    await tick(20);
    f.controller.selectMuscle('infraspinatus', 'left');
    await tick(20);
    expect(got).toHaveLength(1);
    const subscribes = f.received.filter((m) => (m as { method?: string }).method === 'events.subscribe');
    expect(subscribes.map((m) => (m as { params: unknown }).params)).toEqual([{ events: ['muscle.selected'] }, { events: [] }]);
  });

  it('keeps two frames apart: each connection hears only its own frame', async () => {
    const a = frame();
    const b = frame(`${ATLAS}/?embed=1&muscle=deltoid`);
    a.start();
    b.start();
    a.ready();
    b.ready();
    const [atlasA, atlasB] = await Promise.all([connected(a), connected(b)]);
    const heardA: unknown[] = [];
    const heardB: unknown[] = [];
    atlasA.on('muscle.selected', (d) => heardA.push(d));
    atlasB.on('muscle.selected', (d) => heardB.push(d));
    await tick(20);
    await atlasA.call('muscle.select', { muscleId: 'upper-trapezius' });
    await tick(20);
    expect(heardA).toEqual([{ muscleId: 'upper-trapezius', side: 'left' }]);
    expect(heardB).toEqual([]);
    expect(b.controller.url.selected).toBeNull();
  });

  it('posts only to the frame origin it was given', async () => {
    const f = frame();
    f.start();
    f.ready();
    // A wrong origin: the fake frame refuses the post as a browser would drop it.
    await expect(connect(f.iframe, { timeout: 300, origin: 'https://elsewhere.example' })).rejects.toMatchObject({ code: 'timeout' });
  });

  it(`is at most ${CLIENT_GZIP_BUDGET} bytes gzipped`, async () => {
    const code = await bundleEmbedClient();
    expect(code).toContain('export');
    expect(code).not.toMatch(/\bzod\b/);
    expect(gzipSize(code)).toBeLessThanOrEqual(CLIENT_GZIP_BUDGET);
  });
});

// The client's hand-written types must agree with the protocol's schemas: `tsc` fails here if not.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Covers<Wide, Narrow> = [Narrow] extends [Wide] ? true : false;
type Params<M extends CoreMethodName> = z.input<(typeof METHOD_SCHEMAS)[M]['params']>;
type Result<M extends CoreMethodName> = z.output<(typeof METHOD_SCHEMAS)[M]['result']>;
const paramsAgree: { [M in CoreMethodName]: Same<AtlasMethods[M]['params'], Params<M>> } = {
  'atlas.info': true, 'events.subscribe': true, 'state.get': true, 'state.set': true, 'muscle.select': true, 'muscle.clear': true,
  'triggerPoint.show': true, 'condition.open': true, 'view.set': true, 'camera.get': true, 'camera.set': true, 'layers.set': true,
  'pain.rank': true, 'view.capture': true, 'data.muscles': true, 'data.muscle': true,
};
// Results: what the atlas returns fits the client's type (dataset ids are branded strings inside the atlas).
const resultsFit: { [M in CoreMethodName]: Covers<AtlasMethods[M]['result'], Result<M>> } = {
  'atlas.info': true, 'events.subscribe': true, 'state.get': true, 'state.set': true, 'muscle.select': true, 'muscle.clear': true,
  'triggerPoint.show': true, 'condition.open': true, 'view.set': true, 'camera.get': true, 'camera.set': true, 'layers.set': true,
  'pain.rank': true, 'view.capture': true, 'data.muscles': true, 'data.muscle': true,
};
const eventsAgree: { [E in keyof typeof EVENT_SCHEMAS]: Same<AtlasEvents[E], z.output<(typeof EVENT_SCHEMAS)[E]>> } = {
  ready: true, 'muscle.selected': true, 'muscle.cleared': true, 'muscle.hovered': true, 'view.changed': true, 'state.changed': true,
  'quiz.answered': true, 'quiz.finished': true,
};
void [paramsAgree, resultsFit, eventsAgree];
