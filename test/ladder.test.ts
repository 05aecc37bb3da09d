/**
 * The supervision ladder's rules (督办规则): the bureau sets each step's working days, recipients and whether it is
 * on; the model's timers follow them on the official calendar, and the item's page shows the ladder.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ActionLogEntity, NotificationEntity, SupervisionEntity } from '../db/entities/index.js';
import { startTestSystem, timerAt, waitForTask, waitForWorkers, type TestSystem } from './support/harness.js';
import { complete, holdMeeting, listedItem } from './support/scenario.js';

let sys: TestSystem;
let coordinator: string;
/** The item handled under the bureau's rules below, still in the department's hands. */
let handled: { itemNo: string; pid: string } | null = null;

// Dispatched on Wednesday 2026-09-23: the 7-day deadline is Wednesday 2026-09-30, the eve of National Day
// (10-01..07 off, Saturday 10-10 worked).
const NOW = new Date('2026-09-23T10:00:00+08:00');

beforeAll(async () => {
  sys = await startTestSystem({}, () => NOW);
  coordinator = await sys.login('coordinator');
});
afterAll(async () => {
  await sys?.cleanup();
});

const rulesOf = async (token: string) => (await sys.call('GET', '/api/ladder-rules', token)).body.rules as Array<Record<string, unknown>>;

describe('the bureau’s ladder rules', () => {
  it('refuse days outside a step’s meaning, a step that tells nobody, an unknown step and a department, changing nothing', async () => {
    // given the rules as they are
    const before = await rulesOf(coordinator);
    // when bad rules are sent
    const notice0 = await sys.call('PUT', '/api/ladder-rules/notice', coordinator, { enabled: true, workingDays: 0, recipients: ['lead'] });
    const urgeLate = await sys.call('PUT', '/api/ladder-rules/urge', coordinator, { enabled: true, workingDays: 2, recipients: ['lead'] });
    const nobody = await sys.call('PUT', '/api/ladder-rules/remind', coordinator, { enabled: true, workingDays: 1, recipients: [] });
    const stranger = await sys.call('PUT', '/api/ladder-rules/remind', coordinator, { enabled: true, workingDays: 1, recipients: ['mayor'] });
    const unknown = await sys.call('PUT', '/api/ladder-rules/praise', coordinator, { enabled: true, workingDays: 1, recipients: ['lead'] });
    const department = await sys.call('PUT', '/api/ladder-rules/notice', await sys.login('fgw'), { enabled: false, workingDays: 3, recipients: ['lead'] });
    // then each gets its own code and a Chinese message, and the rules are as before
    expect([notice0, urgeLate, nobody, stranger, unknown, department].map((r) => [r.status, r.body.code])).toEqual([
      [400, 'LADDER_DAYS_OUT_OF_RANGE'], [400, 'LADDER_DAYS_OUT_OF_RANGE'], [400, 'LADDER_NO_RECIPIENTS'], [400, 'VALIDATION_FAILED'],
      [404, 'LADDER_LEVEL_NOT_FOUND'], [403, 'FORBIDDEN'],
    ]);
    expect(notice0.body.message).toBe('通报的工作日数应在 1 到 20 之间');
    expect(await rulesOf(coordinator)).toEqual(before);
    expect(await sys.deps.db.getRepository(ActionLogEntity).countBy({ entityType: 'ladderRule' })).toBe(0);
  });

  it('are saved and reset by a coordinator, each change in the action log, and read by supervisors', async () => {
    const saved = await sys.call('PUT', '/api/ladder-rules/escalate', coordinator, { enabled: true, workingDays: 5, recipients: ['supervisor'] });
    expect(saved.status).toBe(204);
    const changed = (await rulesOf(await sys.login('supervisor'))).find((r) => r.level === 'escalate')!;
    expect(changed).toMatchObject({ enabled: true, workingDays: 5, recipients: ['supervisor'], custom: true, updatedBy: 'coordinator' });
    expect((await sys.call('DELETE', '/api/ladder-rules/escalate', coordinator)).status).toBe(204);
    expect((await rulesOf(coordinator)).find((r) => r.level === 'escalate')).toMatchObject({ enabled: true, workingDays: 3, recipients: ['lead', 'supervisor'], custom: false });
    const log = await sys.deps.db.getRepository(ActionLogEntity).find({ where: { entityType: 'ladderRule' }, order: { id: 'ASC' } });
    expect(log.map((a) => [a.action, a.entityId, a.actor])).toEqual([['ladder.saved', 'escalate', 'coordinator'], ['ladder.reset', 'escalate', 'coordinator']]);
  });
});

