/**
 * The referred-pain zone material as a distance field: each fragment measures its distance to the zone's
 * capsules (see selectionCapsules in src/core/zones.ts), so edges are crisp and smooth whatever the
 * tessellation. Essential zone solid red; spillover red dots on a pale ground (a pattern, so the two
 * read apart without colour and in print); both with a thin dark rim and antialiased edges. Anything
 * outside the zones is discarded, so the material works as an overlay on the skin or, with `grow`,
 * on the muscles under it.
 */
import * as THREE from 'three';
import type { ZoneCapsule } from '../../core/zones';
import { FACING_MIN_DOT } from '../../core/zones';

/** How many capsules one material holds (essential and spillover together). */
export const MAX_ZONE_CAPSULES = 64;

const vertexShader = /* glsl */ `
varying vec3 vWorld;
varying vec3 vNormal;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  vNormal = normalize(mat3(modelMatrix) * normal);
  gl_Position = projectionMatrix * viewMatrix * world;
}`;

const fragmentShader = /* glsl */ `
#define MAX_CAPSULES ${MAX_ZONE_CAPSULES}
uniform vec4 uA[MAX_CAPSULES];   // xyz: start, w: radius there
uniform vec4 uB[MAX_CAPSULES];   // xyz: end, w: radius there
uniform vec4 uF[MAX_CAPSULES];   // xyz: facing (zero for none), w: 1 essential, 2 spillover
uniform int uCount;
uniform float uGrow;             // added to every radius (for surfaces under the skin)
uniform vec3 uRed;
uniform vec3 uRim;
uniform vec3 uGround;
uniform float uCell;
varying vec3 vWorld;
varying vec3 vNormal;

float capsule(vec3 p, vec4 a, vec4 b) {
  vec3 ab = b.xyz - a.xyz;
  float l2 = dot(ab, ab);
  float t = l2 > 0.0 ? clamp(dot(p - a.xyz, ab) / l2, 0.0, 1.0) : 0.0;
  return length(p - (a.xyz + ab * t)) - mix(a.w, b.w, t) - uGrow;
}

// 1 inside, 0 outside, over about one pixel of the field's own screen-space rate.
float cover(float d) {
  float w = max(fwidth(d), 1e-6);
  return clamp(0.5 - d / w, 0.0, 1.0);
}

void main() {
  vec3 n = normalize(vNormal);
  float dE = 1e3;
  float dS = 1e3;
  for (int i = 0; i < MAX_CAPSULES; i++) {
    if (i >= uCount) break;
    vec4 f = uF[i];
    float d = capsule(vWorld, uA[i], uB[i]);
    // The facing test as a distance too (about 5 cm per unit of the normal's dot), so its edge is antialiased.
    if (dot(f.xyz, f.xyz) > 0.5) d = max(d, (${FACING_MIN_DOT.toFixed(3)} - dot(n, f.xyz)) * 0.05);
    if (f.w < 1.5) dE = min(dE, d); else dS = min(dS, d);
  }
  float e = cover(dE);
  float s = cover(dS) * (1.0 - e);
  if (e + s < 0.004) discard;

  // Spillover stipple: a staggered dot lattice in the body-frame plane the surface faces most.
  vec3 an = abs(n);
  vec2 p = an.x > an.y && an.x > an.z ? vWorld.zy : (an.y > an.z ? vWorld.xz : vWorld.xy);
  p /= uCell;
  p.x += 0.5 * mod(floor(p.y), 2.0);
  float dd = length(fract(p) - 0.5) - 0.26;
  float dotMask = clamp(0.5 - dd / max(fwidth(dd), 1e-4), 0.0, 1.0);
  vec3 spill = mix(uGround, uRed, dotMask);

  // A thin rim along each zone's edge, about a pixel and a half wide.
  float rimE = 1.0 - smoothstep(0.75, 1.5, abs(dE) / max(fwidth(dE), 1e-6));
  float rimS = 1.0 - smoothstep(0.75, 1.5, abs(dS) / max(fwidth(dS), 1e-6));
  vec3 col = (e * uRed + s * spill) / max(e + s, 1e-4);
  col = mix(col, uRim, max(rimE, rimS * (1.0 - e)) * 0.85);
  float shade = 0.84 + 0.16 * max(dot(n, normalize(vec3(0.3, 0.6, 0.75))), 0.0);
  gl_FragColor = vec4(col * shade, max(e, s * mix(0.8, 1.0, dotMask)));
  #include <colorspace_fragment>
}`;

const vecs = () => Array.from({ length: MAX_ZONE_CAPSULES }, () => new THREE.Vector4());

/** Options: `grow` widens every zone by that many metres (for an overlay on muscles under the skin). */
export interface ZoneFieldOptions {
  grow?: number;
}

/** A new zone material; draw it after the surface it lies on (it writes no depth and is polygon-offset). */
export function createZoneFieldMaterial(options: ZoneFieldOptions = {}): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    name: 'referred-pain-zone-field',
    vertexShader,
    fragmentShader,
    uniforms: {
      uA: { value: vecs() },
      uB: { value: vecs() },
      uF: { value: vecs() },
      uCount: { value: 0 },
      uGrow: { value: options.grow ?? 0 },
      uRed: { value: new THREE.Color('#d0161b') },
      uRim: { value: new THREE.Color('#5e0a0c') },
      uGround: { value: new THREE.Color('#fbe9e4') },
      uCell: { value: 0.009 },
    },
    transparent: true,
    depthWrite: false,
    polygonOffset: true,
    polygonOffsetFactor: -2,
    polygonOffsetUnits: -4,
  });
}

/**
 * Loads capsules into a zone material, essential first; what does not fit (spillover first) is left out.
 * Returns how many were left out. Capsules are in the body frame, which is the scene's world frame.
 */
export function setZoneCapsules(material: THREE.ShaderMaterial, essential: readonly ZoneCapsule[], spillover: readonly ZoneCapsule[]): number {
  const a = material.uniforms.uA?.value as THREE.Vector4[];
  const b = material.uniforms.uB?.value as THREE.Vector4[];
  const f = material.uniforms.uF?.value as THREE.Vector4[];
  const all = [...essential.map((c) => [c, 1] as const), ...spillover.map((c) => [c, 2] as const)];
  const n = Math.min(all.length, MAX_ZONE_CAPSULES);
  for (let i = 0; i < n; i++) {
    const [c, kind] = all[i] as readonly [ZoneCapsule, number];
    (a[i] as THREE.Vector4).set(c.a[0], c.a[1], c.a[2], c.ra);
    (b[i] as THREE.Vector4).set(c.b[0], c.b[1], c.b[2], c.rb);
    (f[i] as THREE.Vector4).set(c.facing?.[0] ?? 0, c.facing?.[1] ?? 0, c.facing?.[2] ?? 0, kind);
  }
  (material.uniforms.uCount as { value: number }).value = n;
  return all.length - n;
}
