/**
 * The part of the atlas state that lives in the URL, and its pure conversions to and from
 * URLSearchParams. Parsing never throws: anything unknown or malformed is dropped with a notice.
 * `viewGiven` tells whether the link named a valid view (the camera then honours it).
 */
import type { Side } from './frame';
import type { Dataset } from './dataset/schema';
import { indexDataset, type DatasetIndex } from './dataset/queries';

export const VIEWS = ['front', 'back', 'left', 'right', 'top'] as const;
export type View = (typeof VIEWS)[number];
export const SKIN_MODES = ['opaque', 'see-through', 'hidden'] as const;
export type SkinMode = (typeof SKIN_MODES)[number];
/** The deepest peel: layers 1..PEEL_MAX hidden. */
export const PEEL_MAX = 5;
/** Longest URL value we look at; longer ones are ignored with a notice. */
export const MAX_PARAM_LENGTH = 80;

/** The URL-mirrored state. */
export interface UrlState {
  selected: { muscleId: string; side: Side } | null;
  focusedTriggerPoint: string | null;
  conditionId: string | null;
  view: View;
  skin: SkinMode;
  bones: boolean;
  peel: number;
  isolate: boolean;
  fade: boolean;
}

/** The state a bare URL stands for. */
export const URL_DEFAULTS: Readonly<UrlState> = Object.freeze({
  selected: null,
  focusedTriggerPoint: null,
  conditionId: null,
  view: 'front',
  skin: 'see-through',
  bones: false,
  peel: 0,
  isolate: false,
  fade: false,
});

/** Every query key this module reads or writes; other keys are left alone. */
export const URL_KEYS = ['muscle', 'side', 'view', 'skin', 'bones', 'peel', 'isolate', 'fade', 'tp', 'condition'] as const;

/** Writes the state as search params, omitting every value equal to its default. */
export function toSearchParams(state: UrlState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.selected) {
    p.set('muscle', state.selected.muscleId);
    p.set('side', state.selected.side);
  }
  if (state.focusedTriggerPoint) p.set('tp', state.focusedTriggerPoint);
  if (state.conditionId) p.set('condition', state.conditionId);
  if (state.view !== URL_DEFAULTS.view) p.set('view', state.view);
  if (state.skin !== URL_DEFAULTS.skin) p.set('skin', state.skin);
  if (state.bones) p.set('bones', '1');
  if (state.peel !== URL_DEFAULTS.peel) p.set('peel', String(state.peel));
  if (state.isolate) p.set('isolate', '1');
  if (state.fade) p.set('fade', '1');
  return p;
}

/** A value made safe and short for quoting in a notice. */
function quote(value: string): string {
  const clean = value.replace(/[^\w .-]/g, '').slice(0, 32);
  return clean.length < value.length ? `"${clean}…"` : `"${clean}"`;
}

function oneOf<T extends string>(list: readonly T[], v: string): v is T {
  return (list as readonly string[]).includes(v);
}

function isIndex(x: DatasetIndex | Dataset): x is DatasetIndex {
  return typeof (x as DatasetIndex).muscleById === 'function';
}

/**
 * Reads the URL state. `source` (an index or a dataset) checks ids; with null, ids are kept only
 * if they look like ids. Returns the full state (defaults filled in) and human-readable notices.
 */
export function fromSearchParams(
  params: URLSearchParams | string,
  source: DatasetIndex | Dataset | null,
): { state: UrlState; notices: string[]; viewGiven: boolean } {
  const notices: string[] = [];
  const state: UrlState = { ...URL_DEFAULTS };
  let search: URLSearchParams;
  try {
    search = typeof params === 'string' ? new URLSearchParams(params) : params;
  } catch {
    return { state, notices: ['The link could not be read; showing the default view.'], viewGiven: false };
  }
  const index = source === null ? null : isIndex(source) ? source : indexDataset(source);

  const get = (key: string): string | null => {
    const v = search.get(key);
    if (v === null) return null;
    if (v.length > MAX_PARAM_LENGTH) {
      notices.push(`The link's "${key}" value was too long and was ignored.`);
      return null;
    }
    return v.trim();
  };
  const flag = (key: 'bones' | 'isolate' | 'fade'): boolean => {
    const v = get(key);
    if (v === null) return URL_DEFAULTS[key];
    if (v === '1' || v === 'true') return true;
    if (v === '0' || v === 'false') return false;
    notices.push(`The link's "${key}" value ${quote(v)} is not 0 or 1 and was ignored.`);
    return URL_DEFAULTS[key];
  };
  const looksLikeId = (v: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v);

  const view = get('view');
  let viewGiven = false;
  if (view !== null) {
    viewGiven = oneOf(VIEWS, view);
    if (oneOf(VIEWS, view)) state.view = view;
    else notices.push(`Unknown view ${quote(view)} in the link was ignored.`);
  }
  const skin = get('skin');
  if (skin !== null) {
    if (oneOf(SKIN_MODES, skin)) state.skin = skin;
    else notices.push(`Unknown skin mode ${quote(skin)} in the link was ignored.`);
  }
  state.bones = flag('bones');
  state.isolate = flag('isolate');
  state.fade = flag('fade');
  const peel = get('peel');
  if (peel !== null) {
    const n = /^\d{1,3}$/.test(peel) ? Number(peel) : NaN;
    if (Number.isInteger(n) && n >= 0 && n <= PEEL_MAX) state.peel = n;
    else notices.push(`The link's peel value ${quote(peel)} is not a whole number from 0 to ${PEEL_MAX} and was ignored.`);
  }

  let side: Side = 'left';
  const sideRaw = get('side');
  if (sideRaw !== null) {
    if (sideRaw === 'left' || sideRaw === 'right') side = sideRaw;
    else notices.push(`Unknown side ${quote(sideRaw)} in the link; showing the left side.`);
  }

  const muscle = get('muscle');
  if (muscle !== null && muscle !== '') {
    const known = index ? index.muscleById(muscle) !== undefined : looksLikeId(muscle);
    if (known) state.selected = { muscleId: muscle, side };
    else notices.push(`Unknown muscle ${quote(muscle)} in the link was ignored.`);
  }

  const tp = get('tp');
  if (tp !== null && tp !== '') {
    const owner = index ? index.triggerPointById(tp)?.muscle.id : looksLikeId(tp) ? state.selected?.muscleId : undefined;
    if (owner === undefined) notices.push(`Unknown trigger point ${quote(tp)} in the link was ignored.`);
    else if (state.selected && state.selected.muscleId !== owner)
      notices.push(`Trigger point ${quote(tp)} does not belong to the selected muscle and was ignored.`);
    else {
      state.selected ??= { muscleId: owner, side };
      state.focusedTriggerPoint = tp;
    }
  }

  const condition = get('condition');
  if (condition !== null && condition !== '') {
    const known = index ? index.conditionById(condition) !== undefined : looksLikeId(condition);
    if (known) state.conditionId = condition;
    else notices.push(`Unknown condition ${quote(condition)} in the link was ignored.`);
  }
  return { state, notices, viewGiven };
}
