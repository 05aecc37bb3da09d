/**
 * Items through every route of the model on the real engine, asserting the engine's history and the database.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ActionLogEntity, ExtensionRequestEntity, HandlingRecordEntity, NotificationEntity, SupervisionEntity } from '../db/entities/index.js';
import { historyOf, startTestSystem, timerAt, waitFor, waitForTask, waitForWorkers, type TestSystem } from './support/harness.js';
import { approvePublication, complete, holdMeeting, item, listedItem, waitForStatus } from './support/scenario.js';
import { isoDate } from '../core/calendar/dates.js';
import { WorkingCalendar } from '../core/calendar/working-calendar.js';

let sys: TestSystem;
let coordinator: string;
let followup: string;
let fgw: string;

beforeAll(async () => {
  sys = await startTestSystem();
  [coordinator, followup, fgw] = await Promise.all([sys.login('coordinator'), sys.login('followup'), sys.login('fgw')]);
});
afterAll(async () => {
  await sys?.cleanup();
});

const form2 = (content: string) => ({ content, contact: '刘经办', phone: '0477-7654321' });

async function evaluateAndPublish(itemNo: string, result = 'satisfied') {
  const i = await waitForStatus(sys, itemNo, 'replied');
  await complete(sys, followup, i.processInstanceId!, 'RecordEvaluation', { result, overallOpinion: '满意' });
  const published = await approvePublication(sys, coordinator, itemNo);
  // The worker stores the status before it completes its step: the instance ends just after.
  await waitFor(async () => (await sys.engine.processInstances({ processInstanceIds: [i.processInstanceId!] })).length === 0, 'the instance to end');
  return published;
}

describe('an item answered on the spot', () => {
  it('goes from the meeting straight to the reply, the 12345 follow-up and publication', async () => {
    // given a listed item
    const listed = await listedItem(sys, coordinator, 'onspot');
    // when the meeting answers it on the spot and the enterprise is satisfied
    await holdMeeting(sys, coordinator, '2026-09-30', [{ itemNo: listed.itemNo, decision: 'onSpot', answer: '可通过“一网通办”一次性告知清单办理。' }]);
    const published = await evaluateAndPublish(listed.itemNo);
    // then it was never dispatched, and the engine ended at publication
    expect(published.reply).toContain('一次性告知');
    const history = await historyOf(sys.engine, listed.processInstanceId!);
    expect(history).toEqual(expect.arrayContaining(['AwaitMeetingDecision', 'NotifyReplied', 'RecordEvaluation', 'ComputePublicationDeadline', 'ReviewPublication', 'PublishResult', 'ResultPublished']));
    expect(history).not.toContain('DispatchItem');
  });
});

describe('an item for one department', () => {
  it('is dispatched by the end of the next working day after the meeting (2026-09-30 → 2026-10-08)', async () => {
    const listed = await listedItem(sys, coordinator, 'single');
    await holdMeeting(sys, coordinator, '2026-09-30', [{ itemNo: listed.itemNo, decision: 'single', leadDept: 'dept-fgw' }]);
    await waitForTask(sys.engine, listed.processInstanceId!, 'DispatchItem');
    const timer = await timerAt(sys.engine, listed.processInstanceId!, 'DispatchOverdue');
    expect(timer.dueDate).toBe('2026-10-08T23:59:59.000+0800');
    expect((await item(sys, listed.itemNo)).dispatchDue?.toISOString()).toBe('2026-10-08T15:59:59.000Z');
  });

  it('is replied in time by the department, reviewed, evaluated and published', async () => {
    const listed = await listedItem(sys, coordinator, 'single-2');
    await holdMeeting(sys, coordinator, '2026-11-20', [{ itemNo: listed.itemNo, decision: 'single', leadDept: 'dept-fgw' }]);
    const pid = listed.processInstanceId!;
    await complete(sys, coordinator, pid, 'DispatchItem', {});
    await waitForTask(sys.engine, pid, 'HandleItem');
    // the 7-day timer runs from dispatch, to the end of the 7th day
    const deadline = await timerAt(sys.engine, pid, 'HandlingOverdue');
    const handling = await item(sys, listed.itemNo);
    expect(deadline.dueDate).toMatch(/T23:59:59\.000\+0800$/);
    const days = (handling.handlingDue!.getTime() - handling.dispatchedAt!.getTime()) / 86400000;
    expect(days).toBeGreaterThan(6.5);
    expect(days).toBeLessThanOrEqual(8);
    await complete(sys, fgw, pid, 'HandleItem', form2('已协调自然资源部门一次性告知所需材料，企业已完成报批。'));
    await complete(sys, coordinator, pid, 'ReviewReply', { approved: true });
    const published = await evaluateAndPublish(listed.itemNo);
    expect(published.repliedAt!.getTime()).toBeLessThan(published.handlingDue!.getTime());
    const records = await sys.deps.db.getRepository(HandlingRecordEntity).findBy({ itemId: listed.id });
    expect(records.map((r) => [r.deptCode, r.role])).toEqual([['dept-fgw', 'lead']]);
    // the enterprise was told by e-mail-ready in-app notice of the result
    const notices = await sys.deps.db.getRepository(NotificationEntity).findBy({ recipientType: 'enterprise', recipient: listed.itemNo });
    expect(notices.map((n) => n.subject)).toContain('议题办理结果告知');
  });
});

describe('a meeting on the Friday before an adjusted working Saturday', () => {
  it('makes the dispatch due at the end of Saturday 2026-02-14', async () => {
    const listed = await listedItem(sys, coordinator, 'saturday');
    await holdMeeting(sys, coordinator, '2026-02-13', [{ itemNo: listed.itemNo, decision: 'single', leadDept: 'dept-scjg' }]);
    await waitForTask(sys.engine, listed.processInstanceId!, 'DispatchItem');
    const timer = await timerAt(sys.engine, listed.processInstanceId!, 'DispatchOverdue');
    expect(timer.dueDate).toBe('2026-02-14T23:59:59.000+0800');
  });
});

describe('a multi-department item', () => {
  it('collects both cooperators’ opinions before the lead consolidates one reply within 15 days', async () => {
    const listed = await listedItem(sys, coordinator, 'multi');
    const pid = listed.processInstanceId!;
    await holdMeeting(sys, coordinator, '2026-11-20', [{ itemNo: listed.itemNo, decision: 'multi', leadDept: 'dept-fgw', coDepts: ['dept-scjg', 'dept-zrzy'] }]);
    await complete(sys, coordinator, pid, 'DispatchItem', {});
    const opinions = await waitForTask(sys.engine, pid, 'SendOpinion', 2);
    const groups = await Promise.all(opinions.map((t) => sys.engine.taskCandidateGroups(t.id)));
    expect(groups.flat().sort()).toEqual(['dept-scjg', 'dept-zrzy']);
    const handling = await item(sys, listed.itemNo);
    const days = (handling.handlingDue!.getTime() - handling.dispatchedAt!.getTime()) / 86400000;
    expect(days).toBeGreaterThan(14.5);
    // the lead cannot consolidate before the cooperators answered
    expect(await sys.engine.tasks({ processInstanceId: pid, taskDefinitionKey: 'ConsolidateReply' })).toHaveLength(0);
    const [scjg, zrzy] = await Promise.all([sys.login('scjg'), sys.login('zrzy')]);
    for (const [token, group] of [[scjg, 'dept-scjg'], [zrzy, 'dept-zrzy']] as const) {
      const task = opinions[groups.findIndex((g) => g.includes(group))];
      const r = await sys.call('POST', `/api/tasks/${task.id}/complete`, token, form2(`${group} 配合意见：同意办理。`));
      expect(r.status).toBe(204);
    }
    await complete(sys, fgw, pid, 'ConsolidateReply', form2('牵头汇总：市场监管、自然资源意见已采纳，问题已解决。'));
    await complete(sys, coordinator, pid, 'ReviewReply', { approved: true });
    await evaluateAndPublish(listed.itemNo, 'basic');
    const records = await sys.deps.db.getRepository(HandlingRecordEntity).find({ where: { itemId: listed.id }, order: { id: 'ASC' } });
    expect(records.map((r) => `${r.deptCode}:${r.role}`).sort()).toEqual(['dept-fgw:lead', 'dept-scjg:cooperator', 'dept-zrzy:cooperator']);
  });
});

describe('an item not replied in time', () => {
  it('climbs the supervision ladder 催办 → 通报 → 督办 when the 7-day timer fires', async () => {
    const listed = await listedItem(sys, coordinator, 'overdue');
    const pid = listed.processInstanceId!;
    await holdMeeting(sys, coordinator, '2026-11-20', [{ itemNo: listed.itemNo, decision: 'single', leadDept: 'dept-fgw' }]);
    await complete(sys, coordinator, pid, 'DispatchItem', {});
    await waitForTask(sys.engine, pid, 'HandleItem');
    // when the deadline timer is executed over REST
    await sys.engine.executeJob((await timerAt(sys.engine, pid, 'HandlingOverdue')).id);
    await waitForWorkers(sys.engine, pid);
    await sys.engine.executeJob((await timerAt(sys.engine, pid, 'NoticeDue')).id);
    await waitForWorkers(sys.engine, pid);
    await sys.engine.executeJob((await timerAt(sys.engine, pid, 'EscalationDue')).id);
    await waitForWorkers(sys.engine, pid);
    // then each step is recorded once, in order, and the department still holds its task
    const steps = await sys.deps.db.getRepository(SupervisionEntity).find({ where: { itemId: listed.id }, order: { id: 'ASC' } });
    expect(steps.map((s) => s.level)).toEqual(['urge', 'notice', 'escalate']);
    expect(await historyOf(sys.engine, pid)).toEqual(expect.arrayContaining(['RaiseUrge', 'RaiseNotice', 'RaiseEscalation', 'LadderDone']));
    expect(await sys.engine.tasks({ processInstanceId: pid, taskDefinitionKey: 'HandleItem' })).toHaveLength(1);
    const ledger = await sys.call('GET', '/api/items?overdue=false&q=' + listed.itemNo, coordinator);
    expect(ledger.body.items[0].status).toBe('handling');
  });
});

describe('extensions', () => {
  it('grants two, each moving the deadline timer, and the model refuses the third', async () => {
    const listed = await listedItem(sys, coordinator, 'extension');
    const pid = listed.processInstanceId!;
    await holdMeeting(sys, coordinator, '2026-11-20', [{ itemNo: listed.itemNo, decision: 'single', leadDept: 'dept-fgw' }]);
    await complete(sys, coordinator, pid, 'DispatchItem', {});
    await waitForTask(sys.engine, pid, 'HandleItem');
    const due0 = new Date((await timerAt(sys.engine, pid, 'HandlingOverdue')).dueDate!.replace('+0800', '+08:00'));
    let expected = due0;
    for (const n of [1, 2]) {
      const r = await sys.call('POST', `/api/items/${listed.itemNo}/extensions`, fgw, { reason: `需要上级部门会签（第${n}次）`, days: 5 });
      expect(r.status).toBe(202);
      await complete(sys, coordinator, pid, 'ApproveExtension', { approved: true, note: '同意' });
      expected = new Date(expected.getTime() + 5 * 86400000);
      const moved = await waitFor(async () => {
        const t = await timerAt(sys.engine, pid, 'HandlingOverdue');
        return new Date(t.dueDate!.replace('+0800', '+08:00')).getTime() === expected.getTime() ? t : null;
      }, `deadline moved by extension ${n}`);
      expect(moved).toBeTruthy();
      await waitFor(async () => (await item(sys, listed.itemNo)).extensionCount === n, `extension count ${n}`);
    }
    // the third request reaches the model, which refuses it without asking the coordinator
    const third = await sys.call('POST', `/api/items/${listed.itemNo}/extensions`, fgw, { reason: '仍需时间', days: 3 });
    expect(third.status).toBe(202);
    const refused = await waitFor(async () => {
      const r = await sys.deps.db.getRepository(ExtensionRequestEntity).findOneBy({ id: third.body.id });
      return r?.status === 'refusedLimit' ? r : null;
    }, 'third extension refused');
    expect(refused.decidedBy).toBe('system:worker');
    expect(await sys.engine.tasks({ processInstanceId: pid, taskDefinitionKey: 'ApproveExtension' })).toHaveLength(0);
    expect(await historyOf(sys.engine, pid)).toContain('RefuseExtensionOverLimit');
    const after = await timerAt(sys.engine, pid, 'HandlingOverdue');
    expect(new Date(after.dueDate!.replace('+0800', '+08:00')).getTime()).toBe(expected.getTime());
    expect((await item(sys, listed.itemNo)).extensionCount).toBe(2);
    // each request's id stayed local to its own extension sub-process: a retried step of an earlier request can
    // never read a later request's id
    expect(Object.keys(await sys.engine.getVariables(pid))).not.toContain('extensionRequestId');
    // the reminder moved with the deadline: 09:00 of the working day before (the default rule)
    const reminder = await timerAt(sys.engine, pid, 'ReminderDue');
    expect(reminder.dueDate).toBe(`${new WorkingCalendar().workingDayBefore(isoDate(expected), 1)}T09:00:00.000+0800`);
  });

  it('answers 403 when a department that does not lead the item asks', async () => {
    const listed = await listedItem(sys, coordinator, 'extension-403');
    await holdMeeting(sys, coordinator, '2026-11-20', [{ itemNo: listed.itemNo, decision: 'multi', leadDept: 'dept-fgw', coDepts: ['dept-scjg'] }]);
    await complete(sys, coordinator, listed.processInstanceId!, 'DispatchItem', {});
    await waitForStatus(sys, listed.itemNo, 'handling');
    const scjg = await sys.login('scjg');
    const r = await sys.call('POST', `/api/items/${listed.itemNo}/extensions`, scjg, { reason: '需要时间', days: 3 });
    expect(r.status).toBe(403);
    expect(await sys.deps.db.getRepository(ExtensionRequestEntity).countBy({ itemId: listed.id })).toBe(0);
  });

  it('withdraws a stored request the model never received, so that the department can ask again', async () => {
    // given an item in handling with a request stored three minutes ago whose message never reached the engine
    const listed = await listedItem(sys, coordinator, 'extension-undelivered');
    await holdMeeting(sys, coordinator, '2026-11-20', [{ itemNo: listed.itemNo, decision: 'single', leadDept: 'dept-fgw' }]);
    await complete(sys, coordinator, listed.processInstanceId!, 'DispatchItem', {});
    // in handling: the model waits in 部门办理, where extension requests are received
    await waitForTask(sys.engine, listed.processInstanceId!, 'HandleItem');
    const lost = await sys.deps.db.transaction((tx) => tx.getRepository(ExtensionRequestEntity).save({ itemId: listed.id, deptCode: 'dept-fgw', requestedBy: 'fgw', reason: '引擎宕机时提交', days: 3, status: 'pending', createdAt: new Date(Date.now() - 3 * 60_000) }));
    // when the department asks again
    const r = await sys.call('POST', `/api/items/${listed.itemNo}/extensions`, fgw, { reason: '需要上级部门会签', days: 5 });
    // then the new request goes to the model, and the lost one is withdrawn, in the log
    expect(r.status).toBe(202);
    await waitForTask(sys.engine, listed.processInstanceId!, 'ApproveExtension');
    const old = await sys.deps.db.getRepository(ExtensionRequestEntity).findOneByOrFail({ id: lost.id });
    expect({ status: old.status, note: old.decisionNote }).toEqual({ status: 'withdrawn', note: '流程引擎未收到该申请，已撤回' });
    expect(await sys.deps.db.getRepository(ActionLogEntity).countBy({ entityId: listed.itemNo, action: 'extension.withdrawn' })).toBe(1);
  });

  it('keeps a pending request the model holds, and refuses a second one beside it', async () => {
    const listed = await listedItem(sys, coordinator, 'extension-held');
    await holdMeeting(sys, coordinator, '2026-11-20', [{ itemNo: listed.itemNo, decision: 'single', leadDept: 'dept-fgw' }]);
    await complete(sys, coordinator, listed.processInstanceId!, 'DispatchItem', {});
    await waitForTask(sys.engine, listed.processInstanceId!, 'HandleItem');
    const first = await sys.call('POST', `/api/items/${listed.itemNo}/extensions`, fgw, { reason: '需要会签', days: 3 });
    expect(first.status).toBe(202);
    await waitForTask(sys.engine, listed.processInstanceId!, 'ApproveExtension');
    // even when it is old: the model holds it, so it is still pending
    await sys.deps.db.transaction((tx) => tx.getRepository(ExtensionRequestEntity).update({ id: first.body.id }, { createdAt: new Date(Date.now() - 10 * 60_000) }));
    const second = await sys.call('POST', `/api/items/${listed.itemNo}/extensions`, fgw, { reason: '再次申请', days: 3 });
    expect([second.status, second.body.code]).toEqual([409, 'EXTENSION_PENDING']);
    expect((await sys.deps.db.getRepository(ExtensionRequestEntity).findOneByOrFail({ id: first.body.id })).status).toBe('pending');
  });
});

describe('an escalated item', () => {
  it('sends the enterprise progress feedback on each cycle until the higher level decides', async () => {
    const listed = await listedItem(sys, coordinator, 'escalate');
    const pid = listed.processInstanceId!;
    await holdMeeting(sys, coordinator, '2026-11-20', [{ itemNo: listed.itemNo, decision: 'escalate' }]);
    await waitForStatus(sys, listed.itemNo, 'escalated');
    for (let n = 1; n <= 2; n++) {
      const timer = await waitFor(async () => (await sys.engine.jobs({ processInstanceId: pid, activityId: 'ProgressFeedbackDue', timers: true }))[0], 'progress timer');
      await sys.engine.executeJob(timer.id);
      await waitForWorkers(sys.engine, pid);
    }
    const progress = await sys.deps.db.getRepository(NotificationEntity).findBy({ recipient: listed.itemNo, subject: '议题办理进度', channel: 'inapp' });
    expect(progress).toHaveLength(2);
    // when the higher level decides for one department, the item is dispatched like a meeting decision
    const r = await sys.call('POST', `/api/items/${listed.itemNo}/higher-level-decision`, coordinator, { decision: 'single', leadDept: 'dept-gx' });
    expect(r.status).toBe(204);
    await waitForTask(sys.engine, pid, 'DispatchItem');
    expect(await sys.engine.jobs({ processInstanceId: pid, activityId: 'ProgressFeedbackDue', timers: true })).toHaveLength(0);
  });
});

describe('an item not solvable for now', () => {
  it('is explained to the enterprise and comes back on its re-review date', async () => {
    const listed = await listedItem(sys, coordinator, 'explain');
    const pid = listed.processInstanceId!;
    await holdMeeting(sys, coordinator, '2026-11-20', [{ itemNo: listed.itemNo, decision: 'explain', answer: '受国家政策限制，暂不具备条件。', reReviewDate: '2027-03-01' }]);
    await waitForStatus(sys, listed.itemNo, 'explained');
    const timer = await waitFor(async () => (await sys.engine.jobs({ processInstanceId: pid, activityId: 'ReReviewDue', timers: true }))[0], 're-review timer');
    expect(timer.dueDate).toBe('2027-03-01T09:00:00.000+0800');
    await sys.engine.executeJob(timer.id);
    await complete(sys, coordinator, pid, 'ReReviewItem', { outcome: 'close', note: '企业已另行解决' });
    expect((await item(sys, listed.itemNo)).status).toBe('closed');
    expect((await sys.engine.historicInstance(pid)).state).toBe('COMPLETED');
  });
});

describe('an unsatisfied enterprise', () => {
  it('sends the item back to the department, and the second answer is published with personal data masked', async () => {
    const listed = await listedItem(sys, coordinator, 'unsatisfied');
    const pid = listed.processInstanceId!;
    await holdMeeting(sys, coordinator, '2026-11-20', [{ itemNo: listed.itemNo, decision: 'single', leadDept: 'dept-fgw' }]);
    await complete(sys, coordinator, pid, 'DispatchItem', {});
    await complete(sys, fgw, pid, 'HandleItem', form2('已答复。'));
    await complete(sys, coordinator, pid, 'ReviewReply', { approved: true });
    await waitForStatus(sys, listed.itemNo, 'replied');
    await complete(sys, followup, pid, 'RecordEvaluation', { result: 'unsatisfied', overallOpinion: '问题未解决' });
    // re-handling gets a new task and a new deadline
    await complete(sys, fgw, pid, 'HandleItem', form2('重新办理：已现场核查并解决，联系人张三丰 13812341234。'));
    await complete(sys, coordinator, pid, 'ReviewReply', { approved: true });
    const published = await evaluateAndPublish(listed.itemNo, 'satisfied');
    expect(published.rehandleCount).toBe(1);
    const results = await sys.call('GET', '/api/public/results?pageSize=100', null);
    const row = results.body.results.find((r: { itemNo: string }) => r.itemNo === listed.itemNo);
    expect(row).toMatchObject({ personInCharge: '张**', phone: '138****1234' });
    expect(row.result).toContain('138****1234');
    expect(JSON.stringify(results.body)).not.toMatch(/1[3-9]\d{9}/);
    expect((await historyOf(sys.engine, pid)).filter((a) => a === 'HandleItem')).toHaveLength(2);
  });
});

describe('the publication review (审核公开内容)', () => {
  it('holds an evaluated result for the coordinator, reminds when it waits too long, and publishes the redacted text', async () => {
    // given an item answered on the spot with a trade secret in the answer, and a satisfied follow-up
    const listed = await listedItem(sys, coordinator, 'publication');
    await holdMeeting(sys, coordinator, '2026-11-20', [{ itemNo: listed.itemNo, decision: 'onSpot', answer: '经核实，企业新配方成本为每吨1200元，符合补贴条件，可申请技改补贴。' }]);
    const replied = await waitForStatus(sys, listed.itemNo, 'replied');
    await complete(sys, followup, replied.processInstanceId!, 'RecordEvaluation', { result: 'satisfied' });
    // then the result waits for the review, with a limit of two working days, and is not published yet
    const [task] = await waitForTask(sys.engine, replied.processInstanceId!, 'ReviewPublication');
    await waitForStatus(sys, listed.itemNo, 'awaitingPublication');
    const due = `${new WorkingCalendar().addWorkingDays(isoDate(new Date()), 2).date}T23:59:59.000+0800`;
    expect((await timerAt(sys.engine, replied.processInstanceId!, 'PublicationOverdue')).dueDate).toBe(due);
    expect(task.due).toBe(due);
    const before = await sys.call('GET', '/api/public/results?pageSize=100', null);
    expect(JSON.stringify(before.body)).not.toContain(listed.itemNo);
    // when the limit passes, the coordinators are reminded (and the review stays open)
    await sys.engine.executeJob((await timerAt(sys.engine, replied.processInstanceId!, 'PublicationOverdue')).id);
    await waitForWorkers(sys.engine, replied.processInstanceId!);
    const notices = await sys.call('GET', '/api/notifications', coordinator);
    expect(notices.body.map((n: { subject: string; body: string }) => n.subject + n.body).filter((t: string) => t.includes(listed.itemNo))).toEqual([expect.stringContaining('办理结果待审核公开')]);
    // and the form offers the masked text, the original beside it
    const form = await sys.call('GET', `/api/tasks/${task.id}/form`, coordinator);
    expect(form.body.data).toMatchObject({ publicAnswer: expect.stringContaining('每吨1200元'), originalAnswer: expect.stringContaining('每吨1200元') });
    // when the coordinator removes the secret and publishes
    const published = await approvePublication(sys, coordinator, listed.itemNo, { publicAnswer: '经核实，企业符合补贴条件，可申请技改补贴。', note: '删除配方成本（商业秘密）' });
    // then the public sees the reviewed text, the staff still the original, and the log says it was redacted
    const after = await sys.call('GET', '/api/public/results?pageSize=100', null);
    const shown = JSON.stringify(after.body);
    expect(shown).toContain('经核实，企业符合补贴条件');
    expect(shown).not.toContain('1200');
    expect(published.reply).toContain('每吨1200元');
    const log = await sys.deps.db.getRepository(ActionLogEntity).findOneByOrFail({ entityId: listed.itemNo, action: 'item.publicationReviewed' });
    expect(JSON.parse(log.after!)).toEqual({ redacted: true, note: '删除配方成本（商业秘密）' });
    // and the item's timeline names people by name and department, the workers as 系统
    const detail = await sys.call('GET', `/api/items/${listed.itemNo}`, coordinator);
    const who = Object.fromEntries(detail.body.timeline.map((t: { action: string; actorName: string }) => [t.action, t.actorName]));
    expect(who).toMatchObject({ 'item.publicationReviewed': '王协调（乌审旗政务服务与数据管理局）', 'item.publicationDueSet': '系统', 'item.evaluated': '赵回访' });
  });
});

