/** A neutral studio light: soft sky/ground fill, a warm key from front-left-above and a cool rim from behind. */

/** The scene's lights; no environment maps (nothing is fetched). */
export function StudioLights() {
  return (
    <>
      <hemisphereLight args={['#ffffff', '#b9b2a8', 1.35]} />
      <directionalLight position={[1.6, 3.2, 2.6]} intensity={1.9} color="#fff6ec" />
      <directionalLight position={[-2.2, 1.8, 1.2]} intensity={0.55} color="#eef3ff" />
      <directionalLight position={[0, 2.4, -3]} intensity={1.1} color="#e8efff" />
    </>
  );
}
