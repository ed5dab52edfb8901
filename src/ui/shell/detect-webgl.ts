/** WebGL detection before the 3D viewer is mounted. */

/** True when a canvas can make a WebGL 2 or WebGL 1 context. */
export function hasWebgl(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
