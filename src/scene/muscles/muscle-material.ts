/**
 * The muscle material: a red-brown standard material with fibre stripes running along the muscle
 * (TEXCOORD_0 u is "along", so the stripes vary with v), tendinous parts in the tendon colour, and
 * the colours of each look.
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

/** The colour of tendon and aponeurosis: a pale, slightly warm silver-white. */
export const TENDON_COLOR = '#d8d0bf';

/**
 * Fibres and tendons in the muscle shader. The model gives each muscle vertex its place (TEXCOORD_0:
 * u along, v across), its fibre direction (TANGENT, when present) and how much of it is tendon
 * (`_TENDON`, 0–1; absent means muscle). Stripes run along the fibres (they vary with v); a faint
 * sheen lies across the fibre direction, strongest where the fibres run across the view; tendinous
 * parts take the tendon colour with finer, fainter stripes. Meshes without the attributes read zeros.
 */
function addFibres(shader: THREE.WebGLProgramParametersWithUniforms): void {
  shader.uniforms['tendonColor'] = { value: new THREE.Color(TENDON_COLOR) };
  shader.vertexShader = shader.vertexShader
    .replace(
      '#include <common>',
      '#include <common>\nvarying vec2 vFibreUv;\nvarying float vTendon;\nvarying vec3 vFibreDir;\nattribute float _tendon;\n' +
        '#ifndef USE_TANGENT\nattribute vec4 tangent;\n#endif',
    )
    .replace('#include <begin_vertex>', '#include <begin_vertex>\nvFibreUv = uv;\nvTendon = _tendon;\nvFibreDir = normalMatrix * tangent.xyz;');
  shader.fragmentShader = shader.fragmentShader
    .replace('#include <common>', '#include <common>\nvarying vec2 vFibreUv;\nvarying float vTendon;\nvarying vec3 vFibreDir;\nuniform vec3 tendonColor;')
    .replace(
      '#include <color_fragment>',
      '#include <color_fragment>\n' +
        // the weight ramps over a few vertices: drawn as a short step across its middle, so a belly meets its
        // tendon at a line instead of fading into it over a long triangle
        'float tendon = smoothstep(0.3, 0.7, vTendon);\n' +
        'float fibre = 0.5 + 0.5 * sin(vFibreUv.y * mix(140.0, 260.0, tendon) + sin(vFibreUv.x * 9.0) * 2.0);\n' +
        'float fibreLength = length(vFibreDir);\n' +
        'float across = fibreLength > 1e-4 ? 1.0 - abs(dot(vFibreDir / fibreLength, normalize(vViewPosition))) : 0.0;\n' +
        // a tenth of the look's colour stays, so a selected or hovered muscle tints its tendons too
        'diffuseColor.rgb = mix(diffuseColor.rgb, tendonColor, 0.9 * tendon);\n' +
        'diffuseColor.rgb *= (mix(0.84, 0.94, tendon) + mix(0.16, 0.06, tendon) * fibre) * (0.94 + 0.06 * across);',
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
