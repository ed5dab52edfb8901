/**
 * A drop-in for R3F's <Canvas> built on R3F's createRoot, registering only the classes of
 * ./three-catalogue.ts so three.js tree-shakes. Like <Canvas>: fills its parent, follows its size,
 * bridges React context into the scene, connects pointer events to its element, and hands errors
 * (renderer creation, anything thrown in the scene) to the nearest error boundary outside it.
 * It makes the WebGL 2 context itself, on its own canvas, and gives it to the renderer, so there is
 * no separate throwaway context to test for WebGL; where none can be made it calls `onNoWebgl`.
 */
import { Component, Suspense, useInsertionEffect, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { WebGLRenderer, type WebGLRendererParameters } from 'three';
import { createRoot, events, extend, type ReconcilerRoot, type RenderProps } from '@react-three/fiber';
import { FiberProvider, useContextBridge } from 'its-fine';
import { THREE_CATALOGUE } from './three-catalogue';

extend(THREE_CATALOGUE);

/** The <Canvas> props the app uses: R3F's render props (size and events are managed here) plus layout. */
export type LeanCanvasProps = Omit<RenderProps<HTMLCanvasElement>, 'size' | 'events' | 'gl'> & {
  children?: ReactNode;
  style?: CSSProperties;
  /** The renderer's parameters (R3F's defaults: high-performance, antialias, alpha). */
  gl?: Omit<WebGLRendererParameters, 'canvas' | 'context'>;
  /** Called, instead of creating the scene, when the canvas cannot make a WebGL 2 context. */
  onNoWebgl?: () => void;
};

/** The context attributes three.js asks for with these renderer parameters (see its WebGLRenderer). */
function contextAttributes(p: Omit<WebGLRendererParameters, 'canvas' | 'context'>): WebGLContextAttributes {
  return {
    alpha: true,
    depth: p.depth ?? true,
    stencil: p.stencil ?? false,
    antialias: p.antialias ?? true,
    premultipliedAlpha: p.premultipliedAlpha ?? true,
    preserveDrawingBuffer: p.preserveDrawingBuffer ?? false,
    powerPreference: p.powerPreference ?? 'high-performance',
    failIfMajorPerformanceCaveat: p.failIfMajorPerformanceCaveat ?? false,
  };
}

type Size = { width: number; height: number; top: number; left: number };

/** Sends what the scene throws to the canvas element's side of React, where error boundaries are. */
class SceneErrors extends Component<{ report: (error: unknown) => void; children?: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.report(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

function LeanCanvasImpl({ children, style, onCreated, gl = {}, onNoWebgl, ...config }: LeanCanvasProps) {
  const Bridge = useContextBridge();
  const container = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const context = useRef<WebGL2RenderingContext | null>(null);
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  const [size, setSize] = useState<Size | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (error) throw error;

  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      setSize((s) => (s && s.width === r.width && s.height === r.height && s.top === r.top && s.left === r.left ? s : { width: r.width, height: r.height, top: r.top, left: r.left }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Every render hands R3F the latest props and children, as R3F's own <Canvas> does.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const el = canvas.current;
    if (!el || !size || size.width <= 0 || size.height <= 0) return;
    if (!root.current) {
      context.current = el.getContext('webgl2', contextAttributes(gl));
      if (!context.current) {
        onNoWebgl?.();
        return;
      }
    }
    const made = context.current;
    const r = (root.current ??= createRoot(el));
    let current = true;
    r.configure({
      ...config,
      gl: (defaults) => new WebGLRenderer({ ...defaults, powerPreference: 'high-performance', antialias: true, alpha: true, ...gl, ...(made ? { context: made } : {}) }),
      events,
      size,
      onCreated: (state) => {
        state.events.connect?.(container.current);
        onCreated?.(state);
      },
    })
      .then(() => {
        if (!current) return;
        r.render(
          <Bridge>
            <SceneErrors report={setError}>
              <Suspense fallback={null}>{children}</Suspense>
            </SceneErrors>
          </Bridge>,
        );
      })
      .catch(setError);
    return () => {
      current = false;
    };
  });

  // Insertion effects are not replayed by StrictMode, so only a real removal releases the root.
  useInsertionEffect(
    () => () => {
      root.current?.unmount();
      root.current = null;
    },
    [],
  );

  return (
    <div ref={container} style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden', ...style }}>
      <canvas ref={canvas} style={{ display: 'block' }} />
    </div>
  );
}

/** The scene's canvas. */
export function LeanCanvas(props: LeanCanvasProps) {
  return (
    <FiberProvider>
      <LeanCanvasImpl {...props} />
    </FiberProvider>
  );
}
