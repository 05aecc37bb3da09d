/** What the web layer's use cases need; built once in the composition root (main.ts). */
import type { DataSource } from 'typeorm';
import type { Config } from '../core/config.js';
import type { EngineClient } from '../core/engine/engine-client.js';
import type { CalendarService } from '../core/calendar/calendar-service.js';
import type { Notifier } from '../core/notify/notifier.js';
import type { Logger } from '../core/log/logger.js';
import type { ActorNames } from '../core/people/actor-names.js';

export interface AppDeps {
  db: DataSource;
  engine: EngineClient;
  calendar: CalendarService;
  notifier: Notifier;
  config: Config;
  log: Logger;
  clock: () => Date;
  /** Ids in the action log in words (names and departments) for the pages. */
  actorNames: ActorNames;
}
