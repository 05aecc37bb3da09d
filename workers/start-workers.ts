/**
 * Starts one subscription per topic on the task client: long polling with a request timeout (the client has
 * none of its own) and bounded parallelism.
 */
import { BasicAuthInterceptor, Client, type Interceptor } from 'camunda-external-task-client-js';
import type { Config } from '../core/config.js';
import { failureOf } from '../core/engine/engine-nodes.js';
import type { Logger } from '../core/log/logger.js';
import { HANDLERS } from './handlers/index.js';
import { runHandler } from './run-handler.js';
import type { HandlerDeps } from './types.js';

/** The pause between two polls: with long polling a short one keeps pickup latency low. */
const POLL_PAUSE_MS = 20;
/** … and while the engine cannot be reached. */
const POLL_PAUSE_FAILING_MS = 1000;

export interface Workers {
  stop(): void;
}

export function startWorkers(deps: HandlerDeps, config: Config, log: Logger, workerId = `qinqing-${process.pid}`): Workers {
  const timeout: Interceptor = (c) => ({ ...c, timeout: { request: config.worker.longPollMs + config.engine.timeoutMs } });
  const nodes = deps.engine.nodes;
  const client = new Client({
    baseUrl: nodes.order()[0],
    workerId,
    asyncResponseTimeout: config.worker.longPollMs,
    maxTasks: config.worker.maxParallel,
    maxParallelExecutions: config.worker.maxParallel,
    lockDuration: 60000,
    interval: POLL_PAUSE_MS,
    autoPoll: false,
    interceptors: [new BasicAuthInterceptor({ username: config.engine.user, password: config.engine.password }) as unknown as Interceptor, timeout],
    use: () => undefined,
  });
  // A node that cannot be reached is left for the next one (every node serves the same tasks, from one database);
  // while polls keep failing they are spaced out, and the failure is logged once until a poll succeeds again.
  let failing = false;
  client.on('poll:error', (e) => {
    const node = client.engineService.baseUrl;
    if (failureOf(e)) {
      nodes.markDown(node);
      client.engineService.baseUrl = nodes.order()[0];
    }
    client.options.interval = POLL_PAUSE_FAILING_MS;
    if (!failing) log.warn('polling failed', { node, next: client.engineService.baseUrl, error: (e as Error)?.message });
    failing = true;
  });
  client.on('poll:success', () => {
    if (failing) log.info('polling again', { node: client.engineService.baseUrl });
    failing = false;
    client.options.interval = POLL_PAUSE_MS;
  });
  const policy = { retries: config.worker.retries, backoffMs: config.worker.retryBackoffMs };
  for (const [topic, factory] of Object.entries(HANDLERS)) {
    client.subscribe(topic, { lockDuration: 60000 }, runHandler(factory(deps), policy, log));
  }
  client.start();
  return { stop: () => client.stop() };
}
