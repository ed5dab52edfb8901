/**
 * Types of the atlas embed protocol, version 1, for hosts (shipped as atlas-embed-types.d.ts).
 * They mirror src/embed/protocol/; a unit test checks that they agree.
 */

export type Side = 'left' | 'right';
export type View = 'front' | 'back' | 'left' | 'right' | 'top';
export type SkinMode = 'opaque' | 'see-through' | 'hidden';
/** A point in the body frame: metres, +Y up, the body faces +Z, its left is +X. */
export type Vec3 = [number, number, number];
export type ErrorCode = 'unknown-method' | 'bad-params' | 'not-found' | 'not-ready' | 'forbidden';

export interface MuscleSide {
  muscleId: string;
  side: Side;
}
export interface CameraPose {
  position: Vec3;
  target: Vec3;
}
export interface Layers {
  skin: SkinMode;
  bones: boolean;
  peel: number;
  isolate: boolean;
  fade: boolean;
}
/** The atlas state, keyed as the link parameters are; null where the link leaves the key out. */
export interface LinkState extends Layers {
  muscle: string | null;
  side: Side | null;
  tp: string | null;
  condition: string | null;
  view: View;
}
/** A value of state.set, read as the link's text would be (true → "1"); null removes the key. */
export type LinkValue = string | number | boolean | null;
export type LinkStatePatch = { [K in keyof LinkState]?: LinkValue | undefined };

export interface ReadyData {
  version: 1;
  methods: string[];
  events: string[];
}
/** The kinds of question study mode asks. */
export type QuizKind = 'find-muscle' | 'name-muscle' | 'where-refers' | 'which-muscle' | 'place-trigger-point';
/** Sent after each answer in study mode. */
export interface QuizAnswered {
  index: number;
  correct: boolean;
  points: number;
  score: number;
  kind: QuizKind;
  seed: number;
  itemKey: string;
}
/** Sent once the last question of a quiz is answered. */
export interface QuizFinished {
  score: number;
  length: number;
  kind: QuizKind;
  seed: number;
}
export interface AtlasInfo extends ReadyData {
  ready: boolean;
  quizKinds?: string[] | undefined;
}
export interface MuscleSummary {
  id: string;
  name: string;
  latinName: string;
  layer: number;
  bodyRegion: string;
  bilateral: boolean;
  triggerPoints: { id: string; label: string }[];
  conditions: string[];
}
export interface TriggerPointEntry {
  id: string;
  label: string;
  location: string;
  position: { along: number; across: number };
  referredPain: { essential: string[]; spillover: string[] };
  referralSide: 'same' | 'both' | 'opposite';
  notes?: string | undefined;
  /** How a clinician finds it by touch. */
  palpation: 'flat' | 'pincer' | 'not-palpable';
  palpationNote?: string | undefined;
  patientPosition: string;
}
/** A self-care step, with its cautions and when not to do it. */
export interface SelfCareStep {
  how: string;
  cautions: string[];
  avoidIf: string[];
  references: string[];
}
/** A muscle's full dataset entry. Its text is data: show it as text, never as HTML. */
export interface MuscleEntry {
  id: string;
  name: string;
  latinName: string;
  synonyms: string[];
  bodyRegion: string;
  layer: number;
  bilateral: boolean;
  origin: string;
  insertion: string;
  action: string;
  innervation: string;
  triggerPoints: TriggerPointEntry[];
  conditions: string[];
  references: string[];
  notes?: string | undefined;
  selfCare: { stretch: SelfCareStep; pressureRelease: SelfCareStep };
  perpetuatingFactors: { kind: 'posture' | 'overuse' | 'habit' | 'structure' | 'injury'; text: string; references: string[] }[];
}
export interface RankedMuscle {
  muscleId: string;
  side: Side;
  score: number;
  triggerPoints: string[];
  essential: string[];
  spillover: string[];
}
type Empty = Record<string, never>;

/** Every method of protocol version 1: what it takes and what it returns. */
export interface AtlasMethods {
  'atlas.info': { params: Empty; result: AtlasInfo };
  'events.subscribe': { params: { events?: EventName[] | undefined }; result: { events: EventName[] } };
  'state.get': { params: Empty; result: LinkState };
  'state.set': { params: LinkStatePatch; result: { state: LinkState; notices: string[] } };
  'muscle.select': { params: { muscleId: string; side?: Side | undefined }; result: MuscleSide };
  'muscle.clear': { params: Empty; result: Empty };
  'triggerPoint.show': { params: { triggerPointId: string; side?: Side | undefined }; result: { triggerPointId: string } & MuscleSide };
  'condition.open': { params: { conditionId: string }; result: { conditionId: string; muscles: string[] } };
  'view.set': { params: { view: View }; result: { view: View } };
  'camera.get': { params: Empty; result: CameraPose };
  'camera.set': { params: CameraPose & { animate?: boolean | undefined }; result: CameraPose };
  'layers.set': { params: { [K in keyof Layers]?: Layers[K] | undefined }; result: Layers };
  'pain.rank': { params: { regions: string[]; side?: Side | undefined }; result: { muscles: RankedMuscle[] } };
  'view.capture': { params: { width?: number | undefined; height?: number | undefined }; result: { dataUrl: string; width: number; height: number } };
  'data.muscles': { params: Empty; result: { muscles: MuscleSummary[] } };
  'data.muscle': { params: { muscleId: string }; result: { muscle: MuscleEntry } };
}
export type MethodName = keyof AtlasMethods;

/** Every event of protocol version 1 and its data. */
export interface AtlasEvents {
  ready: ReadyData;
  'muscle.selected': MuscleSide;
  'muscle.cleared': Empty;
  'muscle.hovered': MuscleSide | null;
  'view.changed': { view: View };
  'state.changed': { state: LinkState };
  'quiz.answered': QuizAnswered;
  'quiz.finished': QuizFinished;
}
export type EventName = keyof AtlasEvents;
