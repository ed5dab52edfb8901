/**
 * The muscle material: a red-brown standard material with fibre stripes running along the muscle
 * (TEXCOORD_0 u is "along", so the stripes vary with v), and the colours of each look.
 */
import * as THREE from 'three';
import type { MuscleLook } from './muscle-look';

interface LookStyle {
  color: string;
  emissive: string;
  opacity: number;
}

/** Colours per look; faded is greyer and translucent. */
export const LOOK_STYLES: Record<Exclude<MuscleLook, 'hidden'>, LookStyle> = {
  normal: { color: '#b4503f', emissive: '#000000', opacity: 1 },
  hover: { color: '#c8604f', emissive: '#3a0d08', opacity: 1 },
  selected: { color: '#e0483a', emissive: '#5a1008', opacity: 1 },
  condition: { color: '#e39a3b', emissive: '#3d2206', opacity: 1 },
  faded: { color: '#a89896', emissive: '#000000', opacity: 0.18 },
  ghost: { color: '#b7a9a6', emissive: '#000000', opacity: 0.1 },
};

function addFibres(shader: THREE.WebGLProgramParametersWithUniforms): void {
  shader.vertexShader = shader.vertexShader
    .replace('#include <common>', '#include <common>\nvarying vec2 vFibreUv;')
    .replace('#include <begin_vertex>', '#include <begin_vertex>\nvFibreUv = uv;');
  shader.fragmentShader = shader.fragmentShader
    .replace('#include <common>', '#include <common>\nvarying vec2 vFibreUv;')
    .replace(
      '#include <color_fragment>',
      '#include <color_fragment>\n' +
        'float fibre = 0.5 + 0.5 * sin(vFibreUv.y * 140.0 + sin(vFibreUv.x * 9.0) * 2.0);\n' +
        'diffuseColor.rgb *= 0.84 + 0.16 * fibre;',
    );
}

/** A new muscle material (one per mesh so each can change colour alone; all share one program). */
export function createMuscleMaterial(): THREE.MeshStandardMaterial {
  const m = new THREE.MeshStandardMaterial({ color: LOOK_STYLES.normal.color, roughness: 0.62, metalness: 0 });
  m.onBeforeCompile = addFibres;
  m.customProgramCacheKey = () => 'atlas-muscle-fibres';
  return m;
}

/** Applies a look to a muscle material in place. */
export function applyLook(m: THREE.MeshStandardMaterial, look: MuscleLook): void {
  if (look === 'hidden') return;
  const style = LOOK_STYLES[look];
  m.color.set(style.color);
  m.emissive.set(style.emissive);
  const transparent = style.opacity < 1;
  if (m.transparent !== transparent) {
    m.transparent = transparent;
    m.depthWrite = !transparent;
    m.needsUpdate = true;
  }
  m.opacity = style.opacity;
}
