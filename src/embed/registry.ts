/**
 * The method table of the message API. Core methods are defined by `defineCoreMethods`; other
 * features add theirs with `define` (study mode: quiz.start, quiz.state, quiz.answer) and add to
 * atlas.info with `extendInfo` (quizKinds).
 */
import type { z } from 'zod';
import type { AtlasController } from './controller';
import type { EventHub, ReplyTarget } from './event-hub';
import { METHOD_NAME } from './protocol/messages';

/** What a method must have before it runs: nothing, the dataset, or the drawn 3D view. */
export type Needs = 'nothing' | 'data' | 'scene';

/** Who called, and the atlas they called. */
export interface CallContext {
  controller: AtlasController;
  registry: MethodRegistry;
  hub: EventHub;
  /** The calling window and its origin (replies and subscriptions go there). */
  caller: ReplyTarget;
}

/** One method: its params schema, what it needs, and what it does (throw EmbedError to refuse). */
export interface MethodDefinition<P = unknown, R = unknown> {
  params: z.ZodType<P>;
  needs: Needs;
  run(params: P, call: CallContext): R | Promise<R>;
  /** Whether the method exists in this atlas (default: always); unavailable methods are not listed. */
  available?: (controller: AtlasController) => boolean;
}

/** What features add to atlas.info. */
export interface InfoExtras {
  /** The kinds of quiz study mode offers. */
  quizKinds?: string[];
}

/** A table of methods by `namespace.verb` name. */
export class MethodRegistry {
  private readonly methods = new Map<string, MethodDefinition>();
  private readonly extras: (() => InfoExtras)[] = [];

  /** Adds a method; a bad or duplicate name is a programming error and throws. */
  define<P, R>(name: string, definition: MethodDefinition<P, R>): this {
    if (!METHOD_NAME.test(name)) throw new Error(`Embed method "${name}" must be named namespace.verb (e.g. "quiz.start").`);
    if (this.methods.has(name)) throw new Error(`Embed method "${name}" is already defined.`);
    this.methods.set(name, definition as MethodDefinition);
    return this;
  }

  /** The method of that name, if this atlas has it. */
  get(name: string, controller: AtlasController): MethodDefinition | undefined {
    const m = this.methods.get(name);
    return m && (m.available?.(controller) ?? true) ? m : undefined;
  }

  /** The names of the methods this atlas has, in definition order. */
  names(controller: AtlasController): string[] {
    return [...this.methods.keys()].filter((n) => this.get(n, controller) !== undefined);
  }

  /** Adds fields to atlas.info (read on every call). */
  extendInfo(extra: () => InfoExtras): this {
    this.extras.push(extra);
    return this;
  }

  /** The fields features added to atlas.info. */
  infoExtras(): InfoExtras {
    return Object.assign({}, ...this.extras.map((f) => f())) as InfoExtras;
  }
}
