/**
 * 转办, 委派 and 交回, 退回, 抄送, 催办, and an item's comments and attachments — on the real engine and database,
 * each audited in the action log.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ActionLogEntity, NotificationEntity } from '../db/entities/index.js';
import { startTestSystem, timerAt, waitForTask, type TestSystem } from './support/harness.js';
import { complete, holdMeeting, item, listedItem, waitForStatus } from './support/scenario.js';
import { endOfDay, isoDate, toEngineDate } from '../core/calendar/dates.js';

let sys: TestSystem;
let coordinator: string;
let supervisor: string;
let fgw: string;
let fgwLi: string;
let scjg: string;
const today = isoDate(new Date());

beforeAll(async () => {
  sys = await startTestSystem({ QQ_ATTACHMENT_MAX_MB: '0.01' });
  [coordinator, supervisor, fgw, fgwLi, scjg] = await Promise.all(['coordinator', 'supervisor', 'fgw', 'fgw-li', 'scjg'].map((u) => sys.login(u)));
});
afterAll(async () => {
  await sys?.cleanup();
});

/** An item with 发改委, at its HandleItem task. */
async function handledByFgw(n: string) {
  const listed = await listedItem(sys, coordinator, n);
  await holdMeeting(sys, coordinator, today, [{ itemNo: listed.itemNo, decision: 'single', leadDept: 'dept-fgw' }]);
  await complete(sys, coordinator, listed.processInstanceId!, 'DispatchItem', {});
  const [task] = await waitForTask(sys.engine, listed.processInstanceId!, 'HandleItem');
  await waitForStatus(sys, listed.itemNo, 'handling');
  return { itemNo: listed.itemNo, pid: listed.processInstanceId!, taskId: task.id };
}

const actions = async (itemNo: string) => (await sys.deps.db.getRepository(ActionLogEntity).findBy({ entityType: 'item', entityId: itemNo })).map((a) => a.action);
const noticesFor = (recipient: string) => sys.deps.db.getRepository(NotificationEntity).findBy({ recipient, channel: 'inapp' });

describe('handing a task over', () => {
  it('transfers it to a colleague of the same department, and refuses someone outside it', async () => {
    const { itemNo, taskId } = await handledByFgw('transfer');
    // a colleague outside the task's department is refused and nothing changes
    const refused = await sys.call('POST', `/api/tasks/${taskId}/transfer`, fgw, { userId: 'scjg', reason: '不是我们的' });
    expect([refused.status, refused.body.code]).toEqual([400, 'NOT_A_COLLEAGUE']);
    expect((await sys.engine.task(taskId)).assignee).toBeNull();
    // when 发改委 transfers it to 李科员
    const r = await sys.call('POST', `/api/tasks/${taskId}/transfer`, fgw, { userId: 'fgw-li', reason: '由李科员具体承办' });
    // then the task is his, he is told, and the log says who did it
    expect(r.status).toBe(204);
    expect((await sys.engine.task(taskId)).assignee).toBe('fgw-li');
    expect((await noticesFor('fgw-li')).some((n) => n.subject.startsWith('任务转办'))).toBe(true);
    expect(await actions(itemNo)).toContain('task.transferred');
    // and the former holder can no longer complete it
    expect((await sys.call('POST', `/api/tasks/${taskId}/complete`, fgw, { content: '答复', contact: '王', phone: '13800000000' })).status).toBe(409);
  });

  it('delegates it, refuses its completion until the delegate hands it back, then the owner completes it', async () => {
    const { itemNo, taskId } = await handledByFgw('delegate');
    // given 李科员 delegating the task to his colleague
    await sys.call('POST', `/api/tasks/${taskId}/claim`, fgwLi);
    expect((await sys.call('POST', `/api/tasks/${taskId}/delegate`, fgwLi, { userId: 'fgw', reason: '请协助核实材料' })).status).toBe(204);
    const delegated = await sys.engine.task(taskId);
    expect([delegated.assignee, delegated.owner, delegated.delegationState]).toEqual(['fgw', 'fgw-li', 'PENDING']);
    // when the delegate tries to complete it, then that is refused: it must be handed back
    const early = await sys.call('POST', `/api/tasks/${taskId}/complete`, fgw, { content: '答复', contact: '王', phone: '13800000000' });
    expect([early.status, early.body.code]).toEqual([409, 'TASK_DELEGATED']);
    // when handed back, the owner has it again and completes it
    expect((await sys.call('POST', `/api/tasks/${taskId}/resolve`, fgw, { note: '材料已核实无误' })).status).toBe(204);
    expect((await sys.engine.task(taskId)).assignee).toBe('fgw-li');
    // and the inbox and the task page name him, not his id
    const inbox = await sys.call('GET', '/api/tasks?scope=mine', fgwLi);
    expect(inbox.body.tasks.find((t: { id: string }) => t.id === taskId).assigneeName).toBe('李科员（乌审旗发展和改革委员会）');
    expect((await sys.call('GET', `/api/tasks/${taskId}`, fgwLi)).body.assigneeName).toBe('李科员（乌审旗发展和改革委员会）');
    expect((await sys.call('POST', `/api/tasks/${taskId}/complete`, fgwLi, { content: '已办理', contact: '李科员', phone: '13800000000' })).status).toBe(204);
    expect(await actions(itemNo)).toEqual(expect.arrayContaining(['task.delegated', 'task.resolved', 'task.HandleItem']));
  });
});

