/**
 * Starts one subscription per topic on the task client: long polling with a request timeout (the client has
 * none of its own) and bounded parallelism.
 */
import { BasicAuthInterceptor, Client, type Interceptor } from 'camunda-external-task-client-js';
import type { Config } from '../core/config.js';
import type { Logger } from '../core/log/logger.js';
import { HANDLERS } from './handlers/index.js';
import { runHandler } from './run-handler.js';
import type { HandlerDeps } from './types.js';

export interface Workers {
  stop(): void;
}

export function startWorkers(deps: HandlerDeps, config: Config, log: Logger, workerId = `qinqing-${process.pid}`): Workers {
  const timeout: Interceptor = (c) => ({ ...c, timeout: { request: config.worker.longPollMs + config.engine.timeoutMs } });
  const client = new Client({
    baseUrl: config.engine.url,
    workerId,
    asyncResponseTimeout: config.worker.longPollMs,
    maxTasks: config.worker.maxParallel,
    maxParallelExecutions: config.worker.maxParallel,
    lockDuration: 60000,
    // The pause between two polls: with long polling a short one keeps pickup latency low.
    interval: 20,
    autoPoll: false,
    interceptors: [new BasicAuthInterceptor({ username: config.engine.user, password: config.engine.password }) as unknown as Interceptor, timeout],
    use: () => undefined,
  });
  client.on('poll:error', (e) => log.warn('polling failed', { error: (e as Error)?.message }));
  const policy = { retries: config.worker.retries, backoffMs: config.worker.retryBackoffMs };
  for (const [topic, factory] of Object.entries(HANDLERS)) {
    client.subscribe(topic, { lockDuration: 60000 }, runHandler(factory(deps), policy, log));
  }
  client.start();
  return { stop: () => client.stop() };
}
