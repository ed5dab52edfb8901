/** The links and the iframe snippet the share dialog copies. Pure, so they are tested without a DOM. */
import { CAMERA_PARAM, cameraParam, type CameraLink } from './camera-param';

/** Options of the embed snippet. */
export interface EmbedCodeOptions {
  width: number;
  height: number;
  /** The frame's accessible title. */
  title: string;
}

/** Default frame size and title. */
export const EMBED_CODE_DEFAULTS: Readonly<EmbedCodeOptions> = Object.freeze({ width: 640, height: 420, title: 'Trigger point atlas' });

/** Keys of embed mode, left out of a link to the full app. */
const EMBED_KEYS = ['embed', 'ui-search', 'ui-panel', 'ui-toolbar'];

/** The link to this view: the app's address with the current search and, when given, the camera. */
export function shareLink(href: string, camera: CameraLink | null): string {
  const url = new URL(href);
  url.hash = '';
  for (const key of EMBED_KEYS) url.searchParams.delete(key);
  if (camera) url.searchParams.set(CAMERA_PARAM, cameraParam(camera));
  else url.searchParams.delete(CAMERA_PARAM);
  // Commas need no escaping in a query: keep the camera readable.
  return url.href.replace(/(?<=[?&]cam=)[^&#]*/, (v) => v.replace(/%2C/gi, ','));
}

/** Escapes text for an HTML attribute value in double quotes. */
function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The iframe snippet for this view in embed mode. */
export function embedCode(href: string, camera: CameraLink | null, options: EmbedCodeOptions = EMBED_CODE_DEFAULTS): string {
  const url = new URL(shareLink(href, camera));
  url.searchParams.set('embed', '1');
  const width = Math.max(320, Math.min(4000, Math.round(options.width)));
  const height = Math.max(240, Math.min(4000, Math.round(options.height)));
  const title = options.title.trim() || EMBED_CODE_DEFAULTS.title;
  return `<iframe src="${attr(url.href)}" title="${attr(title)}" width="${width}" height="${height}" style="border:0" allow="fullscreen" loading="lazy"></iframe>`;
}
