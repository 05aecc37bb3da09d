/** What every command runs with: the caller's transaction, who acts, and the instant it happens. */
import type { EntityManager } from 'typeorm';

export interface CommandContext {
  tx: EntityManager;
  /** A staff user id, `enterprise:<itemNo>`, or WORKER_ACTOR for the model's own steps. */
  actor: string;
  now: Date;
}

/** The actor of the steps the model takes itself (service tasks). */
export const WORKER_ACTOR = 'system:worker';
