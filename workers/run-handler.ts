/**
 * Glue between the task client and a handler: answers become complete / BPMN error; exceptions decrement the
 * retries with exponential back-off (the engine does not decrement them itself) and end in an incident at 0.
 */
import { Variables, type Task, type TaskService } from 'camunda-external-task-client-js';
import { EngineError, vars } from '../core/engine/engine-client.js';
import type { Logger } from '../core/log/logger.js';
import type { ExternalTaskView, Handler } from './types.js';

export interface RetryPolicy {
  retries: number;
  backoffMs: number;
}

export function viewOf(task: Task): ExternalTaskView {
  return {
    id: task.id,
    topicName: task.topicName,
    activityId: task.activityId,
    processInstanceId: task.processInstanceId,
    businessKey: task.businessKey,
    retries: task.retries,
    get: <T>(name: string) => task.variables.get(name) as T,
  };
}

/** The task client's variables, typed exactly as the engine client types them (`vars`). */
export function toClientVariables(values: Record<string, unknown>): Variables {
  const v = new Variables();
  for (const [k, typed] of Object.entries(vars(values))) v.setTyped(k, { value: typed.value, type: typed.type ?? 'String' });
  return v;
}

/** The retries left after this failure: the first failure starts from the configured count. */
export function nextRetries(current: number | null, policy: RetryPolicy): number {
  return Math.max(0, (current ?? policy.retries) - 1);
}

export function backoffFor(retriesLeft: number, policy: RetryPolicy): number {
  const attempt = Math.max(0, policy.retries - retriesLeft - 1);
  return policy.backoffMs * 2 ** attempt;
}

export function runHandler(handler: Handler, policy: RetryPolicy, log: Logger) {
  return async ({ task, taskService }: { task: Task; taskService: TaskService }): Promise<void> => {
    const started = Date.now();
    try {
      const result = await handler(viewOf(task));
      if ('bpmnError' in result) {
        await taskService.handleBpmnError(task, result.bpmnError.code, result.bpmnError.message);
      } else {
        await taskService.complete(task, toClientVariables(result.variables ?? {}));
      }
      log.info('external task done', { topic: task.topicName, taskId: task.id, ms: Date.now() - started });
    } catch (e) {
      if (e instanceof EngineError && e.status === 404) {
        // The task is gone (cancelled, or completed by an earlier delivery): nothing left to do.
        log.warn('external task vanished', { topic: task.topicName, taskId: task.id });
        return;
      }
      const retries = nextRetries(task.retries, policy);
      const message = (e as Error).message ?? String(e);
      log.error('external task failed', { topic: task.topicName, taskId: task.id, retries, error: message });
      try {
        await taskService.handleFailure(task, {
          errorMessage: message.slice(0, 600),
          errorDetails: (e as Error).stack ?? message,
          retries,
          retryTimeout: backoffFor(retries, policy),
        });
      } catch (failure) {
        log.error('reporting the failure failed', { taskId: task.id, error: (failure as Error).message });
      }
    }
  };
}
