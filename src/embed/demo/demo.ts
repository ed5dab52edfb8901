/**
 * The embed demo (embed-demo.html): frames the atlas (`?atlas=<url>`, default this site; `?frames=2`
 * for two), connects with the client, offers buttons for common calls and logs every event and
 * reply. Everything shown is set as text. `window.demo` exposes the connections for the browser tests.
 */
import './demo.css';
import { connect, type Atlas } from '../client/atlas-embed';

/** One framed atlas on the page. */
interface DemoFrame {
  iframe: HTMLIFrameElement;
  atlas: Atlas | null;
  log: string[];
}

const params = new URLSearchParams(location.search);

/** The atlas to frame: an http(s) URL from `?atlas=`, or this site. */
function atlasUrl(): URL {
  const given = params.get('atlas');
  const url = new URL(given ?? './', location.href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return new URL('./', location.href);
  url.searchParams.set('embed', '1');
  return url;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

const frames: DemoFrame[] = [];
(window as unknown as { demo: { frames: DemoFrame[] } }).demo = { frames };

function addFrame(n: number, container: HTMLElement): void {
  const box = element('section', { className: 'demo-frame' });
  box.setAttribute('aria-label', `Atlas ${n}`);
  const iframe = element('iframe', { src: atlasUrl().href, title: `Trigger point atlas ${n}` });
  iframe.allow = 'fullscreen';
  const status = element('p', { className: 'demo-status', textContent: 'Connecting…' });
  const controls = element('div', { className: 'demo-controls' });
  const logList = element('ol', { className: 'demo-log' });
  logList.setAttribute('aria-label', `Events of atlas ${n}`);
  const img = element('img', { className: 'demo-capture', alt: 'Captured view', hidden: true });
  const frame: DemoFrame = { iframe, atlas: null, log: [] };
  frames.push(frame);

  const log = (text: string) => {
    frame.log.push(text);
    logList.append(element('li', { textContent: text }));
    logList.scrollTop = logList.scrollHeight;
  };
  const run = (label: string, method: string, p: Record<string, unknown> = {}) => {
    const button = element('button', { type: 'button', textContent: label });
    button.addEventListener('click', () => {
      if (!frame.atlas) return;
      frame.atlas.call(method, p).then(
        (result) => {
          if (method === 'view.capture') {
            img.src = (result as { dataUrl: string }).dataUrl;
            img.hidden = false;
            log(`${method} → PNG`);
          } else log(`${method} → ${JSON.stringify(result).slice(0, 200)}`);
        },
        (error: { code?: string; message?: string }) => log(`${method} ✗ ${error.code ?? ''} ${error.message ?? String(error)}`),
      );
    });
    controls.append(button);
  };
  run('Upper trapezius', 'muscle.select', { muscleId: 'upper-trapezius' });
  run('Infraspinatus (right)', 'muscle.select', { muscleId: 'infraspinatus', side: 'right' });
  run('Trigger point', 'triggerPoint.show', { triggerPointId: 'upper-trapezius-1' });
  run('Clear', 'muscle.clear');
  run('Headache', 'condition.open', { conditionId: 'tension-type-headache' });
  run('Back view', 'view.set', { view: 'back' });
  run('Skin hidden', 'layers.set', { skin: 'hidden' });
  run('State', 'state.get');
  run('Camera', 'camera.get');
  run('Capture', 'view.capture', { width: 320, height: 240 });

  box.append(iframe, status, controls, logList, img);
  container.append(box);

  connect(iframe, { timeout: 120_000 }).then(
    (atlas) => {
      frame.atlas = atlas;
      status.textContent = `Connected: protocol ${atlas.info.version}, ${atlas.info.methods.length} methods.`;
      for (const event of ['muscle.selected', 'muscle.cleared', 'view.changed', 'state.changed', 'muscle.hovered']) {
        atlas.on(event, (data) => log(`${event} ${JSON.stringify(data)}`));
      }
    },
    (error: { message?: string }) => {
      status.textContent = `Could not connect: ${error.message ?? String(error)}`;
    },
  );
}

const container = document.getElementById('frames');
if (container) {
  const count = Math.min(4, Math.max(1, Number(params.get('frames')) || 1));
  for (let n = 1; n <= count; n++) addFrame(n, container);
}
