/**
 * Whether WebGL here is drawn by the CPU (SwiftShader, llvmpipe, Windows' basic render driver), as on
 * machines without a usable GPU: virtual machines, remote desktops, locked-down lab computers. There
 * multisampling doubles the time of every frame, so the viewer draws without it (turning the body
 * then answers twice as fast; the zones' edges stay smooth, as their shader antialiases them itself).
 * A page that wants multisampled pictures whatever the renderer (the screenshot script) sets
 * `window.__ATLAS_MSAA__ = true` before the app loads.
 */

/** The flag a page sets to keep multisampling on a software renderer. */
export const FORCE_MSAA_FLAG = '__ATLAS_MSAA__';

/** Names of renderers that rasterize on the CPU, as WebGL reports them. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Whether a WebGL renderer name (UNMASKED_RENDERER_WEBGL, or RENDERER) is a CPU rasterizer. */
export function isSoftwareRendererName(name: string): boolean {
  return SOFTWARE.test(name);
}

/** The renderer's name as the context reports it ("" when it says nothing). */
function rendererName(gl: WebGL2RenderingContext): string {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name: unknown = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
  return typeof name === 'string' ? name : '';
}

/**
 * Whether the viewer should multisample: yes on a GPU, no on a CPU rasterizer (unless the page set
 * {@link FORCE_MSAA_FLAG}). Asks a 1×1 context of its own, released at once; where none can be made
 * it answers yes and leaves the viewer to find out there is no WebGL.
 */
export function wantsMultisampling(win: Window = window): boolean {
  if ((win as unknown as Record<string, unknown>)[FORCE_MSAA_FLAG] === true) return true;
  const canvas = win.document.createElement('canvas');
  canvas.width = canvas.height = 1;
  let gl: WebGL2RenderingContext | null = null;
  try {
    gl = canvas.getContext('webgl2', { antialias: false, depth: false, powerPreference: 'high-performance' });
    return gl ? !isSoftwareRendererName(rendererName(gl)) : true;
  } catch {
    return true;
  } finally {
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  }
}
