/** The share dialog's link and iframe snippet, and the camera link parameter. */
import { describe, expect, it } from 'vitest';
import { cameraParam, parseCameraParam } from '../../src/ui/share/camera-param';
import { embedCode, shareLink } from '../../src/ui/share/embed-code';

const pose = { position: [0.91234, 1.5, -2.0004] as [number, number, number], target: [0, 1.25, 0] as [number, number, number] };

describe('camera link parameter', () => {
  it('round-trips a pose to the millimetre', () => {
    const text = cameraParam(pose);
    expect(text).toBe('0.912,1.5,-2,0,1.25,0');
    expect(parseCameraParam(text)).toEqual({ position: [0.912, 1.5, -2], target: [0, 1.25, 0] });
  });

  it('reads anything else as no camera', () => {
    for (const bad of [null, '', '1,2,3', '1,2,3,4,5,6,7', '1,2,3,4,5,x', '1,2,3,4,5,1e3', '1,2,3,4,5,999', 'NaN,1,1,1,1,1', `${'1'.repeat(200)},1,1,1,1,1`]) {
      expect(parseCameraParam(bad), String(bad)).toBeNull();
    }
  });
});

describe('share link and embed code', () => {
  const here = 'https://atlas.example.org/app/?muscle=upper-trapezius&side=right&embed=1&ui-panel=0#x';

  it('links the current state and camera in the full app', () => {
    const link = new URL(shareLink(here, pose));
    expect(link.origin + link.pathname).toBe('https://atlas.example.org/app/');
    expect(Object.fromEntries(link.searchParams)).toEqual({ muscle: 'upper-trapezius', side: 'right', cam: '0.912,1.5,-2,0,1.25,0' });
    expect(link.hash).toBe('');
    expect(link.search).toContain('cam=0.912,1.5,-2,0,1.25,0');
    expect(new URL(shareLink(`${here}&cam=1,1,1,1,1,1`, null)).searchParams.has('cam')).toBe(false);
  });

  it('writes an iframe in embed mode with a title, a size and fullscreen allowed', () => {
    const code = embedCode(here, pose, { width: 480, height: 360, title: 'Neck "pain" <lesson>' });
    const src = /src="([^"]*)"/.exec(code)![1]!.replace(/&amp;/g, '&');
    const url = new URL(src);
    expect(url.searchParams.get('embed')).toBe('1');
    expect(url.searchParams.get('muscle')).toBe('upper-trapezius');
    expect(url.searchParams.get('cam')).toBe('0.912,1.5,-2,0,1.25,0');
    expect(url.searchParams.has('ui-panel')).toBe(false);
    expect(code).toContain('title="Neck &quot;pain&quot; &lt;lesson&gt;"');
    expect(code).toContain('width="480" height="360"');
    expect(code).toContain('allow="fullscreen"');
    expect(code.startsWith('<iframe ') && code.endsWith('</iframe>')).toBe(true);
    expect(embedCode(here, null, { width: 10, height: 1e9, title: ' ' })).toContain('width="320" height="4000" style="border:0" allow="fullscreen"');
  });
});
