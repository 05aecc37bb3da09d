/**
 * Staff sign-in: users and groups live in the engine's identity service (administered in Operaton Admin), the
 * password is checked there, and the session is ours: a random token whose hash is stored with the user's groups.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { StaffSessionEntity, type StaffSession } from '../../db/entities/index.js';
import { rawInstant } from '../../db/raw-instant.js';
import { recordAction } from '../../db/action-log.js';
import { AppError, unauthorized } from '../../core/errors.js';
import type { AppDeps } from '../deps.js';
import type { Actor } from './actor.js';
import { assertMayTry, clearFailures, countFailure, failuresOf } from './login-throttle.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const SESSION_COOKIE = 'qq_session';
/** Double-submit CSRF token: readable by the page, sent back in the X-CSRF-Token header of every change. */
export const CSRF_COOKIE = 'qq_csrf';
export const newCsrfToken = () => randomBytes(18).toString('base64url');

export async function login(deps: AppDeps, username: string, password: string): Promise<{ token: string; actor: Actor; expiresAt: Date }> {
  const now = deps.clock();
  const seen = await failuresOf(deps.db.manager, username);
  assertMayTry(seen, now);
  const ok = await deps.engine.verifyUser(username, password);
  if (!ok) {
    // Only a user the engine knows is counted (it counts only those); either way the answer starts the same.
    const known = await deps.engine.userExists(username);
    if (!known) throw new AppError(401, 'LOGIN_FAILED', '用户名或密码错误');
    throw await deps.db.transaction((tx) => countFailure(tx, username, seen, now));
  }
  if (seen) await deps.db.transaction((tx) => clearFailures(tx, username));
  const profile = await deps.engine.user(username);
  const groups = (await deps.engine.groupsOf(username)).map((g) => g.id);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(deps.clock().getTime() + deps.config.sessionHours * 3600_000);
  const actor: Actor = { userId: username, displayName: `${profile.lastName ?? ''}${profile.firstName ?? ''}` || username, groups };
  await deps.db.transaction(async (tx) => {
    await tx.getRepository(StaffSessionEntity).insert({ tokenHash: sha256(token), userId: username, displayName: actor.displayName, groups: groups.join(','), expiresAt });
    await recordAction(tx, { actor: username, action: 'session.login', entityType: 'user', entityId: username });
  });
  return { token, actor, expiresAt };
}

export async function logout(deps: AppDeps, token: string): Promise<void> {
  await deps.db.transaction((tx) => tx.getRepository(StaffSessionEntity).delete({ tokenHash: sha256(token) }));
}

function cookieOf(req: Request, name: string): string | null {
  const cookie = req.headers.cookie?.split(';').map((c) => c.trim()).find((c) => c.startsWith(`${name}=`));
  return cookie ? decodeURIComponent(cookie.slice(name.length + 1)) : null;
}

function tokenOf(req: Request): { token: string; fromCookie: boolean } | null {
  const h = req.headers.authorization;
  if (h?.startsWith('Bearer ')) return { token: h.slice(7), fromCookie: false };
  const token = cookieOf(req, SESSION_COOKIE);
  return token ? { token, fromCookie: true } : null;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A browser sends the session cookie by itself; a change must also carry the token only our page can read. */
function assertCsrf(req: Request): void {
  if (SAFE.has(req.method)) return;
  const expected = cookieOf(req, CSRF_COOKIE);
  const given = req.headers['x-csrf-token'];
  if (!expected || typeof given !== 'string' || given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
    throw new AppError(403, 'CSRF_FAILED', '页面已过期或请求来源不明，请刷新页面后重试');
  }
}

declare module 'express-serve-static-core' {
  interface Request {
    actor?: Actor;
    sessionToken?: string;
  }
}

/**
 * The session of a token hash. Plain SQL: every staff request asks it, and TypeORM's query building and entity
 * mapping cost more than the lookup itself (docs/performance.md). Backticks quote `groups` in MySQL and SQLite alike.
 */
async function sessionOf(deps: AppDeps, tokenHash: string): Promise<Pick<StaffSession, 'tokenHash' | 'userId' | 'displayName' | 'groups' | 'expiresAt'> | null> {
  const [row] = await deps.db.query<{ user_id: string; display_name: string; group_list: string; expires_at: Date | string }[]>('SELECT user_id, display_name, `groups` AS group_list, expires_at FROM staff_session WHERE token_hash = ?', [tokenHash]);
  return row ? { tokenHash, userId: row.user_id, displayName: row.display_name, groups: row.group_list, expiresAt: rawInstant(row.expires_at) } : null;
}

/** Requires a valid session; puts the actor on the request. */
export function authenticate(deps: AppDeps): RequestHandler {
  return async (req, _res, next) => {
    const presented = tokenOf(req);
    if (!presented) throw unauthorized();
    if (presented.fromCookie) assertCsrf(req);
    const token = presented.token;
    const s = await sessionOf(deps, sha256(token));
    if (s && s.expiresAt.getTime() < deps.clock().getTime()) {
      // Expired sessions are removed one by one when presented (a range delete at every login deadlocks InnoDB).
      await deps.db.transaction((tx) => tx.getRepository(StaffSessionEntity).delete({ tokenHash: s.tokenHash }));
    }
    if (!s || s.expiresAt.getTime() < deps.clock().getTime()) throw unauthorized('登录已过期，请重新登录');
    req.actor = { userId: s.userId, displayName: s.displayName, groups: s.groups ? s.groups.split(',') : [] };
    req.sessionToken = token;
    next();
  };
}

export function actorOf(req: Request): Actor {
  if (!req.actor) throw unauthorized();
  return req.actor;
}
