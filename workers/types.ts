/**
 * What a handler sees of an external task, and what it answers. The glue in run-handler.ts turns answers into
 * the task client's complete / handleBpmnError / handleFailure calls, so handlers stay plain async functions.
 */
import type { DataSource } from 'typeorm';
import type { EngineClient } from '../core/engine/engine-client.js';
import type { CalendarService } from '../core/calendar/calendar-service.js';
import type { Notifier } from '../core/notify/notifier.js';
import type { Logger } from '../core/log/logger.js';

export interface ExternalTaskView {
  id: string;
  topicName: string;
  activityId: string;
  processInstanceId: string;
  businessKey: string | null;
  retries: number | null;
  /** Process and local (input-mapped) variables. */
  get<T = unknown>(name: string): T;
}

export type HandlerResult =
  | { variables?: Record<string, unknown> }
  | { bpmnError: { code: string; message: string } };

export type Handler = (task: ExternalTaskView) => Promise<HandlerResult>;

export interface HandlerDeps {
  db: DataSource;
  engine: EngineClient;
  calendar: CalendarService;
  notifier: Notifier;
  log: Logger;
  clock: () => Date;
  publicUrl: string;
}

export type HandlerFactory = (deps: HandlerDeps) => Handler;