describe('an item handled under the bureau’s rules', () => {
  it('is reminded, urged, notified and passed over for 督办 when and to whom the rules say, over National Day', async () => {
    // given: remind 2 working days before to the lead department only; 通报 1 working day after the deadline to the
    // department and the supervisors; 督办 2 working days later but switched off
    for (const [level, rule] of Object.entries({
      remind: { enabled: true, workingDays: 2, recipients: ['lead'] },
      notice: { enabled: true, workingDays: 1, recipients: ['lead', 'supervisor'] },
      escalate: { enabled: false, workingDays: 2, recipients: ['supervisor'] },
    })) expect((await sys.call('PUT', `/api/ladder-rules/${level}`, coordinator, rule)).status).toBe(204);
    const listed = await listedItem(sys, coordinator, 'ladder');
    const pid = listed.processInstanceId!;
    handled = { itemNo: listed.itemNo, pid };
    await holdMeeting(sys, coordinator, '2026-09-22', [{ itemNo: listed.itemNo, decision: 'multi', leadDept: 'dept-fgw', coDepts: ['dept-scjg'] }]);
    await complete(sys, coordinator, pid, 'DispatchItem', {});
    await waitForTask(sys.engine, pid, 'SendOpinion'); // handling has started, with its timers

    // then the timers follow the rules (several departments: 15 days, so the deadline is 10-08, just after the holiday)
    const due = (await timerAt(sys.engine, pid, 'HandlingOverdue')).dueDate;
    expect(due).toBe('2026-10-08T23:59:59.000+0800');
    expect((await timerAt(sys.engine, pid, 'ReminderDue')).dueDate).toBe('2026-09-29T09:00:00.000+0800'); // 10-01..07 off
    const raise = async (activityId: string) => {
      await sys.engine.executeJob((await timerAt(sys.engine, pid, activityId)).id);
      await waitForWorkers(sys.engine, pid);
    };
    const told = async (subject: string) => (await sys.deps.db.getRepository(NotificationEntity).findBy({ itemId: listed.id, subject, channel: 'inapp' })).map((n) => n.recipient).sort();

    // when each timer is executed over REST
    await raise('ReminderDue');
    await raise('HandlingOverdue');
    expect((await timerAt(sys.engine, pid, 'NoticeDue')).dueDate).toBe('2026-10-09T09:00:00.000+0800');
    await raise('NoticeDue');
    expect((await timerAt(sys.engine, pid, 'EscalationDue')).dueDate).toBe('2026-10-12T09:00:00.000+0800'); // 10-10 (Sat, worked), 10-12
    await raise('EscalationDue');

    // then each step told whom its rule names, and the switched-off 督办 told nobody
    expect(await told('到期提醒')).toEqual(['dept-fgw']);
    expect(await told('催办')).toEqual(['dept-fgw', 'dept-scjg', 'qq-coordinator']); // the default rule
    expect(await told('通报')).toEqual(['dept-fgw', 'qq-supervisor']);
    expect(await told('督办')).toEqual([]);
    const steps = await sys.deps.db.getRepository(SupervisionEntity).find({ where: { itemId: listed.id }, order: { id: 'ASC' } });
    expect(steps.map((s) => s.level)).toEqual(['remind', 'urge', 'notice']);

    // and the item's page shows the ladder: planned times, what was raised, what was passed over
    const detail = (await sys.call('GET', `/api/items/${listed.itemNo}`, coordinator)).body;
    const ladder = Object.fromEntries(detail.ladder.map((s: { level: string }) => [s.level, s]));
    expect(ladder.remind).toMatchObject({ label: '到期提醒', enabled: true, plannedAt: '2026-09-29T01:00:00.000Z', skippedAt: [] });
    expect(ladder.urge.plannedAt).toBe('2026-10-08T15:59:59.000Z');
    expect(ladder.notice.raisedAt).toHaveLength(1);
    expect(ladder.escalate).toMatchObject({ enabled: false, plannedAt: '2026-10-12T01:00:00.000Z', raisedAt: [] });
    expect(ladder.escalate.skippedAt).toHaveLength(1);
    expect(detail.timeline.map((t: { action: string }) => t.action)).toEqual(expect.arrayContaining(['supervision.remind', 'supervision.urge', 'supervision.notice', 'supervision.skipped']));
    // and the supervisors' board counts the steps raised
    expect((await sys.call('GET', '/api/dashboard', await sys.login('supervisor'))).body.supervisionsByLevel).toEqual({ remind: 1, urge: 1, notice: 1 });
  });

  it('goes to review as soon as the department replies, even while the ladder waits for its 通报', async () => {
    // given an overdue item whose ladder has urged and now waits for the 通报 time
    const listed = await listedItem(sys, coordinator, 'ladder-replied');
    const pid = listed.processInstanceId!;
    await holdMeeting(sys, coordinator, '2026-09-22', [{ itemNo: listed.itemNo, decision: 'single', leadDept: 'dept-fgw' }]);
    await complete(sys, coordinator, pid, 'DispatchItem', {});
    await waitForTask(sys.engine, pid, 'HandleItem');
    await sys.engine.executeJob((await timerAt(sys.engine, pid, 'HandlingOverdue')).id);
    await waitForWorkers(sys.engine, pid);
    expect((await timerAt(sys.engine, pid, 'NoticeDue')).dueDate).toBeTruthy();
    // when the department replies
    await complete(sys, await sys.login('fgw'), pid, 'HandleItem', { content: '已答复。', contact: '刘经办', phone: '0477-7654321' });
    // then the reply is reviewed at once (it waited for the ladder's last timer before), and the ladder is over
    await waitForTask(sys.engine, pid, 'ReviewReply');
    expect(await sys.engine.jobs({ processInstanceId: pid, timers: true })).toEqual([]);
  });

  it('still opens when its process instance was removed by hand, without planned times', async () => {
    // given the item above, its instance deleted (as an administrator might in Cockpit)
    await sys.engine.deleteProcessInstance(handled!.pid);
    // when its page is opened
    const r = await sys.call('GET', `/api/items/${handled!.itemNo}`, coordinator);
    // then it answers, with the ladder's history but no planned times
    expect(r.status).toBe(200);
    expect(r.body.ladder.map((s: { plannedAt: string | null }) => s.plannedAt)).toEqual([null, null, null, null]);
    expect(r.body.ladder.find((s: { level: string }) => s.level === 'notice').raisedAt).toHaveLength(1);
  });
});
