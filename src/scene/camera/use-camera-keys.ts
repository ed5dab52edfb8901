/**
 * Keyboard control of the 3D view: the canvas takes focus (Tab) and answers arrow keys (turn),
 * + and - (zoom in and out). Keys only act while the canvas has focus.
 */
import { useEffect, type RefObject } from 'react';
import { useThree } from '@react-three/fiber';
import type { CameraControls } from '@react-three/drei';

/** Radians turned per arrow press. */
export const KEY_TURN = Math.PI / 12;
/** Metres moved per +/- press. */
export const KEY_DOLLY = 0.2;

/** Makes the canvas focusable and maps keys to camera moves. */
export function useCameraKeys(controls: RefObject<CameraControls | null>): void {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const el = gl.domElement;
    el.tabIndex = 0;
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', '3D body. Arrow keys turn it, plus and minus zoom.');
    const onKey = (e: KeyboardEvent) => {
      const c = controls.current;
      if (!c || e.altKey || e.ctrlKey || e.metaKey) return;
      const moves: Record<string, () => unknown> = {
        ArrowLeft: () => c.rotate(-KEY_TURN, 0, true),
        ArrowRight: () => c.rotate(KEY_TURN, 0, true),
        ArrowUp: () => c.rotate(0, -KEY_TURN / 2, true),
        ArrowDown: () => c.rotate(0, KEY_TURN / 2, true),
        '+': () => c.dolly(KEY_DOLLY, true),
        '=': () => c.dolly(KEY_DOLLY, true),
        '-': () => c.dolly(-KEY_DOLLY, true),
      };
      const move = moves[e.key];
      if (!move) return;
      e.preventDefault();
      void move();
      invalidate();
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [gl, controls, invalidate]);
}
