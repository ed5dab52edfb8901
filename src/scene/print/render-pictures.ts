/**
 * Renders a handout's pictures off screen: for each muscle side, the body with its referred-pain
 * zones (essential solid, spillover dotted) and black X marks at its trigger points, from the views
 * that show them best, at print resolution. Plain three.js on a canvas that is never attached to
 * the page; one WebGL context for all pictures, released at the end.
 */
import * as THREE from 'three';
import type { Side } from '../../core/frame';
import type { Dataset } from '../../core/dataset/schema';
import { muscleKey } from '../../core/model-contract';
import { computeZoneWeights, selectionCapsules, zonesForSelection } from '../../core/zones';
import { chooseViews, type HandoutView, type ViewSample } from '../../core/handout/views';
import { worldVertices, type ModelIndex } from '../model/model-index';
import { createZoneFieldMaterial, disposeZoneFieldMaterial, setFieldCapsules } from '../zones/zone-field-material';
import { frameOrthographic } from './frame-view';
import { createPrintMarks, showMarksFacing } from './print-marks';

/** One muscle side to picture (optionally one trigger point alone). */
export interface PictureRequest {
  muscleId: string;
  side: Side;
  triggerPointId?: string | null;
}

/** One rendered picture. */
export interface HandoutPicture {
  muscleId: string;
  side: Side;
  view: HandoutView;
  /** A PNG data URL. */
  src: string;
  width: number;
  height: number;
}

/** Options of {@link renderHandoutPictures}. */
export interface RenderOptions {
  /** Picture size in pixels (default 720 × 900, about 240 dpi at 76 mm wide). */
  width?: number;
  height?: number;
  /** Pictures per muscle side (default 2). */
  perMuscle?: number;
}

/** Dots of the spillover stipple, in picture pixels per dot cell. */
const DOT_CELL_PX = 9;
/** Size of an X mark in metres, and the least share of the picture height it takes. */
const MARK_SIZE = 0.03;
const MARK_SHARE = 0.045;
/** Every how many skin vertices one is used for choosing and framing views. */
const SAMPLE_STRIDE = 3;

const nextFrame = () => new Promise<void>((resolve) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => resolve()) : setTimeout(resolve, 0)));

/**
 * Renders the pictures for each request in order; rejects with a message naming the cause when
 * WebGL is unavailable or the model has no skin (the handout then prints without pictures).
 */
