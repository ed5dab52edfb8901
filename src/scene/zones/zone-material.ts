/**
 * The referred-pain overlay material: essential zone solid red, spillover zone red dots on a pale
 * ground, both opaque inside and softly edged; everything unpainted is discarded.
 */
import * as THREE from 'three';

/** Vertex attribute names the overlay reads from the skin geometry. */
export const ZONE_ATTRIBUTES = { essential: 'zoneEssential', spillover: 'zoneSpillover' } as const;

const vertexShader = /* glsl */ `
attribute float zoneEssential;
attribute float zoneSpillover;
varying float vEssential;
varying float vSpillover;
varying vec3 vWorld;
varying vec3 vNormal;
void main() {
  vEssential = zoneEssential;
  vSpillover = zoneSpillover;
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  vNormal = normalize(mat3(modelMatrix) * normal);
  gl_Position = projectionMatrix * viewMatrix * world;
}`;

const fragmentShader = /* glsl */ `
uniform vec3 uRed;
uniform vec3 uGround;
uniform float uCell;
varying float vEssential;
varying float vSpillover;
varying vec3 vWorld;
varying vec3 vNormal;
void main() {
  float e = smoothstep(0.05, 0.45, vEssential);
  float s = smoothstep(0.05, 0.45, vSpillover);
  float a = max(e, s);
  if (a < 0.02) discard;
  vec3 n = normalize(vNormal);
  vec3 an = abs(n);
  // A staggered dot lattice in the body-frame plane the surface faces most.
  vec2 p = an.x > an.y && an.x > an.z ? vWorld.zy : (an.y > an.z ? vWorld.xz : vWorld.xy);
  p /= uCell;
  p.x += 0.5 * mod(floor(p.y), 2.0);
  float d = length(fract(p) - 0.5);
  float dotMask = 1.0 - smoothstep(0.24, 0.32, d);
  vec3 spill = mix(uGround, uRed, dotMask);
  vec3 col = s > 0.001 ? mix(spill, uRed, e) : uRed;
  float shade = 0.82 + 0.18 * max(dot(n, normalize(vec3(0.3, 0.6, 0.75))), 0.0);
  gl_FragColor = vec4(col * shade, a);
  #include <colorspace_fragment>
}`;

/** A new overlay material; draw it after the skin (see SKIN_RENDER_ORDER). */
export function createZoneMaterial(): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    name: 'referred-pain-zones',
    vertexShader,
    fragmentShader,
    uniforms: {
      uRed: { value: new THREE.Color('#d0161b') },
      uGround: { value: new THREE.Color('#fbe9e4') },
      uCell: { value: 0.011 },
    },
    transparent: true,
    depthWrite: false,
    polygonOffset: true,
    polygonOffsetFactor: -2,
    polygonOffsetUnits: -4,
  });
}