describe('returning an item (退回)', () => {
  it('sends it back to be dispatched again within one working day of the return, and the coordinator is told', async () => {
    const { itemNo, pid, taskId } = await handledByFgw('return');
    // when 发改委 returns it as not its responsibility
    const r = await sys.call('POST', `/api/tasks/${taskId}/return`, fgw, { reason: '属市场监管职责，非本部门职责' });
    expect(r.status).toBe(204);
    // then the model takes it back to dispatch, with a new dispatch limit counted from today
    await waitForTask(sys.engine, pid, 'DispatchItem');
    await waitForStatus(sys, itemNo, 'awaitingDispatch');
    const calendar = await sys.deps.calendar.get();
    const timer = await timerAt(sys.engine, pid, 'DispatchOverdue');
    expect(timer.dueDate).toBe(toEngineDate(endOfDay(calendar.addWorkingDays(today, 1).date)));
    expect((await noticesFor('qq-coordinator')).some((n) => n.subject === `议题退回：${itemNo}`)).toBe(true);
    // and the coordinator dispatches it to 市场监管局, whose task it now is
    await complete(sys, coordinator, pid, 'DispatchItem', { leadDept: 'dept-scjg' });
    const [again] = await waitForTask(sys.engine, pid, 'HandleItem');
    expect(await sys.engine.taskCandidateGroups(again.id)).toEqual(['dept-scjg']);
    expect((await item(sys, itemNo)).leadDept).toBe('dept-scjg');
  });

  it('is only for the lead department’s handling task', async () => {
    const listed = await listedItem(sys, coordinator, 'return-bad');
    await holdMeeting(sys, coordinator, today, [{ itemNo: listed.itemNo, decision: 'single', leadDept: 'dept-fgw' }]);
    const [dispatch] = await waitForTask(sys.engine, listed.processInstanceId!, 'DispatchItem');
    const r = await sys.call('POST', `/api/tasks/${dispatch.id}/return`, coordinator, { reason: '测试退回' });
    expect([r.status, r.body.code]).toEqual([422, 'TASK_NOT_RETURNABLE']);
  });
});

describe('copying and reminding', () => {
  it('copies a task to a group for information, and refuses an unknown recipient', async () => {
    const { itemNo, taskId } = await handledByFgw('copy');
    expect((await sys.call('POST', `/api/tasks/${taskId}/copy`, fgw, { recipients: ['qq-supervisor'], note: '请督查知悉' })).status).toBe(204);
    expect((await noticesFor('qq-supervisor')).some((n) => n.subject.startsWith('抄送') && n.body.includes(itemNo))).toBe(true);
    const bad = await sys.call('POST', `/api/tasks/${taskId}/copy`, fgw, { recipients: ['nobody-here'] });
    expect([bad.status, bad.body.code]).toEqual([400, 'UNKNOWN_RECIPIENT']);
  });

  it('lets a supervisor remind a department’s task, and not a department', async () => {
    const { itemNo, taskId } = await handledByFgw('remind');
    expect((await sys.call('POST', `/api/tasks/${taskId}/remind`, supervisor, { note: '请于明日前答复' })).status).toBe(204);
    expect((await noticesFor('dept-fgw')).some((n) => n.subject.startsWith('催办') && n.body.includes(itemNo))).toBe(true);
    expect((await sys.call('POST', `/api/tasks/${taskId}/remind`, fgw, {})).status).toBe(403);
    expect(await actions(itemNo)).toContain('task.reminded');
  });
});

describe('comments and attachments', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const upload = (itemNo: string, token: string, name: string, body: Buffer) =>
    fetch(`${sys.url}/api/items/${itemNo}/attachments?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' }, body: new Uint8Array(body) });

  it('keeps a department’s comment and document, readable by the coordinator and not by another department', async () => {
    const { itemNo } = await handledByFgw('notes');
    expect((await sys.call('POST', `/api/items/${itemNo}/comments`, fgw, { body: '已电话联系企业，约定下周现场核查。' })).status).toBe(201);
    const up = await upload(itemNo, fgw, '现场核查通知.pdf', pdf);
    expect(up.status).toBe(201);
    const { id } = (await up.json()) as { id: number };
    const notes = await sys.call('GET', `/api/items/${itemNo}/notes`, coordinator);
    expect(notes.body.comments.map((c: { author: string; body: string }) => [c.author, c.body])).toEqual([['fgw', '已电话联系企业，约定下周现场核查。']]);
    expect(notes.body.attachments.map((a: { fileName: string; contentType: string }) => [a.fileName, a.contentType])).toEqual([['现场核查通知.pdf', 'application/pdf']]);
    const file = await fetch(`${sys.url}/api/items/${itemNo}/attachments/${id}`, { headers: { authorization: `Bearer ${coordinator}` } });
    expect(file.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);
    expect((await sys.call('GET', `/api/items/${itemNo}/notes`, scjg)).status).toBe(404);
  });

  it('refuses a program named as a PDF and a file over the size limit, keeping nothing', async () => {
    const { itemNo } = await handledByFgw('notes-bad');
    const exe = await upload(itemNo, fgw, '材料.pdf', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]));
    expect([exe.status, ((await exe.json()) as { code: string }).code]).toEqual([415, 'ATTACHMENT_TYPE_REFUSED']);
    const big = await upload(itemNo, fgw, '大文件.pdf', Buffer.concat([pdf, Buffer.alloc(20_000, 0x20)]));
    expect(big.status).toBe(413);
    expect((await sys.call('GET', `/api/items/${itemNo}/notes`, fgw)).body.attachments).toEqual([]);
  });
});
