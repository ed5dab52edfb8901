/**
 * The core methods of protocol version 1 over an AtlasController. Ids are checked against the
 * dataset here (unknown → not-found); the controller only carries out what was asked.
 */
import { fromSearchParams } from '../core/url-state';
import type { DatasetIndex } from '../core/dataset/queries';
import type { AtlasController } from './controller';
import { EVENT_NAMES } from './protocol/events';
import { EmbedError } from './protocol/errors';
import { METHOD_SCHEMAS, type CoreMethodName, type MethodParams, type MethodResult } from './protocol/methods';
import { PROTOCOL_VERSION } from './protocol/version';
import { linkStateOf, patchedLink } from './link-state';
import type { CallContext, MethodDefinition, MethodRegistry, Needs } from './registry';

type CoreDefinitions = {
  [M in CoreMethodName]: {
    needs: Needs;
    run(params: MethodParams<M>, call: CallContext): MethodResult<M> | Promise<MethodResult<M>>;
    available?: (controller: AtlasController) => boolean;
  };
};

/** The index, which methods that need data always have (the dispatcher checks readiness first). */
function indexDataset(controller: AtlasController): DatasetIndex {
  const index = controller.index();
  if (!index) throw new EmbedError('not-ready', 'The atlas has not loaded its data yet; wait for the ready event.');
  return index;
}

/** The `quote`d id for an error message, cut short. */
const q = (id: string) => JSON.stringify(id.length > 48 ? `${id.slice(0, 48)}…` : id);

const CORE: CoreDefinitions = {
  'atlas.info': {
    needs: 'nothing',
    run: (_p, { controller, registry }) => ({
      version: PROTOCOL_VERSION,
      ready: controller.snapshot().ready,
      methods: registry.names(controller),
      events: [...EVENT_NAMES],
      ...registry.infoExtras(),
    }),
  },
  'events.subscribe': {
    needs: 'nothing',
    run: (p, { hub, caller }) => ({ events: hub.subscribe(caller, p.events) }),
  },
  'state.get': {
    needs: 'data',
    run: (_p, { controller }) => linkStateOf(controller.snapshot().url),
  },
  'state.set': {
    needs: 'data',
    run: (p, { controller }) => {
      const link = patchedLink(controller.snapshot().url, p);
      const { state, notices, viewGiven } = fromSearchParams(link, indexDataset(controller));
      // The current view is part of the link too; only a view the host names moves the camera.
      controller.applyLink(state, viewGiven && typeof p.view === 'string', notices);
      return { state: linkStateOf(controller.snapshot().url), notices };
    },
  },
  'muscle.select': {
    needs: 'data',
    run: (p, { controller }) => {
      const muscle = indexDataset(controller).muscleById(p.muscleId);
      if (!muscle) throw new EmbedError('not-found', `There is no muscle ${q(p.muscleId)}; data.muscles lists them.`);
      const side = p.side ?? controller.snapshot().url.selected?.side ?? 'left';
      controller.selectMuscle(muscle.id, side);
      return { muscleId: muscle.id, side };
    },
  },
  'muscle.clear': {
    needs: 'data',
    run: (_p, { controller }) => {
      controller.clearSelection();
      return {};
    },
  },
  'triggerPoint.show': {
    needs: 'data',
    run: (p, { controller }) => {
      const found = indexDataset(controller).triggerPointById(p.triggerPointId);
      if (!found) {
        throw new EmbedError('not-found', `There is no trigger point ${q(p.triggerPointId)}; data.muscle lists a muscle's trigger points.`);
      }
      const current = controller.snapshot().url.selected;
      const side = p.side ?? (current?.muscleId === found.muscle.id ? current.side : 'left');
      controller.showTriggerPoint(found.triggerPoint.id, found.muscle.id, side);
      return { triggerPointId: found.triggerPoint.id, muscleId: found.muscle.id, side };
    },
  },
  'condition.open': {
    needs: 'data',
    run: (p, { controller }) => {
      const index = indexDataset(controller);
      const condition = index.conditionById(p.conditionId);
      if (!condition) throw new EmbedError('not-found', `There is no condition ${q(p.conditionId)}.`);
      controller.openCondition(condition.id);
      return { conditionId: condition.id, muscles: index.musclesOfCondition(condition.id).map((m) => m.id) };
    },
  },
  'view.set': {
    needs: 'data',
    run: (p, { controller }) => {
      controller.setView(p.view);
      return { view: p.view };
    },
  },
  'camera.get': {
    needs: 'scene',
    run: (_p, { controller }) => {
      const pose = controller.getCamera();
      if (!pose) throw new EmbedError('not-ready', 'The 3D view is not shown, so it has no camera.');
      return pose;
    },
  },
  'camera.set': {
    needs: 'scene',
    run: async (p, { controller }) => {
      const pose = await controller.setCamera({ position: p.position, target: p.target }, p.animate ?? false);
      if (!pose) throw new EmbedError('not-ready', 'The 3D view is not shown, so it has no camera.');
      return pose;
    },
  },
  'layers.set': {
    needs: 'data',
    run: (p, { controller }) => {
      const patch = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined));
      controller.setLayers(patch);
      const { skin, bones, peel, isolate, fade } = controller.snapshot().url;
      return { skin, bones, peel, isolate, fade };
    },
  },
  'pain.rank': {
    needs: 'data',
    available: (controller) => controller.rankPain !== undefined,
    run: (p, { controller }) => {
      const index = indexDataset(controller);
      const unknown = p.regions.filter((r) => index.regionById(r) === undefined);
      if (unknown.length > 0) throw new EmbedError('not-found', `Unknown region${unknown.length > 1 ? 's' : ''} ${unknown.slice(0, 5).map(q).join(', ')}.`);
      if (!controller.rankPain) throw new EmbedError('not-ready', 'This atlas has no pain ranking.');
      return { muscles: controller.rankPain([...new Set(p.regions)], p.side) };
    },
  },
  'view.capture': {
    needs: 'scene',
    run: (p, { controller }) => controller.capture(p.width, p.height),
  },
  'data.muscles': {
    needs: 'data',
    run: (_p, { controller }) => ({
      muscles: indexDataset(controller)
        .muscleGroups()
        .flatMap((g) => g.muscles)
        .map((m) => ({
          id: m.id,
          name: m.name,
          latinName: m.latinName,
          layer: m.layer,
          bodyRegion: m.bodyRegion,
          bilateral: m.bilateral,
          triggerPoints: m.triggerPoints.map((t) => ({ id: t.id, label: t.label })),
          conditions: [...m.conditions],
        })),
    }),
  },
  'data.muscle': {
    needs: 'data',
    run: (p, { controller }) => {
      const muscle = indexDataset(controller).muscleById(p.muscleId);
      if (!muscle) throw new EmbedError('not-found', `There is no muscle ${q(p.muscleId)}; data.muscles lists them.`);
      // A copy: the host gets data, and nothing it could hold on to changes the atlas.
      return { muscle: structuredClone(muscle) };
    },
  },
};

/** Adds the core methods to a registry (their params schemas from src/embed/protocol/methods.ts). */
export function defineCoreMethods(registry: MethodRegistry): MethodRegistry {
  for (const name of Object.keys(CORE) as CoreMethodName[]) {
    const def = CORE[name];
    registry.define(name, { params: METHOD_SCHEMAS[name].params, ...def } as MethodDefinition);
  }
  return registry;
}
