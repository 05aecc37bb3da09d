/** Steps the lifecycle scenarios share: submit and list items, hold a meeting, complete a user's task. */
import { expect } from '@jest/globals';
import { ItemEntity, type Item } from '../../db/entities/index.js';
import { PROCESS } from '../../core/contract.js';
import { waitFor, waitForTask, type TestSystem } from './harness.js';

export const ENTERPRISES = Array.from({ length: 10 }, (_, i) => `乌审旗恳谈企业${i + 1}有限公司`);

export const form1 = (n: number | string) => ({
  enterpriseName: `乌审旗测试能源有限公司${n}`,
  personInCharge: '张三丰',
  phone: '13812341234',
  email: `enterprise${n}@example.com`,
  problem: `项目${n}用地审批材料反复补正，联系人电话13900001111，希望一次性告知。`,
  suggestion: '推行容缺受理。',
});

export async function item(sys: TestSystem, itemNo: string): Promise<Item> {
  return sys.deps.db.getRepository(ItemEntity).findOneByOrFail({ itemNo });
}

export async function waitForStatus(sys: TestSystem, itemNo: string, status: Item['status']): Promise<Item> {
  return waitFor(async () => {
    const i = await item(sys, itemNo);
    return i.status === status ? i : null;
  }, `item ${itemNo} to be ${status}`);
}

/** Completes the one open task `taskKey` of the instance as the signed-in user, asserting success. */
export async function complete(sys: TestSystem, token: string, processInstanceId: string, taskKey: string, body: unknown, index = 0): Promise<string> {
  const tasks = await waitForTask(sys.engine, processInstanceId, taskKey, index + 1);
  const r = await sys.call('POST', `/api/tasks/${tasks[index].id}/complete`, token, body);
  expect({ task: taskKey, status: r.status, body: r.body }).toEqual({ task: taskKey, status: 204, body: null });
  return tasks[index].id;
}

/** An item submitted online and accepted onto the problem list. */
export async function listedItem(sys: TestSystem, coordinator: string, n: number | string): Promise<Item> {
  const r = await sys.call('POST', '/api/public/items', null, form1(n));
  expect(r.status).toBe(201);
  const i = await item(sys, r.body.itemNo);
  await complete(sys, coordinator, i.processInstanceId!, 'ScreenItem', { screening: 'accept' });
  return waitForStatus(sys, i.itemNo, 'listed');
}

export interface TopicDecision {
  itemNo: string;
  decision: string;
  leadDept?: string;
  coDepts?: string[];
  answer?: string;
  reReviewDate?: string;
}

/** Proposes, plans and records a meeting held on `heldDate` with 10 enterprises and the given decisions. */
export async function holdMeeting(sys: TestSystem, coordinator: string, heldDate: string, decisions: TopicDecision[]): Promise<number> {
  const proposed = await sys.call('POST', '/api/meetings', coordinator, { title: '政务服务“亲清”政企恳谈会' });
  expect(proposed.status).toBe(201);
  const [instance] = await sys.engine.processInstances({ processDefinitionKey: PROCESS.meeting, businessKey: proposed.body.meetingNo });
  await complete(sys, coordinator, instance.id, 'PlanMeeting', {
    title: '第三季度政务服务“亲清”政企恳谈会',
    plannedDate: heldDate,
    place: '乌审旗政务服务中心三楼会议室',
    agenda: decisions.map((d) => d.itemNo),
    invitees: ENTERPRISES.map((e) => ({ enterpriseName: e, representative: '李总', phone: '13700001111' })),
  });
  await complete(sys, coordinator, instance.id, 'RecordMeeting', { heldDate, attended: ENTERPRISES, minutes: '会议纪要', decisions });
  await waitFor(async () => (await sys.engine.processInstances({ processInstanceIds: [instance.id] })).length === 0, 'meeting process to end');
  return proposed.body.id;
}

/** 审核公开内容: the coordinator approves the public text as the form offers it (or with `changes`), and the result is published. */
export async function approvePublication(sys: TestSystem, coordinator: string, itemNo: string, changes: { publicProblem?: string; publicAnswer?: string; note?: string } = {}): Promise<Item> {
  const i = await item(sys, itemNo);
  const [task] = await waitForTask(sys.engine, i.processInstanceId!, 'ReviewPublication');
  const form = await sys.call('GET', `/api/tasks/${task.id}/form`, coordinator);
  const { publicProblem, publicAnswer } = form.body.data;
  const r = await sys.call('POST', `/api/tasks/${task.id}/complete`, coordinator, { publicProblem, publicAnswer, ...changes });
  expect({ status: r.status, body: r.body }).toEqual({ status: 204, body: null });
  return waitForStatus(sys, itemNo, 'published');
}
