/** Meetings: at least 10 enterprises from the problem list, every topic decided. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestSystem, waitForTask, type TestSystem } from './support/harness.js';
import { ENTERPRISES, listedItem } from './support/scenario.js';

let sys: TestSystem;
let coordinator: string;

beforeAll(async () => {
  sys = await startTestSystem();
  coordinator = await sys.login('coordinator');
});
afterAll(async () => {
  await sys?.cleanup();
});

async function planningTask(kind = 'dialogue') {
  const proposed = await sys.call('POST', '/api/meetings', coordinator, { title: '恳谈会', kind });
  const [instance] = await sys.engine.processInstances({ processDefinitionKey: 'qinqing-meeting', businessKey: proposed.body.meetingNo });
  const [task] = await waitForTask(sys.engine, instance.id, 'PlanMeeting');
  return { task, instance, meetingId: proposed.body.id as number };
}

describe('planning a meeting', () => {
  it('refuses fewer than 10 enterprises with a clear message', async () => {
    const listed = await listedItem(sys, coordinator, 'nine');
    const { task } = await planningTask();
    const r = await sys.call('POST', `/api/tasks/${task.id}/complete`, coordinator, {
      title: '恳谈会', plannedDate: '2026-12-10', place: '会议室', agenda: [listed.itemNo],
      invitees: ENTERPRISES.slice(0, 9).map((enterpriseName) => ({ enterpriseName })),
    });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('TOO_FEW_ENTERPRISES');
    expect(r.body.message).toContain('参会企业不少于10家');
  });

  it('records a 政企座谈 with fewer enterprises: the minimum is the dialogue meeting’s', async () => {
    const listed = await listedItem(sys, coordinator, 'symposium');
    const { task, instance } = await planningTask('symposium');
    const r = await sys.call('POST', `/api/tasks/${task.id}/complete`, coordinator, {
      title: '新能源企业政企座谈', plannedDate: '2026-11-20', place: '工信局会议室', agenda: [listed.itemNo],
      invitees: ENTERPRISES.slice(0, 3).map((enterpriseName) => ({ enterpriseName })),
    });
    expect(r.status).toBe(204);
    const [record] = await waitForTask(sys.engine, instance.id, 'RecordMeeting');
    const held = await sys.call('POST', `/api/tasks/${record.id}/complete`, coordinator, { heldDate: '2026-11-20', attended: ENTERPRISES.slice(0, 3), decisions: [{ itemNo: listed.itemNo, decision: 'onSpot', answer: '座谈中已答复' }] });
    expect(held.status).toBe(204);
  });

  it('counts enterprises once, however often they are listed', async () => {
    const listed = await listedItem(sys, coordinator, 'dupes');
    const { task } = await planningTask();
    const r = await sys.call('POST', `/api/tasks/${task.id}/complete`, coordinator, {
      title: '恳谈会', plannedDate: '2026-12-10', place: '会议室', agenda: [listed.itemNo],
      invitees: [...ENTERPRISES.slice(0, 9), ENTERPRISES[0]].map((enterpriseName) => ({ enterpriseName })),
    });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('TOO_FEW_ENTERPRISES');
  });

  it('takes agenda topics only from the problem list', async () => {
    const submitted = await sys.call('POST', '/api/public/items', null, { enterpriseName: '未筛查企业', personInCharge: '王五', phone: '13900002222', problem: '尚未筛查的问题' });
    const { task } = await planningTask();
    const r = await sys.call('POST', `/api/tasks/${task.id}/complete`, coordinator, {
      title: '恳谈会', plannedDate: '2026-12-10', place: '会议室', agenda: [submitted.body.itemNo], invitees: ENTERPRISES.map((enterpriseName) => ({ enterpriseName })),
    });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('AGENDA_NOT_ON_LIST');
  });
});

describe('recording a meeting', () => {
  it('refuses a record that leaves an agenda topic undecided', async () => {
    const a = await listedItem(sys, coordinator, 'undecided-a');
    const b = await listedItem(sys, coordinator, 'undecided-b');
    const { task, instance } = await planningTask();
    await sys.call('POST', `/api/tasks/${task.id}/complete`, coordinator, { title: '恳谈会', plannedDate: '2026-11-20', place: '会议室', agenda: [a.itemNo, b.itemNo], invitees: ENTERPRISES.map((enterpriseName) => ({ enterpriseName })) });
    const [record] = await waitForTask(sys.engine, instance.id, 'RecordMeeting');
    const r = await sys.call('POST', `/api/tasks/${record.id}/complete`, coordinator, { heldDate: '2026-11-20', attended: ENTERPRISES, decisions: [{ itemNo: a.itemNo, decision: 'onSpot', answer: '已答复' }] });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('TOPIC_UNDECIDED');
    expect(r.body.message).toContain(b.itemNo);
  });
});
