/**
 * What the 3D view offers the rest of the app (panels, embed API, handout, test hook) once it is
 * mounted. The scene implements it; the store holds the current one. Plain data in and out.
 */
import type { Side } from '../core/frame';

/** A camera pose in the body frame (metres). */
export interface CameraPose {
  position: [number, number, number];
  target: [number, number, number];
}

export interface SceneHandle {
  /** Client px of a visible point on that muscle's surface (a click there picks it), or null. */
  project(muscleId: string, side: Side): { x: number; y: number } | null;
  /** Client px where a trigger point's node lies, and whether it faces the camera; null if the model lacks it. */
  projectTriggerPoint(triggerPointId: string, side: Side): { x: number; y: number; facing: boolean } | null;
  /** What a click at client (x, y) would select. */
  pickAt(x: number, y: number): { muscleId: string; side: Side } | null;
  /** Render counters of the last frame and the visible mesh count. */
  stats(): { drawCalls: number; triangles: number; meshes: number };
  /** Median ms of n hover picks spread over the canvas. */
  pickBench(n: number): number;
  /**
   * Frames rendered so far. The frame loop runs on demand and an easing camera draws every frame, so
   * a count that stays the same means the picture is still (what tests wait for before a screenshot).
   */
  frames(): number;
  /** The current camera pose. */
  getCamera(): CameraPose;
  /** Moves the camera (instantly when animate is false). */
  setCamera(pose: CameraPose, animate?: boolean): void;
  /** The current view as a PNG data URL, optionally at another size. */
  capture(width?: number, height?: number): Promise<string>;
}
