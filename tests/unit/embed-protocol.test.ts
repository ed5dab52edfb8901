/** The embed protocol's pieces: the checked-in JSON Schema, the params size check, the allow-list. */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { EMBED_SCHEMA_PATH } from '../../scripts/build-embed-schema';
import { buildMessagesJsonSchemaText } from '../../src/embed/protocol/json-schema';
import { CORE_METHOD_NAMES } from '../../src/embed/protocol/methods';
import { EVENT_NAMES } from '../../src/embed/protocol/events';
import { MessageSchema } from '../../src/embed/protocol/messages';
import { MAX_PARAMS_BYTES } from '../../src/embed/protocol/version';
import { checkPlainData } from '../../src/embed/plain-data';
import { isOriginAllowed, parseAllowedOrigins } from '../../src/embed/origins';
import { patchedLink } from '../../src/embed/link-state';
import { fromSearchParams, URL_DEFAULTS, URL_KEYS } from '../../src/core/url-state';
import { LINK_STATE_KEYS } from '../../src/embed/protocol/common';

describe('docs/embed-messages.schema.json', () => {
  it('is up to date with src/embed/protocol (run `npm run build:embed-schema` if this fails)', () => {
    const onDisk = JSON.parse(readFileSync(EMBED_SCHEMA_PATH, 'utf8')) as unknown;
    expect(onDisk).toEqual(JSON.parse(buildMessagesJsonSchemaText()));
  });

  it('has a request and a result for every method and a message for every event', () => {
    const schema = JSON.parse(buildMessagesJsonSchemaText()) as {
      'x-methods': Record<string, { request: { $ref: string }; result: { $ref: string } }>;
      'x-events': Record<string, { $ref: string }>;
      $defs: Record<string, { properties?: Record<string, { const?: string }> }>;
    };
    expect(Object.keys(schema['x-methods'])).toEqual(CORE_METHOD_NAMES);
    expect(Object.keys(schema['x-events'])).toEqual(EVENT_NAMES);
    const def = (ref: string) => schema.$defs[ref.replace('#/$defs/', '')];
    for (const [method, { request, result }] of Object.entries(schema['x-methods'])) {
      expect(def(request.$ref)?.properties?.method?.const, method).toBe(method);
      expect(def(result.$ref), method).toBeDefined();
    }
    for (const [event, ref] of Object.entries(schema['x-events'])) expect(def(ref.$ref)?.properties?.event?.const).toBe(event);
  });

  it('describes the messages the docs show', () => {
    const messages = [
      { atlas: 1, id: 1, method: 'muscle.select', params: { muscleId: 'upper-trapezius', side: 'right' } },
      { atlas: 1, id: 'a', method: 'state.set', params: { view: 'back', bones: true } },
      { atlas: 1, id: 1, result: { muscleId: 'upper-trapezius', side: 'right' } },
      { atlas: 1, id: 1, error: { code: 'not-found', message: 'There is no muscle "x".' } },
      { atlas: 1, event: 'muscle.selected', data: { muscleId: 'deltoid', side: 'left' } },
      { atlas: 1, event: 'muscle.hovered', data: null },
    ];
    for (const m of messages) expect(MessageSchema.safeParse(m).success, JSON.stringify(m)).toBe(true);
    for (const m of [
      { atlas: 1, id: 1, method: 'muscle.select', params: { side: 'right' } },
      { atlas: 1, id: 1, error: { code: 'teapot', message: '' } },
      { atlas: 1, event: 'muscle.selected', data: { muscleId: 'deltoid' } },
    ]) {
      expect(MessageSchema.safeParse(m).success, JSON.stringify(m)).toBe(false);
    }
  });

  it('keys the link state as the link parameters are', () => {
    expect([...LINK_STATE_KEYS].sort()).toEqual([...URL_KEYS].sort());
  });
});

