/** The events a change of the atlas's state causes, from two snapshots (pure, so it is tested alone). */
import type { AtlasSnapshot } from './controller';
import type { EventData, EventName } from './protocol/events';
import { linkStateOf } from './link-state';

/** One event to post. */
export type PendingEvent = { [E in EventName]: { event: E; data: EventData<E> } }[EventName];

const sameMuscle = (a: { muscleId: string; side: string } | null, b: { muscleId: string; side: string } | null) =>
  a === b || (a !== null && b !== null && a.muscleId === b.muscleId && a.side === b.side);

/** The events between two snapshots, in the order a host should see them (ready is posted apart). */
export function eventsBetween(prev: AtlasSnapshot, next: AtlasSnapshot): PendingEvent[] {
  const events: PendingEvent[] = [];
  const a = prev.url.selected;
  const b = next.url.selected;
  if (!sameMuscle(a, b)) {
    if (b) events.push({ event: 'muscle.selected', data: { muscleId: b.muscleId, side: b.side } });
    else events.push({ event: 'muscle.cleared', data: {} });
  }
  if (!sameMuscle(prev.hovered, next.hovered)) {
    events.push({ event: 'muscle.hovered', data: next.hovered ? { muscleId: next.hovered.muscleId, side: next.hovered.side } : null });
  }
  if (prev.view !== next.view) events.push({ event: 'view.changed', data: { view: next.view } });
  const before = linkStateOf(prev.url);
  const after = linkStateOf(next.url);
  if ((Object.keys(after) as (keyof typeof after)[]).some((k) => before[k] !== after[k])) {
    events.push({ event: 'state.changed', data: { state: after } });
  }
  return events;
}
