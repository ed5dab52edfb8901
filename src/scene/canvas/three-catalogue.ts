/**
 * The three.js classes the scene's JSX uses (`<mesh>`, `<group>`, …), registered with R3F. R3F's
 * own <Canvas> registers the whole THREE namespace, which keeps all of three.js in the bundle; the
 * scene's LeanCanvas registers only these. A new intrinsic element needs its class added here
 * (R3F says "<Name> is not part of the THREE namespace" otherwise).
 */
import { DirectionalLight, Group, HemisphereLight, Mesh } from 'three';

/** Classes by the name R3F looks them up under (the JSX tag with its first letter capitalised). */
export const THREE_CATALOGUE = { DirectionalLight, Group, HemisphereLight, Mesh } as const;
