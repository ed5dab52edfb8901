/**
 * The shoulder girdle, left side: the S-shaped clavicle and the scapula (a thin blade whose front is
 * the subscapular fossa facing the ribs, the spine rising to the acromion, the coracoid hooking
 * forward, the glenoid facing the humeral head).
 */
import type { Vec3 } from '../../core/frame';
import { landmark } from '../landmarks';
import { capsule, chain, ellipsoid, frame, smoothUnion, sphere, triangle, type Prim } from '../sdf/primitives';
import { curvePoints } from '../curve';

/** The clavicle: thick at the sternal end, bowed forward medially and backward laterally. */
export function clavicle(): Prim {
  const sc = landmark('sternoclavicular');
  const mid = landmark('clavicle-mid');
  const ac = landmark('acromioclavicular');
  const pts = curvePoints(
    [
      [sc[0] + 0.004, sc[1] + 0.002, sc[2] - 0.004],
      [0.055, 1.436, 0.07],
      [mid[0], mid[1], mid[2] - 0.006],
      [0.138, 1.445, 0.036],
      [ac[0] - 0.004, ac[1] + 0.001, ac[2] + 0.002],
    ],
    3,
  );
  const radii = pts.map((_, i) => {
    const t = i / (pts.length - 1);
    return 0.0085 - 0.0035 * t + (t > 0.85 ? 0.002 * (t - 0.85) / 0.15 : 0);
  });
  return smoothUnion(chain(pts, radii, { axis: [0, 1, 0], factor: 0.8 }), 0.003);
}

/** The scapula, left. */
export function scapula(): Prim {
  const sa = landmark('scapula-superior-angle');
  const root = landmark('scapula-spine-root');
  const spineMid = landmark('scapula-spine-mid');
  const ia = landmark('scapula-inferior-angle');
  const lb = landmark('scapula-lateral-border');
  const acr = landmark('acromion');
  const cor = landmark('coracoid');
  const gl = landmark('glenoid');
  // blade corners (mid-plane of the blade), slightly in front of the posterior fossa landmarks
  const A: Vec3 = [sa[0], sa[1] - 0.004, sa[2] - 0.004];
  const M: Vec3 = [root[0] - 0.004, root[1], -0.096];
  const I: Vec3 = [ia[0], ia[1] + 0.004, ia[2] + 0.003];
  const L: Vec3 = [lb[0] - 0.002, lb[1], lb[2] - 0.01];
  const N: Vec3 = [gl[0] - 0.016, gl[1] - 0.006, gl[2] - 0.026];
  const S: Vec3 = [0.125, 1.41, -0.066];
  const C: Vec3 = [(M[0] + L[0] + N[0] + S[0]) / 4, (M[1] + L[1] + N[1] + S[1]) / 4, -0.082];
  const t = 0.0022;
  const blade = [
    triangle(A, M, C, t), triangle(M, I, C, t), triangle(I, L, C, t), triangle(L, N, C, t), triangle(N, S, C, t), triangle(S, A, C, t),
  ];
  const borders = [
    ...chain([A, M, I], 0.003),
    ...chain([I, L, N], [0.0045, 0.005, 0.007]),
    ...chain([A, S, N], [0.003, 0.0035, 0.005]),
  ];
  // spine: a ridge standing off the back of the blade, rising into the acromion
  const spinePts: Vec3[] = [
    [root[0], root[1], root[2] + 0.003],
    [spineMid[0], spineMid[1], spineMid[2] - 0.004],
    [0.165, 1.42, -0.055],
    [acr[0] - 0.02, acr[1] + 0.001, acr[2] - 0.024],
  ];
  const spine = [
    ...chain(spinePts, [0.003, 0.0045, 0.006, 0.006]),
    triangle([root[0], root[1], root[2] + 0.006], [spineMid[0], spineMid[1] - 0.003, spineMid[2] + 0.006], [0.165, 1.415, -0.045], 0.002),
    ellipsoid([acr[0] - 0.012, acr[1] + 0.001, acr[2] - 0.008], [0.015, 0.0045, 0.017], frame([1, 0.1, 0.45], [0, 1, 0]) as [Vec3, Vec3, Vec3]),
  ];
  const glenoidAxes = frame([1, 0, 0.45], [0, 1, 0]);
  const process = [
    // glenoid cavity rim and neck
    ellipsoid([gl[0] - 0.009, gl[1], gl[2] - 0.006], [0.006, 0.018, 0.012], glenoidAxes),
    capsule(N, [gl[0] - 0.01, gl[1], gl[2] - 0.008], 0.008, 0.009),
    // coracoid: up from the neck, then forward and lateral
    ...chain([[N[0] - 0.004, N[1] + 0.012, N[2] + 0.01], [0.135, 1.418, 0.004], [cor[0] - 0.002, cor[1] + 0.002, cor[2] - 0.006]], [0.0055, 0.0055, 0.005]),
    sphere([cor[0] - 0.002, cor[1], cor[2] - 0.004], 0.0055),
  ];
  return smoothUnion([...blade, ...borders, ...spine, ...process], 0.004);
}