describe('checkPlainData', () => {
  it('accepts JSON data up to the limit and refuses beyond it', () => {
    expect(checkPlainData({ a: 'x'.repeat(MAX_PARAMS_BYTES - 100) }, MAX_PARAMS_BYTES).ok).toBe(true);
    expect(checkPlainData({ a: 'x'.repeat(MAX_PARAMS_BYTES + 1) }, MAX_PARAMS_BYTES).ok).toBe(false);
    // Non-ASCII text counts its UTF-8 bytes.
    expect(checkPlainData('é'.repeat(MAX_PARAMS_BYTES / 2 + 10), MAX_PARAMS_BYTES).ok).toBe(false);
    expect(checkPlainData(Array.from({ length: 4000 }, () => 12345.678), MAX_PARAMS_BYTES).ok).toBe(false);
    expect(checkPlainData(Array.from({ length: 1000 }, () => 1), MAX_PARAMS_BYTES).ok).toBe(true);
  });

  it('stays close to the size of the JSON text', () => {
    const value = { muscle: 'upper-trapezius', regions: ['vertex', 'forehead'], nested: { a: [1, 2, 3], b: null, c: true } };
    const check = checkPlainData(value, MAX_PARAMS_BYTES);
    const json = JSON.stringify(value).length;
    expect(check.ok && check.bytes >= json && check.bytes < json * 3).toBe(true);
  });

  it('refuses what is not JSON data, and says why', () => {
    const shared = { x: 1 };
    expect(checkPlainData({ a: shared, b: shared }, MAX_PARAMS_BYTES).ok).toBe(true);
    const reasons = [new Map(), new Set(), new Uint8Array(4), new Date(), () => 1, Symbol('s'), 10n, NaN, { a: undefined }].map((v) => {
      const r = checkPlainData(v, MAX_PARAMS_BYTES);
      return r.ok ? 'ok' : r.reason;
    });
    expect(reasons.slice(0, 8).every((r) => r !== 'ok')).toBe(true);
    expect(reasons[0]).toContain('Map');
    expect(reasons[8]).not.toBe('ok');
  });
});

describe('allowed origins', () => {
  it('reads a list of origins, allowing any origin when empty or "*"', () => {
    expect(parseAllowedOrigins(undefined)).toBeNull();
    expect(parseAllowedOrigins('  ')).toBeNull();
    expect(parseAllowedOrigins('https://a.example *')).toBeNull();
    const warnings: string[] = [];
    const list = parseAllowedOrigins('https://a.example/lesson/1, http://127.0.0.1:8080  nonsense ftp://x.example https://a.example', (w) => warnings.push(w));
    expect(list).toEqual(['https://a.example', 'http://127.0.0.1:8080']);
    expect(warnings).toHaveLength(2);
    expect(isOriginAllowed(list, 'https://a.example')).toBe(true);
    expect(isOriginAllowed(list, 'https://a.example.evil.test')).toBe(false);
    expect(isOriginAllowed(list, 'null')).toBe(false);
    expect(isOriginAllowed(null, 'null')).toBe(true);
  });
});

describe('patchedLink', () => {
  it('writes a patch as the link text the parser reads', () => {
    const link = patchedLink({ ...URL_DEFAULTS }, { muscle: 'deltoid', bones: true, peel: 2, isolate: false });
    expect(Object.fromEntries(link)).toEqual({ muscle: 'deltoid', bones: '1', peel: '2', isolate: '0' });
    const { state } = fromSearchParams(link, null);
    expect(state).toMatchObject({ selected: { muscleId: 'deltoid', side: 'left' }, bones: true, peel: 2, isolate: false });
  });
});

describe('configuredAllowedOrigins', () => {
  it('reads VITE_EMBED_ALLOWED_ORIGINS from the build environment', async () => {
    const { configuredAllowedOrigins } = await import('../../src/embed/config');
    vi.stubEnv('VITE_EMBED_ALLOWED_ORIGINS', 'https://course.example.org, https://lms.example.edu/x');
    try {
      expect(configuredAllowedOrigins()).toEqual(['https://course.example.org', 'https://lms.example.edu']);
      vi.stubEnv('VITE_EMBED_ALLOWED_ORIGINS', '');
      expect(configuredAllowedOrigins()).toBeNull();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
