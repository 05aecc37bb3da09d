/**
 * The engine's guard against guessing passwords, told truthfully: after a failed sign-in the engine refuses the
 * next attempt of that user — even with the right password — for base × factor^(failures − 1) seconds (at most
 * the maximum), and after `maxAttempts` failures it locks the account until an administrator unlocks it. The
 * engine does not say so (it only answers "not authenticated"), so the app keeps the count it saw and says how long
 * to wait, or that the account is locked. The numbers are the engine's (engine/src/main/resources/application.yaml).
 */
import type { EntityManager } from 'typeorm';
import { LoginFailureEntity, type LoginFailure } from '../../db/entities/index.js';
import { AppError } from '../../core/errors.js';

export const LOGIN_THROTTLE = { maxAttempts: 10, delayBaseSeconds: 3, delayFactor: 2, delayMaxSeconds: 60 } as const;

/** Seconds the engine refuses sign-ins after the `failures`-th failure in a row. */
export function delaySeconds(failures: number): number {
  const t = LOGIN_THROTTLE;
  return Math.min(t.delayBaseSeconds * t.delayFactor ** (failures - 1), t.delayMaxSeconds);
}

export const locked = () => new AppError(423, 'ACCOUNT_LOCKED', `连续${LOGIN_THROTTLE.maxAttempts}次密码错误，账号已锁定，请联系系统管理员解锁`);

/** Refuses a sign-in the engine would refuse anyway, saying why, before the password is even sent. */
export function assertMayTry(row: LoginFailure | null, now: Date): void {
  if (!row) return;
  if (row.failures >= LOGIN_THROTTLE.maxAttempts) throw locked();
  const wait = Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000);
  if (wait > 0) throw new AppError(429, 'LOGIN_DELAYED', `登录失败次数过多，请稍候 ${wait} 秒再试`, { retryAfterSeconds: wait });
}

/** Counts a failure of a known user; the answer says the password was wrong, or that the account is now locked. */
export async function countFailure(tx: EntityManager, userId: string, row: LoginFailure | null, now: Date): Promise<AppError> {
  const failures = (row?.failures ?? 0) + 1;
  const lockedUntil = new Date(now.getTime() + delaySeconds(failures) * 1000);
  await tx.getRepository(LoginFailureEntity).save({ userId, failures, lockedUntil });
  if (failures >= LOGIN_THROTTLE.maxAttempts) return locked();
  return new AppError(401, 'LOGIN_FAILED', `用户名或密码错误（${delaySeconds(failures)} 秒后可再试）`);
}

export function failuresOf(tx: EntityManager, userId: string): Promise<LoginFailure | null> {
  return tx.getRepository(LoginFailureEntity).findOneBy({ userId });
}

export async function clearFailures(tx: EntityManager, userId: string): Promise<void> {
  await tx.getRepository(LoginFailureEntity).delete({ userId });
}
