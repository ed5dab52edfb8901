/**
 * The link state as the message API shows it (state.get) and the link a state.set patch stands for.
 * The rules of reading a link stay in src/core/url-state.ts: a patch becomes link text and is read
 * by the same parser.
 */
import { toSearchParams, type UrlState } from '../core/url-state';
import type { LinkState, LinkStatePatch } from './protocol/common';

/** The state keyed as the link parameters are. */
export function linkStateOf(u: UrlState): LinkState {
  return {
    muscle: u.selected?.muscleId ?? null,
    side: u.selected?.side ?? null,
    tp: u.focusedTriggerPoint,
    condition: u.conditionId,
    view: u.view,
    skin: u.skin,
    bones: u.bones,
    peel: u.peel,
    isolate: u.isolate,
    fade: u.fade,
  };
}

/** A patch value as link text. */
function linkText(value: string | number | boolean): string {
  if (value === true) return '1';
  if (value === false) return '0';
  return String(value);
}

/**
 * The link for the current state with the patch applied: given keys replace the current ones, null
 * removes a key. Choosing another muscle without a `tp` drops the current trigger point, as a link
 * to that muscle would not have it.
 */
export function patchedLink(current: UrlState, patch: LinkStatePatch): URLSearchParams {
  const params = toSearchParams(current);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) params.delete(key);
    else params.set(key, linkText(value));
  }
  const muscleChanged = patch.muscle !== undefined && patch.muscle !== (current.selected?.muscleId ?? null);
  if (muscleChanged && patch.tp === undefined) params.delete('tp');
  return params;
}
