/**
 * Signing in tells the truth about the engine's guard against guessing: how long to wait after a failure, that an
 * account is locked after too many; and a system administrator unlocks an account or sets a new password, each in
 * the action log.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ActionLogEntity, LoginFailureEntity } from '../db/entities/index.js';
import { LOGIN_THROTTLE } from '../web/auth/login-throttle.js';
import { startTestSystem, TEST_PASSWORD, type TestSystem } from './support/harness.js';

let sys: TestSystem;
let admin: string;

beforeAll(async () => {
  sys = await startTestSystem();
  admin = await sys.login('sysadmin');
});
afterAll(async () => {
  await sys?.cleanup();
});

async function account(id: string) {
  await sys.engine.ensureUser({ id, firstName: '测', lastName: '试', email: `${id}@qinqing.local` }, TEST_PASSWORD);
  return id;
}
const signIn = (username: string, password: string) => sys.call('POST', '/api/auth/login', null, { username, password });

describe('signing in after a wrong password', () => {
  it('says how long to wait, and refuses the right password until then without asking the engine', async () => {
    const id = await account('delay-probe');
    const wrong = await signIn(id, 'Wrong-password-1');
    expect(wrong.body).toEqual({ code: 'LOGIN_FAILED', message: '用户名或密码错误（3 秒后可再试）' });
    const early = await signIn(id, TEST_PASSWORD);
    expect([early.status, early.body.code]).toEqual([429, 'LOGIN_DELAYED']);
    expect(early.body.message).toMatch(/^登录失败次数过多，请稍候 [1-3] 秒再试$/);
  });

  it('answers an unknown user exactly as a wrong password, and counts nothing for it', async () => {
    const r = await signIn('nobody-at-all', 'Wrong-password-1');
    expect(r.body).toEqual({ code: 'LOGIN_FAILED', message: '用户名或密码错误' });
    expect(await sys.deps.db.getRepository(LoginFailureEntity).countBy({ userId: 'nobody-at-all' })).toBe(0);
  });

  it('says the account is locked after the last allowed failure, until an administrator unlocks it', async () => {
    const id = await account('lock-probe');
    // given the failures before the last one, seen earlier (each after its delay)
    await sys.deps.db.getRepository(LoginFailureEntity).save({ userId: id, failures: LOGIN_THROTTLE.maxAttempts - 1, lockedUntil: new Date(0) });
    const last = await signIn(id, 'Wrong-password-1');
    expect([last.status, last.body.code, last.body.message]).toEqual([423, 'ACCOUNT_LOCKED', '连续10次密码错误，账号已锁定，请联系系统管理员解锁']);
    expect((await signIn(id, TEST_PASSWORD)).body.code).toBe('ACCOUNT_LOCKED');
    const listed = await sys.call('GET', `/api/admin/users?q=lock-probe`, admin);
    expect(listed.body).toEqual([{ id, name: '试测', failures: 10, locked: true, waitUntil: expect.any(String) }]);
    // when the administrator unlocks it — the engine's own delay after the last failure is lifted too
    expect((await sys.call('POST', `/api/admin/users/${id}/unlock`, admin)).status).toBe(204);
    // then the right password works at once
    expect((await signIn(id, TEST_PASSWORD)).status).toBe(200);
    const log = await sys.deps.db.getRepository(ActionLogEntity).findOneByOrFail({ action: 'user.unlocked', entityId: id });
    expect(log.actor).toBe('sysadmin');
  });
});

describe('a system administrator', () => {
  it('sets a new password: the old one stops working, open sessions end, and the log has no password', async () => {
    const id = await account('reset-probe');
    const session = await sys.login(id);
    const weak = await sys.call('POST', `/api/admin/users/${id}/password`, admin, { password: 'short' });
    expect([weak.status, weak.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await sys.call('POST', `/api/admin/users/${id}/password`, admin, { password: 'New-password-2026' })).status).toBe(204);
    expect((await sys.call('GET', '/api/auth/me', session)).status).toBe(401);
    expect((await signIn(id, 'New-password-2026')).status).toBe(200);
    const log = await sys.deps.db.getRepository(ActionLogEntity).findOneByOrFail({ action: 'user.passwordReset', entityId: id });
    expect(JSON.stringify(log)).not.toContain('New-password-2026');
  });

  it('is the only one who may, and an unknown account is a 404', async () => {
    const coordinator = await sys.login('coordinator');
    expect((await sys.call('POST', '/api/admin/users/fgw/unlock', coordinator)).status).toBe(403);
    expect((await sys.call('GET', '/api/admin/users', coordinator)).status).toBe(403);
    expect((await sys.call('POST', '/api/admin/users/no-such-user/unlock', admin)).body.code).toBe('USER_NOT_FOUND');
    // the app's own service account is not a person's account
    const service = sys.deps.config.engine.user;
    expect((await sys.call('POST', `/api/admin/users/${service}/password`, admin, { password: 'New-password-2026' })).status).toBe(403);
    expect((await sys.call('GET', '/api/admin/users', admin)).body.map((u: { id: string }) => u.id)).not.toContain(service);
  });
});
