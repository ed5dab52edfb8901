/**
 * An init script that watches WebGL draw calls: every task that drew something counts as one
 * frame, recorded (after its draws, in a microtask) in `window.__benchFrames` as the time it ended
 * and how many draws it made. Optionally waits for the GPU after frame number `readAt` (1-based)
 * with a 1-pixel readPixels, so that frame's end is when the user could see it.
 */

/** One drawn frame as the probe saw it. */
export interface ProbedFrame {
  /** performance.now() after the frame's draws (after the GPU finished, for the readAt frame). */
  end: number;
  draws: number;
}

/** The probe itself; runs in the page before any of its scripts (context.addInitScript). */
export function frameProbe(readAt: number): void {
  const frames: { end: number; draws: number }[] = [];
  (window as unknown as { __benchFrames: typeof frames }).__benchFrames = frames;
  let draws = 0;
  let pending = false;
  const names = ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'drawRangeElements'] as const;
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype] as unknown as Record<string, unknown>[]) {
    for (const name of names) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (this: WebGLRenderingContext, ...args: unknown[]) {
        (original as (...a: unknown[]) => void).apply(this, args);
        draws++;
        if (pending) return;
        pending = true;
        queueMicrotask(() => {
          pending = false;
          if (frames.length + 1 === readAt) this.readPixels(0, 0, 1, 1, this.RGBA, this.UNSIGNED_BYTE, new Uint8Array(4));
          frames.push({ end: performance.now(), draws });
          draws = 0;
        });
      };
    }
  }
}
