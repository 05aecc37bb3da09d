/**
 * Completing a user task: its fields (validated) and the command that records it. `apply` runs inside the
 * completion's transaction and returns the process variables the model reads next.
 */
import type { EntityManager } from 'typeorm';
import type { ZodTypeAny, z } from 'zod';
import type { EngineTask } from '../../core/engine/engine-client.js';
import type { Item, Meeting } from '../../db/entities/index.js';
import type { CommandContext } from '../../core/items/commands/context.js';
import type { Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';

export interface FormContext<T> {
  tx: EntityManager;
  deps: AppDeps;
  actor: Actor;
  task: EngineTask;
  /** The task's candidate groups (a department task's department). */
  groups: string[];
  item: Item | null;
  meeting: Meeting | null;
  data: T;
  /** The completion's transaction, actor and instant, as the commands take them. */
  command: CommandContext;
}

export interface TaskForm<S extends ZodTypeAny = ZodTypeAny> {
  /** zh-CN title shown above the form. */
  title: string;
  schema: S;
  apply(ctx: FormContext<z.infer<S>>): Promise<Record<string, unknown>>;
}

export function defineForm<S extends ZodTypeAny>(f: TaskForm<S>): TaskForm<S> {
  return f;
}

/** The fields a completion validates: the keys of its schema's object (under any refinements). */
export function codedFields(form: TaskForm): string[] {
  // A refined schema (ZodEffects) holds the object it refines as `_def.schema`.
  const inner = (s: ZodTypeAny) => (s._def as { schema?: ZodTypeAny }).schema;
  let schema = form.schema;
  for (let next = inner(schema); next; next = inner(schema)) schema = next;
  return Object.keys((schema as unknown as { shape: object }).shape);
}
