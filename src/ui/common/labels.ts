/** Human labels for the atlas's fixed vocabularies (body regions, sides, views, skin modes). */
import type { Side } from '../../core/frame';
import type { BodyRegion } from '../../core/muscle-ids';
import type { SkinMode, View } from '../../core/url-state';

/** Headings for the body regions of the muscle list and of the pain finder. */
export const REGION_LABELS: Record<BodyRegion, string> = {
  head: 'Head and face',
  neck: 'Neck',
  shoulder: 'Shoulder, upper back and chest',
  arm: 'Upper arm',
  forearm: 'Forearm',
  hand: 'Hand',
  trunk: 'Back and abdomen',
  pelvis: 'Hip and pelvis',
  thigh: 'Thigh',
  leg: 'Lower leg',
  foot: 'Foot',
};

export const SIDE_LABELS: Record<Side, string> = { left: 'Left', right: 'Right' };

export const VIEW_LABELS: Record<View, string> = {
  front: 'Front',
  back: 'Back',
  left: 'Left',
  right: 'Right',
  top: 'Top',
};

export const SKIN_LABELS: Record<SkinMode, string> = {
  opaque: 'Opaque',
  'see-through': 'See-through',
  hidden: 'Hidden',
};

/** "Upper trapezius, left side selected" — what the live region says. */
export function selectionAnnouncement(name: string, side: Side): string {
  return `${name}, ${side} side selected`;
}

/** The peel control's live label. */
export function peelLabel(peel: number): string {
  if (peel <= 0) return 'All layers shown';
  return peel === 1 ? 'Layer 1 hidden' : `Layers 1–${peel} hidden`;
}
