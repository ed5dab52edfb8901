/**
 * Handout links: `?muscle=<id>&side=<side>&handout=1` for one muscle and
 * `?muscles=<id>:<side>,<id>:<side>&handout=1` for several. Parsing never throws; unknown or
 * malformed entries are dropped with a notice, as for the rest of the URL.
 */
import type { Side } from '../frame';
import type { Dataset } from '../dataset/schema';
import { indexDataset } from '../dataset/queries';

/** One muscle side on a handout. */
export interface HandoutItem {
  muscleId: string;
  side: Side;
}

/** The most muscles one handout holds; more would not fit on two pages. */
export const MAX_HANDOUT_MUSCLES = 4;
/** Longest `muscles=` value looked at. */
const MAX_LIST_LENGTH = 400;

/** What a URL asks of the handout: whether it is wanted, for which muscles, and what was dropped. */
export interface HandoutRequest {
  handout: boolean;
  items: HandoutItem[];
  notices: string[];
}

const isSide = (v: string): v is Side => v === 'left' || v === 'right';
const shown = (v: string) => `"${v.replace(/[^\w .:-]/g, '').slice(0, 32)}"`;

/** Reads `handout`, `muscles` and `muscle`/`side` from a query string, checking ids against the dataset. */
export function parseHandoutRequest(params: URLSearchParams | string, dataset: Dataset | null): HandoutRequest {
  const search = typeof params === 'string' ? new URLSearchParams(params) : params;
  const notices: string[] = [];
  const flag = search.get('handout');
  const handout = flag === '1' || flag === 'true';
  const index = dataset ? indexDataset(dataset) : null;
  const known = (id: string) => (index ? index.muscleById(id) !== undefined : /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id));
  const items: HandoutItem[] = [];
  let dropped = false;
  const add = (muscleId: string, side: Side) => {
    if (items.some((i) => i.muscleId === muscleId && i.side === side)) return;
    if (items.length >= MAX_HANDOUT_MUSCLES) {
      if (!dropped) notices.push(`A handout holds at most ${MAX_HANDOUT_MUSCLES} muscles; ${shown(muscleId)} and any after it were left out.`);
      dropped = true;
      return;
    }
    items.push({ muscleId, side });
  };

  const list = search.get('muscles');
  if (list !== null && list.trim() !== '') {
    if (list.length > MAX_LIST_LENGTH) notices.push('The link\u2019s "muscles" list was too long and was ignored.');
    else {
      for (const entry of list.split(',').map((e) => e.trim()).filter((e) => e !== '')) {
        const [id = '', side = 'left', ...rest] = entry.split(':');
        if (rest.length > 0 || !isSide(side)) notices.push(`The handout entry ${shown(entry)} is not "<muscle>:left" or "<muscle>:right" and was ignored.`);
        else if (!known(id)) notices.push(`Unknown muscle ${shown(id)} in the handout link was ignored.`);
        else add(id, side);
      }
    }
  }
  const single = search.get('muscle');
  if (items.length === 0 && single !== null && single.trim() !== '') {
    const id = single.trim();
    const sideRaw = search.get('side') ?? 'left';
    const side: Side = isSide(sideRaw) ? sideRaw : 'left';
    if (!isSide(sideRaw)) notices.push(`Unknown side ${shown(sideRaw)} in the link; the handout shows the left side.`);
    if (known(id)) add(id, side);
    else notices.push(`Unknown muscle ${shown(id)} in the handout link was ignored.`);
  }
  if (handout && items.length === 0) notices.push('The handout link names no known muscle.');
  return { handout, items, notices };
}

/** The query string that opens the handout of these muscles (one muscle keeps the `muscle`/`side` form). */
export function handoutSearch(items: readonly HandoutItem[]): string {
  const p = new URLSearchParams();
  const [first] = items;
  if (items.length === 1 && first) {
    p.set('muscle', first.muscleId);
    p.set('side', first.side);
  } else if (items.length > 1) {
    p.set('muscles', items.map((i) => `${i.muscleId}:${i.side}`).join(','));
  }
  p.set('handout', '1');
  return `?${p.toString().replaceAll('%3A', ':').replaceAll('%2C', ',')}`;
}

/**
 * The query string of the atlas view a handout came from: the same parameters without `handout`
 * (and without the handout-only `muscles` list), showing the first muscle when the link named none.
 */
export function viewSearch(params: URLSearchParams | string, items: readonly HandoutItem[]): string {
  const p = new URLSearchParams(typeof params === 'string' ? params : params.toString());
  p.delete('handout');
  p.delete('muscles');
  const [first] = items;
  if (first && !p.has('muscle')) {
    p.set('muscle', first.muscleId);
    p.set('side', first.side);
  }
  const text = p.toString();
  return text === '' ? '' : `?${text}`;
}
