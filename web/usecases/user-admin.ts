/**
 * 账号管理 (system administrators): the staff accounts with their failed sign-ins, unlocking an account the engine
 * locked after too many failures, and setting a new password (which also ends the user's open sessions). Each is
 * in the action log; a password never is.
 */
import { In } from 'typeorm';
import { LoginFailureEntity, StaffSessionEntity } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { forbidden, notFound } from '../../core/errors.js';
import type { Actor } from '../auth/actor.js';
import { clearFailures, LOGIN_THROTTLE } from '../auth/login-throttle.js';
import { parse, z } from '../validation.js';
import type { AppDeps } from '../deps.js';

export const usersQuerySchema = z.object({ q: z.string().trim().max(64).optional() });
export const passwordSchema = z.object({
  password: z
    .string()
    .min(10, '新密码至少10个字符')
    .max(128)
    .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), '新密码须同时包含字母和数字'),
});

export async function listUsers(deps: AppDeps, query: unknown) {
  const q = parse(usersQuerySchema, query);
  // The engine's user query matches ids exactly only; a county's few hundred accounts are filtered here.
  const all = await deps.engine.users({ maxResults: 2000 });
  // The app's own service account is not a person's: it is neither listed nor changed here.
  const people = all.filter((u) => u.id !== deps.config.engine.user);
  const users = q.q ? people.filter((u) => `${u.id} ${u.lastName ?? ''}${u.firstName ?? ''}`.includes(q.q!)) : people;
  const failures = users.length ? await deps.db.getRepository(LoginFailureEntity).findBy({ userId: In(users.map((u) => u.id)) }) : [];
  const now = deps.clock();
  return users.map((u) => {
    const f = failures.find((x) => x.userId === u.id);
    return {
      id: u.id,
      name: `${u.lastName ?? ''}${u.firstName ?? ''}` || u.id,
      failures: f?.failures ?? 0,
      locked: (f?.failures ?? 0) >= LOGIN_THROTTLE.maxAttempts,
      waitUntil: f && f.lockedUntil > now ? f.lockedUntil : null,
    };
  });
}

async function existing(deps: AppDeps, id: string): Promise<void> {
  if (id === deps.config.engine.user) throw forbidden('系统服务账号不能在此修改');
  if (!(await deps.engine.userExists(id))) throw notFound('USER_NOT_FOUND', `账号 ${id} 不存在`);
}

export async function unlockUser(deps: AppDeps, actor: Actor, id: string): Promise<void> {
  await existing(deps, id);
  await deps.engine.unlockUser(id);
  await deps.db.transaction(async (tx) => {
    await clearFailures(tx, id);
    await recordAction(tx, { actor: actor.userId, action: 'user.unlocked', entityType: 'user', entityId: id });
  });
}

export async function resetPassword(deps: AppDeps, actor: Actor, id: string, body: unknown): Promise<void> {
  const { password } = parse(passwordSchema, body);
  await existing(deps, id);
  await deps.engine.setPassword(id, password);
  await deps.engine.unlockUser(id);
  await deps.db.transaction(async (tx) => {
    await clearFailures(tx, id);
    await tx.getRepository(StaffSessionEntity).delete({ userId: id });
    await recordAction(tx, { actor: actor.userId, action: 'user.passwordReset', entityType: 'user', entityId: id });
  });
}
