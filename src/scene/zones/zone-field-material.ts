/**
 * The referred-pain zone material as a distance field: each fragment measures its distance to a list of
 * capsules (see selectionCapsules in src/core/zones.ts and drawingCapsules in src/core/pain/drawing.ts),
 * so edges are crisp and smooth whatever the tessellation.
 *
 * Three kinds of capsule share one pass: the essential zone (solid red), the spillover zone (red dots on
 * a pale ground: a pattern, so the two read apart without colour and in print) and the user's pain
 * drawing (a blue diagonal hatch with a blue outline that stays on top, so the drawing remains visible
 * under the zones of a chosen result). Edges are antialiased and rimmed; everything else is discarded,
 * so the material works as an overlay on the skin or, with `grow`, on the muscles under it.
 *
 * Capsules live in a float texture (three texels each), so any number fits.
 */
import * as THREE from 'three';
import type { ZoneCapsule } from '../../core/zones';
import { FACING_MIN_DOT } from '../../core/zones';

/** What a capsule draws. */
export type FieldKind = 'essential' | 'spillover' | 'drawing';
const KIND_CODE: Record<FieldKind, number> = { essential: 1, spillover: 2, drawing: 3 };

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
precision highp sampler2D;
uniform sampler2D uCaps;         // row i: (a.xyz, ra), (b.xyz, rb), (facing.xyz, kind)
uniform int uCount;
uniform vec3 uBoxMin;            // bounds of every capsule (radii and grow included): outside, nothing to draw
uniform vec3 uBoxMax;
uniform float uGrow;             // added to every radius (for surfaces under the skin)
uniform vec3 uRed;
uniform vec3 uRim;
uniform vec3 uGround;
uniform vec3 uInk;
uniform vec3 uInkGround;
uniform float uCell;
varying vec3 vWorld;
varying vec3 vNormal;

float capsule(vec3 p, vec4 a, vec4 b) {
  vec3 ab = b.xyz - a.xyz;
  float l2 = dot(ab, ab);
  float t = l2 > 0.0 ? clamp(dot(p - a.xyz, ab) / l2, 0.0, 1.0) : 0.0;
  return length(p - (a.xyz + ab * t)) - mix(a.w, b.w, t) - uGrow;
}

// 1 inside, 0 outside, over about one pixel at the field's own screen-space rate.
float cover(float d) {
  return clamp(0.5 - d / max(fwidth(d), 1e-6), 0.0, 1.0);
}
// A line along the field's zero, about 'px' pixels wide.
float rim(float d, float px) {
  return 1.0 - smoothstep(px * 0.5, px * 0.5 + 1.0, abs(d) / max(fwidth(d), 1e-6));
}

