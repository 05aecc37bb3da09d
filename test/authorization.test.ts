/** Who may see and do what: anonymous callers, departments, coordinators; and bad input that writes nothing. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ActionLogEntity, HandlingRecordEntity, ItemEntity } from '../db/entities/index.js';
import { startTestSystem, waitForTask, type TestSystem } from './support/harness.js';
import { complete, form1, holdMeeting, listedItem, waitForStatus } from './support/scenario.js';

let sys: TestSystem;
let coordinator: string;
let fgw: string;
let scjg: string;
let itemNo: string;
let handleTaskId: string;

beforeAll(async () => {
  sys = await startTestSystem();
  [coordinator, fgw, scjg] = await Promise.all([sys.login('coordinator'), sys.login('fgw'), sys.login('scjg')]);
  // given an item handled by 发改委 alone
  const listed = await listedItem(sys, coordinator, 'authz');
  itemNo = listed.itemNo;
  await holdMeeting(sys, coordinator, '2026-11-20', [{ itemNo, decision: 'single', leadDept: 'dept-fgw' }]);
  await complete(sys, coordinator, listed.processInstanceId!, 'DispatchItem', {});
  [{ id: handleTaskId }] = await waitForTask(sys.engine, listed.processInstanceId!, 'HandleItem');
  await waitForStatus(sys, itemNo, 'handling');
});
afterAll(async () => {
  await sys?.cleanup();
});

describe('anonymous callers', () => {
  it.each(['/api/tasks', '/api/items', '/api/dashboard', '/api/meetings', '/api/auth/me'])('get 401 on %s', async (path) => {
    const r = await sys.call('GET', path);
    expect(r.status).toBe(401);
    expect(r.body.code).toBe('UNAUTHENTICATED');
    expect(r.body.message).toBe('请先登录');
  });

  it('cannot sign in with a wrong password', async () => {
    // A user of its own: the engine delays the next sign-in of a user after a failed one (brute-force guard).
    await sys.engine.ensureUser({ id: 'wrong-password-probe', firstName: '探', lastName: '测', email: 'probe@qinqing.local' }, 'Right-password-2026');
    const r = await sys.call('POST', '/api/auth/login', null, { username: 'wrong-password-probe', password: 'wrong-password' });
    expect(r).toEqual({ status: 401, body: { code: 'LOGIN_FAILED', message: '用户名或密码错误（3 秒后可再试）' } });
  });

  it('cannot track an item without its code, and cannot tell a wrong code from a missing item', async () => {
    const wrong = await sys.call('GET', `/api/public/items/${itemNo}?code=WRONGCODE`);
    const missing = await sys.call('GET', '/api/public/items/QQ00000000XXXXXX?code=WRONGCODE');
    expect(wrong.status).toBe(404);
    expect(missing.body).toEqual(wrong.body);
  });
});

describe('a department', () => {
  it('sees its own task in its inbox and another department does not', async () => {
    const mine = await sys.call('GET', '/api/tasks', fgw);
    const theirs = await sys.call('GET', '/api/tasks', scjg);
    expect(mine.body.tasks.map((t: { id: string }) => t.id)).toContain(handleTaskId);
    expect(theirs.body.tasks.map((t: { id: string }) => t.id)).not.toContain(handleTaskId);
  });

  it('gets 403 on another department’s task and cannot complete or claim it', async () => {
    expect((await sys.call('GET', `/api/tasks/${handleTaskId}`, scjg)).status).toBe(403);
    expect((await sys.call('POST', `/api/tasks/${handleTaskId}/claim`, scjg)).status).toBe(403);
    const r = await sys.call('POST', `/api/tasks/${handleTaskId}/complete`, scjg, { content: '越权答复', contact: '某', phone: '13800000000' });
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('FORBIDDEN');
    expect(await sys.deps.db.getRepository(HandlingRecordEntity).countBy({ taskId: handleTaskId })).toBe(0);
  });

  it('gets 404 on another department’s item and does not find it in the ledger', async () => {
    expect((await sys.call('GET', `/api/items/${itemNo}`, scjg)).status).toBe(404);
    const ledger = await sys.call('GET', '/api/items?pageSize=200', scjg);
    expect(ledger.body.items.map((i: { itemNo: string }) => i.itemNo)).not.toContain(itemNo);
    expect((await sys.call('GET', `/api/items/${itemNo}`, fgw)).status).toBe(200);
  });

  it('cannot complete a task another user has claimed, and the item page names who claimed it', async () => {
    expect((await sys.call('POST', `/api/tasks/${handleTaskId}/claim`, fgw)).status).toBe(204);
    const me = (await sys.call('GET', '/api/auth/me', fgw)).body;
    const waiting = (await sys.call('GET', `/api/items/${itemNo}`, coordinator)).body.openTasks as { id: string; assignee: string; assigneeName: string }[];
    expect(waiting.find((t) => t.id === handleTaskId)).toMatchObject({ assignee: 'fgw', assigneeName: expect.stringContaining(me.displayName) });
    expect(me.displayName).not.toBe('fgw');
    await sys.engine.ensureUser({ id: 'fgw2', firstName: '二', lastName: '发', email: 'fgw2@qinqing.local' }, 'Test-password-2026');
    await sys.engine.ensureMembership('dept-fgw', 'fgw2');
    const other = await sys.login('fgw2');
    const r = await sys.call('POST', `/api/tasks/${handleTaskId}/complete`, other, { content: '答复', contact: '某', phone: '13800000000' });
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('TASK_CLAIMED_BY_OTHER');
    expect((await sys.call('POST', `/api/tasks/${handleTaskId}/unclaim`, fgw)).status).toBe(204);
  });

  it('cannot see the supervisor dashboard or the meetings', async () => {
    expect((await sys.call('GET', '/api/dashboard', fgw)).status).toBe(403);
    expect((await sys.call('GET', '/api/meetings', fgw)).status).toBe(403);
    expect((await sys.call('POST', '/api/meetings', fgw, { title: '越权发起' })).status).toBe(403);
  });
});

describe('bad input', () => {
  it('answers 400 with a stable code and zh-CN messages per field, and stores nothing', async () => {
    const before = await sys.deps.db.getRepository(ItemEntity).count();
    const r = await sys.call('POST', '/api/public/items', null, { enterpriseName: '', phone: '12345', problem: '' });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('VALIDATION_FAILED');
    const fields = Object.fromEntries(r.body.details.fields.map((f: { field: string; message: string }) => [f.field, f.message]));
    expect(fields).toMatchObject({ enterpriseName: '必填', personInCharge: '必填', phone: '请填写正确的手机号或固定电话', problem: '必填' });
    expect(await sys.deps.db.getRepository(ItemEntity).count()).toBe(before);
  });

  it('answers 400 MALFORMED_JSON for a body that is not JSON', async () => {
    const res = await fetch(`${sys.url}/api/public/items`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"enterpriseName":' });
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('MALFORMED_JSON');
  });

  it('refuses a task form with missing fields and leaves the task and the records as they were', async () => {
    const logBefore = await sys.deps.db.getRepository(ActionLogEntity).count();
    const r = await sys.call('POST', `/api/tasks/${handleTaskId}/complete`, fgw, { content: '' });
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/^输入有误/);
    expect((await sys.engine.task(handleTaskId)).id).toBe(handleTaskId);
    expect(await sys.deps.db.getRepository(ActionLogEntity).count()).toBe(logBefore);
  });

  it('refuses an item dispatched to an unknown department without touching the engine', async () => {
    const listed = await listedItem(sys, coordinator, 'bad-dept');
    const proposed = await sys.call('POST', '/api/meetings', coordinator, { title: '恳谈会' });
    const [instance] = await sys.engine.processInstances({ processDefinitionKey: 'qinqing-meeting', businessKey: proposed.body.meetingNo });
    const [plan] = await waitForTask(sys.engine, instance.id, 'PlanMeeting');
    const invitees = Array.from({ length: 10 }, (_, i) => ({ enterpriseName: `企业${i}` }));
    await sys.call('POST', `/api/tasks/${plan.id}/complete`, coordinator, { title: '恳谈会', plannedDate: '2026-11-20', place: '会议室', agenda: [listed.itemNo], invitees });
    const [record] = await waitForTask(sys.engine, instance.id, 'RecordMeeting');
    const r = await sys.call('POST', `/api/tasks/${record.id}/complete`, coordinator, {
      heldDate: '2026-11-20', attended: invitees.map((i) => i.enterpriseName), decisions: [{ itemNo: listed.itemNo, decision: 'single', leadDept: 'dept-nowhere' }],
    });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('UNKNOWN_DEPARTMENT');
    expect((await sys.engine.task(record.id)).id).toBe(record.id);
  });

  it('returns the same number and code when an enterprise resubmits the same request', async () => {
    const body = { ...form1('replay'), clientRequestId: 'client-request-0001' };
    const first = await sys.call('POST', '/api/public/items', null, body);
    const again = await sys.call('POST', '/api/public/items', null, body);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.itemNo).toBe(first.body.itemNo);
    expect(again.body.trackingCode).toBe(first.body.trackingCode);
    expect(await sys.deps.db.getRepository(ItemEntity).countBy({ clientRequestId: 'client-request-0001' })).toBe(1);
    expect(await sys.engine.processInstances({ businessKey: first.body.itemNo })).toHaveLength(1);
  });
});

describe('a browser session', () => {
  async function browserLogin(user: string) {
    const r = await fetch(`${sys.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: user, password: 'Test-password-2026' }) });
    const cookies = r.headers.getSetCookie();
    const value = (name: string) => cookies.find((c) => c.startsWith(`${name}=`))!.split(';')[0].slice(name.length + 1);
    return { cookies, session: value('qq_session'), csrf: value('qq_csrf') };
  }

  it('gets an httpOnly, SameSite session cookie and a readable CSRF token', async () => {
    const { cookies } = await browserLogin('scjg');
    expect(cookies.find((c) => c.startsWith('qq_session='))).toMatch(/HttpOnly.*SameSite=Strict|SameSite=Strict.*HttpOnly/);
    expect(cookies.find((c) => c.startsWith('qq_csrf='))).not.toMatch(/HttpOnly/);
  });

  it('reads with the cookie alone but changes nothing without the CSRF token', async () => {
    // given a signed-in department user's cookies
    const { session, csrf } = await browserLogin('fgw');
    const cookie = `qq_session=${session}; qq_csrf=${csrf}`;
    // when a page reads, and another site's form posts a claim with the same cookies but no token
    const read = await fetch(`${sys.url}/api/tasks`, { headers: { cookie } });
    const forged = await fetch(`${sys.url}/api/tasks/${handleTaskId}/claim`, { method: 'POST', headers: { cookie } });
    // then the read works and the change is refused, with the task still unclaimed
    expect(read.status).toBe(200);
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as { code: string }).code).toBe('CSRF_FAILED');
    expect((await sys.engine.task(handleTaskId)).assignee).toBeNull();
    // and with the token the same claim goes through
    const claimed = await fetch(`${sys.url}/api/tasks/${handleTaskId}/claim`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf } });
    expect(claimed.status).toBe(204);
    await sys.engine.unclaim(handleTaskId);
  });
});