export async function renderHandoutPictures(model: ModelIndex, dataset: Dataset, requests: readonly PictureRequest[], options: RenderOptions = {}): Promise<HandoutPicture[]> {
  const width = options.width ?? 720;
  const height = options.height ?? 900;
  const perMuscle = options.perMuscle ?? 2;
  const skin = model.skin;
  if (!skin) throw new Error('the body model has no skin mesh to paint the pain map on');
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  let renderer: THREE.WebGLRenderer;
  try {
    renderer = new THREE.WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true, alpha: false });
  } catch (error) {
    throw new Error(`3D drawing (WebGL) is not available, so the handout has no pictures: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  renderer.setPixelRatio(1);
  renderer.setSize(width, height, false);
  renderer.setClearColor('#ffffff', 1);
  renderer.outputColorSpace = THREE.SRGBColorSpace;

  const scene = new THREE.Scene();
  scene.add(new THREE.HemisphereLight('#ffffff', '#c9c3bb', 1.6));
  const key = new THREE.DirectionalLight('#ffffff', 1.4);
  scene.add(key, key.target);
  const geometry = skin.geometry.clone();
  const skinMaterial = new THREE.MeshStandardMaterial({ color: '#eee4dc', roughness: 0.85, metalness: 0 });
  const skinMesh = new THREE.Mesh(geometry, skinMaterial);
  skinMesh.matrixAutoUpdate = false;
  skinMesh.matrix.copy(skin.matrix);
  const zoneMaterial = createZoneFieldMaterial();
  (zoneMaterial.uniforms.uGround as { value: THREE.Color }).value.set('#ffffff');
  (zoneMaterial.uniforms.uRed as { value: THREE.Color }).value.set('#c8141a');
  const zoneMesh = new THREE.Mesh(geometry, zoneMaterial);
  zoneMesh.matrixAutoUpdate = false;
  zoneMesh.matrix.copy(skin.matrix);
  zoneMesh.renderOrder = 1;
  scene.add(skinMesh, zoneMesh);

  const world = worldVertices(skin);
  const count = world.positions.length / 3;

  const pictures: HandoutPicture[] = [];
  const dir = new THREE.Vector3();
  try {
    for (const request of requests) {
      const zones = zonesForSelection(dataset, request.muscleId, request.side, request.triggerPointId ?? null);
      const w = computeZoneWeights({ ...world, landmarks: model.landmarks, regions: dataset.regions, ...zones });
      // The zones are drawn as a distance field (crisp at print resolution); the weights choose the views.
      setFieldCapsules(zoneMaterial, selectionCapsules(dataset.regions, zones, model.landmarks));
      const all = model.triggerPointsByMuscle.get(muscleKey(request.muscleId, request.side)) ?? [];
      const points = request.triggerPointId ? all.filter((p) => p.triggerPointId === request.triggerPointId) : all;
      const marks = createPrintMarks(points, MARK_SIZE);
      scene.add(marks.group);

      // What the views should show: the knots (half the weight) and the painted skin (the other half).
      const samples: ViewSample[] = points.map((p) => ({ normal: [p.normal.x, p.normal.y, p.normal.z], weight: 0.5 / Math.max(1, points.length) }));
      const painted: { i: number; weight: number }[] = [];
      for (let i = 0; i < count; i += SAMPLE_STRIDE) {
        const weight = Math.max(w.essential[i] ?? 0, 0.5 * (w.spillover[i] ?? 0));
        if (weight > 0.25) painted.push({ i, weight });
      }
      const total = painted.reduce((s, p) => s + p.weight, 0) || 1;
      for (const p of painted) {
        const n = world.normals;
        samples.push({ normal: [n[3 * p.i] ?? 0, n[3 * p.i + 1] ?? 0, n[3 * p.i + 2] ?? 0], weight: (0.5 * p.weight) / total });
      }

      for (const view of chooseViews(samples, perMuscle)) {
        dir.set(...view.dir);
        const framed: THREE.Vector3[] = points.filter((p) => p.normal.dot(dir) > -0.05).map((p) => p.position);
        for (const p of painted) {
          const n = world.normals;
          if ((n[3 * p.i] ?? 0) * dir.x + (n[3 * p.i + 1] ?? 0) * dir.y + (n[3 * p.i + 2] ?? 0) * dir.z > 0.2)
            framed.push(new THREE.Vector3(world.positions[3 * p.i], world.positions[3 * p.i + 1], world.positions[3 * p.i + 2]));
        }
        const camera = frameOrthographic(framed, dir, model.bounds, { aspect: width / height });
        (zoneMaterial.uniforms.uCell as { value: number }).value = (DOT_CELL_PX * (camera.top - camera.bottom)) / height;
        key.position.copy(camera.position).add(new THREE.Vector3(0.8, 1.6, 0).applyQuaternion(camera.quaternion));
        key.target.position.copy(camera.position).addScaledVector(dir, -1);
        key.target.updateMatrixWorld();
        showMarksFacing(marks.group, dir, Math.max(1, (MARK_SHARE * (camera.top - camera.bottom)) / MARK_SIZE));
        renderer.render(scene, camera);
        pictures.push({ muscleId: request.muscleId, side: request.side, view, src: canvas.toDataURL('image/png'), width, height });
        await nextFrame();
      }
      scene.remove(marks.group);
      marks.dispose();
    }
  } finally {
    geometry.dispose();
    skinMaterial.dispose();
    disposeZoneFieldMaterial(zoneMaterial);
    renderer.dispose();
    renderer.forceContextLoss();
  }
  return pictures;
}
