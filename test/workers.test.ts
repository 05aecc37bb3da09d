/** A handler that keeps failing uses up its retries with back-off and leaves an incident for an operator. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { vars } from '../core/engine/engine-client.js';
import { PROCESS, VAR } from '../core/contract.js';
import { startTestSystem, waitFor, waitForTask, type TestSystem } from './support/harness.js';

let sys: TestSystem;

beforeAll(async () => {
  sys = await startTestSystem({ QQ_WORKER_RETRIES: '2', QQ_WORKER_RETRY_BACKOFF_MS: '100' });
});
afterAll(async () => {
  await sys?.cleanup();
});

describe('a failing external task', () => {
  it('is retried with back-off, then becomes an incident with the handler’s message', async () => {
    // given an instance whose item is missing from the database (so 列入问题清单 cannot succeed)
    const instance = await sys.engine.startProcess(PROCESS.item, 'QQ-MISSING-1', vars({ [VAR.itemNo]: 'QQ-MISSING-1' }));
    const [screen] = await waitForTask(sys.engine, instance.id, 'ScreenItem');
    await sys.engine.completeTask(screen.id, vars({ [VAR.screening]: 'accept', [VAR.mergeInto]: '' }));
    // then the worker reports each failure, and after the last retry the engine raises an incident
    const [incident] = await waitFor(async () => {
      const found = await sys.engine.incidents(instance.id);
      return found.length ? found : null;
    }, 'incident');
    expect(incident.incidentMessage).toContain('item QQ-MISSING-1');
    const [task] = await sys.engine.externalTasks({ processInstanceId: instance.id });
    expect(task.retries).toBe(0);
  });
});
