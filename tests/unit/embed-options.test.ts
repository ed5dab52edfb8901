/** Embed mode's link options and the attribution link back to the full app. */
import { describe, expect, it } from 'vitest';
import { EMBED_DEFAULTS, embedOptionsFrom, FULL_APP, fullAppHref } from '../../src/embed/embed-options';

describe('embed options', () => {
  it('is the full app without embed=1', () => {
    for (const q of ['', '?muscle=deltoid', '?embed=0', '?embed=yes', '?ui-panel=0', '?embed=%E0%A4%A']) {
      expect(embedOptionsFrom(q), q).toEqual(FULL_APP);
    }
  });

  it('turns parts on and off with 0/1, keeping the defaults for anything else', () => {
    expect(embedOptionsFrom('?embed=1')).toEqual(EMBED_DEFAULTS);
    expect(embedOptionsFrom('?embed=1&ui-search=1&ui-panel=0&ui-toolbar=0')).toEqual({ embed: true, search: true, panel: false, toolbar: false });
    expect(embedOptionsFrom('?embed=true&ui-panel=maybe&ui-toolbar=<b>')).toEqual(EMBED_DEFAULTS);
  });

  it('links the same view in the full app', () => {
    expect(fullAppHref('https://atlas.example.org/?embed=1&muscle=deltoid&ui-panel=0&side=right')).toBe(
      'https://atlas.example.org/?muscle=deltoid&side=right',
    );
    expect(fullAppHref('https://atlas.example.org/lesson/?embed=1')).toBe('https://atlas.example.org/lesson/');
  });
});