void main() {
  // A margin of a few pixels keeps the rim and the antialiased edge inside the box.
  vec3 margin = vec3(4.0 * length(fwidth(vWorld)));
  if (any(lessThan(vWorld, uBoxMin - margin)) || any(greaterThan(vWorld, uBoxMax + margin))) discard;
  vec3 n = normalize(vNormal);
  float dE = 1e3;
  float dS = 1e3;
  float dD = 1e3;
  for (int i = 0; i < uCount; i++) {
    vec4 a = texelFetch(uCaps, ivec2(0, i), 0);
    vec4 b = texelFetch(uCaps, ivec2(1, i), 0);
    vec4 f = texelFetch(uCaps, ivec2(2, i), 0);
    float d = capsule(vWorld, a, b);
    // The facing test as a distance too (about 5 cm per unit of the normal's dot), so its edge is antialiased.
    if (dot(f.xyz, f.xyz) > 0.5) d = max(d, (${FACING_MIN_DOT.toFixed(3)} - dot(n, f.xyz)) * 0.05);
    if (f.w < 1.5) dE = min(dE, d);
    else if (f.w < 2.5) dS = min(dS, d);
    else dD = min(dD, d);
  }
  float e = cover(dE);
  float s = cover(dS) * (1.0 - e);
  float dr = cover(dD);
  float drawRim = rim(dD, 2.0);
  if (e + s + dr + drawRim < 0.004) discard;

  // Spillover stipple: a staggered dot lattice in the body-frame plane the surface faces most.
  vec3 an = abs(n);
  vec2 p = an.x > an.y && an.x > an.z ? vWorld.zy : (an.y > an.z ? vWorld.xz : vWorld.xy);
  p /= uCell;
  vec2 q = p;
  p.x += 0.5 * mod(floor(p.y), 2.0);
  float dd = length(fract(p) - 0.5) - 0.26;
  float dotMask = clamp(0.5 - dd / max(fwidth(dd), 1e-4), 0.0, 1.0);
  vec3 spill = mix(uGround, uRed, dotMask);

  // The drawing: diagonal hatch under the zones.
  float h = abs(fract((q.x + q.y) * 0.5) - 0.5) - 0.16;
  float hatch = clamp(0.5 - h / max(fwidth(h), 1e-4), 0.0, 1.0);
  vec3 drawn = mix(uInkGround, uInk, hatch * 0.8);

  float zone = e + s;
  vec3 zoneCol = (e * uRed + s * spill) / max(zone, 1e-4);
  zoneCol = mix(zoneCol, uRim, max(rim(dE, 1.5), rim(dS, 1.5) * (1.0 - e)) * 0.85);
  vec3 col = mix(drawn, zoneCol, zone > 0.0 ? zone / max(zone + dr * (1.0 - zone), 1e-4) : 0.0);
  col = mix(col, uInk, drawRim);
  float alpha = max(max(e, s * mix(0.8, 1.0, dotMask)), max(dr * 0.85, drawRim));
  float shade = 0.84 + 0.16 * max(dot(n, normalize(vec3(0.3, 0.6, 0.75))), 0.0);
  gl_FragColor = vec4(col * shade, alpha);
  #include <colorspace_fragment>
}`;

/** Options: `grow` widens every shape by that many metres (for an overlay on muscles under the skin). */
export interface ZoneFieldOptions {
  grow?: number;
}

function capsuleTexture(rows: number): THREE.DataTexture {
  const tex = new THREE.DataTexture(new Float32Array(3 * 4 * rows), 3, rows, THREE.RGBAFormat, THREE.FloatType);
  tex.minFilter = THREE.NearestFilter;
  tex.magFilter = THREE.NearestFilter;
  tex.generateMipmaps = false;
  tex.needsUpdate = true;
  return tex;
}

/** A new field material; draw it after the surface it lies on (it writes no depth and is polygon-offset). */
export function createZoneFieldMaterial(options: ZoneFieldOptions = {}): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    name: 'referred-pain-zone-field',
    vertexShader,
    fragmentShader,
    uniforms: {
      uCaps: { value: capsuleTexture(1) },
      uCount: { value: 0 },
      uBoxMin: { value: new THREE.Vector3() },
      uBoxMax: { value: new THREE.Vector3() },
      uGrow: { value: options.grow ?? 0 },
      uRed: { value: new THREE.Color('#d0161b') },
      uRim: { value: new THREE.Color('#5e0a0c') },
      uGround: { value: new THREE.Color('#fbe9e4') },
      uInk: { value: new THREE.Color('#1f4fb8') },
      uInkGround: { value: new THREE.Color('#dfe8fb') },
      uCell: { value: 0.009 },
    },
    transparent: true,
    depthWrite: false,
    polygonOffset: true,
    polygonOffsetFactor: -2,
    polygonOffsetUnits: -4,
  });
}

/** The capsules of each kind a field material shows. */
export type FieldCapsules = Partial<Record<FieldKind, readonly ZoneCapsule[]>>;

/**
 * Loads capsules into a field material (body frame, which is the scene's world frame). Returns how many
 * it now draws. Grows the capsule texture when needed; the old one is disposed.
 */
export function setFieldCapsules(material: THREE.ShaderMaterial, capsules: FieldCapsules): number {
  const all = (['essential', 'spillover', 'drawing'] as const).flatMap((k) => (capsules[k] ?? []).map((c) => [c, KIND_CODE[k]] as const));
  const slot = material.uniforms.uCaps as { value: THREE.DataTexture };
  let tex = slot.value;
  if (tex.image.height < all.length) {
    tex.dispose();
    tex = slot.value = capsuleTexture(Math.max(all.length, 2 * tex.image.height));
  }
  const data = tex.image.data as Float32Array;
  all.forEach(([c, kind], i) => {
    data.set([c.a[0], c.a[1], c.a[2], c.ra, c.b[0], c.b[1], c.b[2], c.rb, c.facing?.[0] ?? 0, c.facing?.[1] ?? 0, c.facing?.[2] ?? 0, kind], i * 12);
  });
  tex.needsUpdate = true;
  (material.uniforms.uCount as { value: number }).value = all.length;
  const lo = (material.uniforms.uBoxMin as { value: THREE.Vector3 }).value.set(Infinity, Infinity, Infinity);
  const hi = (material.uniforms.uBoxMax as { value: THREE.Vector3 }).value.set(-Infinity, -Infinity, -Infinity);
  const grow = (material.uniforms.uGrow as { value: number }).value;
  for (const [c] of all) {
    const r = Math.max(c.ra, c.rb) + grow;
    lo.set(Math.min(lo.x, c.a[0] - r, c.b[0] - r), Math.min(lo.y, c.a[1] - r, c.b[1] - r), Math.min(lo.z, c.a[2] - r, c.b[2] - r));
    hi.set(Math.max(hi.x, c.a[0] + r, c.b[0] + r), Math.max(hi.y, c.a[1] + r, c.b[1] + r), Math.max(hi.z, c.a[2] + r, c.b[2] + r));
  }
  if (all.length === 0) {
    lo.set(1, 1, 1);
    hi.set(-1, -1, -1);
  }
  return all.length;
}

/** Frees a field material and its capsule texture. */
export function disposeZoneFieldMaterial(material: THREE.ShaderMaterial): void {
  (material.uniforms.uCaps?.value as THREE.DataTexture | undefined)?.dispose();
  material.dispose();
}
