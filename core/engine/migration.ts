/**
 * The engine's process-instance migration (POST /migration/generate, /validate, /executeAsync) and the batches it
 * runs: the REST shapes, typed, over the engine client. Activities are mapped by id; `updateEventTrigger` makes a
 * timer take the new version's expression instead of keeping its due date.
 */
import { enginePath as p, engineId, type EngineClient, type Variables } from './engine-client.js';

/** An id checked as the engine's URLs check it, for a query parameter or a body. */
const raw = (id: unknown): string => decodeURIComponent(engineId(id));

export interface MigrationInstruction {
  sourceActivityIds: string[];
  targetActivityIds: string[];
  updateEventTrigger?: boolean;
}

export interface MigrationPlan {
  sourceProcessDefinitionId: string;
  targetProcessDefinitionId: string;
  instructions: MigrationInstruction[];
  /** variables set on every migrated instance (values a new version needs) */
  variables?: Variables;
}

export interface MigrationReport {
  instructionReports: { instruction: MigrationInstruction; failures: string[] }[];
  variableReports: Record<string, { type: string; value: unknown; failures: string[] }>;
}

export interface BatchStatus {
  id: string;
  totalJobs: number;
  completedJobs: number;
  failedJobs: number;
  remainingJobs: number;
}

export interface ActivityCount {
  id: string;
  instances: number;
  incidents: number;
}

export class MigrationClient {
  constructor(private readonly engine: EngineClient) {}

  generate(sourceProcessDefinitionId: string, targetProcessDefinitionId: string): Promise<MigrationPlan> {
    return this.engine.request('POST', '/migration/generate', { sourceProcessDefinitionId: raw(sourceProcessDefinitionId), targetProcessDefinitionId: raw(targetProcessDefinitionId), updateEventTriggers: false });
  }

  validate(plan: MigrationPlan): Promise<MigrationReport> {
    return this.engine.request('POST', '/migration/validate', plan);
  }

  /** Starts the migration as a batch; instances by id, or every instance of the source version. */
  executeAsync(plan: MigrationPlan, processInstanceIds: string[] | null): Promise<{ id: string; batchJobDefinitionId: string }> {
    const selection = processInstanceIds ? { processInstanceIds: processInstanceIds.map((i) => raw(i)) } : { processInstanceQuery: { processDefinitionId: plan.sourceProcessDefinitionId } };
    return this.engine.request('POST', '/migration/executeAsync', { migrationPlan: plan, ...selection, skipCustomListeners: false, skipIoMappings: false });
  }

  /** A running batch's progress; null once it has finished (the engine removes it then). */
  async batchStatus(batchId: string): Promise<BatchStatus | null> {
    const rows = await this.engine.request<BatchStatus[]>('GET', '/batch/statistics', undefined, { batchId: raw(batchId) });
    return rows[0] ?? null;
  }

  /** The batch's failed jobs' messages (a failed job has no retries left). */
  async batchFailures(batchJobDefinitionId: string): Promise<string[]> {
    const jobs = await this.engine.request<{ exceptionMessage: string | null }[]>('GET', '/job', undefined, { jobDefinitionId: raw(batchJobDefinitionId), withException: true });
    return [...new Set(jobs.map((j) => j.exceptionMessage ?? '').filter(Boolean))];
  }

  /** How many instances of a version wait in each activity. */
  activityCounts(processDefinitionId: string): Promise<ActivityCount[]> {
    return this.engine.request<{ id: string; instances: number; incidents: unknown[] }[]>('GET', p`/process-definition/${processDefinitionId}/statistics`, undefined, { incidents: true })
      .then((rows) => rows.map((r) => ({ id: r.id, instances: r.instances, incidents: r.incidents.length })));
  }

  /** The running instances of a version (ids), for a selection. */
  instancesOf(processDefinitionId: string): Promise<{ id: string; businessKey: string | null }[]> {
    return this.engine.request('GET', '/process-instance', undefined, { processDefinitionId: raw(processDefinitionId) });
  }
}
