import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ItemEntity } from '../db/entities/index.js';
import { historyOf, startTestSystem, waitFor, waitForTask, type TestSystem } from './support/harness.js';

let sys: TestSystem;
let coordinator: string;

beforeAll(async () => {
  sys = await startTestSystem();
  coordinator = await sys.login('coordinator');
});
afterAll(async () => {
  await sys?.cleanup();
});

const form1 = (n: number) => ({
  enterpriseName: `乌审旗测试能源有限公司${n}`,
  personInCharge: '张三丰',
  phone: '13812341234',
  problem: '项目用地审批材料反复补正，希望一次性告知。',
  suggestion: '推行容缺受理。',
});

async function submitAndScreen(n: number, screening: Record<string, unknown>) {
  const submitted = await sys.call('POST', '/api/public/items', null, form1(n));
  expect(submitted.status).toBe(201);
  const item = await sys.deps.db.getRepository(ItemEntity).findOneByOrFail({ itemNo: submitted.body.itemNo });
  const [task] = await waitForTask(sys.engine, item.processInstanceId!, 'ScreenItem');
  const done = await sys.call('POST', `/api/tasks/${task.id}/complete`, coordinator, screening);
  expect(done.status).toBe(204);
  return { item, trackingCode: submitted.body.trackingCode as string };
}

describe('screening an item into the problem list', () => {
  it('puts an accepted item on the problem list, waiting for a meeting', async () => {
    const { item } = await submitAndScreen(1, { screening: 'accept' });
    await waitFor(async () => (await sys.deps.db.getRepository(ItemEntity).findOneBy({ id: item.id }))?.status === 'listed', 'listed');
    expect(await historyOf(sys.engine, item.processInstanceId!)).toContain('AwaitMeetingDecision');
  });
});
