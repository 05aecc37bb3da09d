/**
 * The authorization matrix, generated from the OpenAPI document: every operation × anonymous and every role,
 * against the access table (web/access-policy.ts). An operation without a rule fails here; a caller the rule
 * leaves out gets 401 (anonymous) or 403 (signed in) whatever it sends; a caller it lets in is never refused
 * for who it is (it may still get 400 or 404 for the made-up input).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openApiDocument } from '../web/openapi.js';
import { ACCESS } from '../web/access-policy.js';
import { GROUP } from '../core/contract.js';
import { startTestSystem, type TestSystem } from './support/harness.js';

let sys: TestSystem;
/** Each role's user and the groups it has in the demo identities. */
const ROLES: Record<string, string[]> = {
  coordinator: [GROUP.coordinator],
  supervisor: [GROUP.supervisor],
  followup: [GROUP.followup],
  designer: [GROUP.designer],
  fgw: ['dept-fgw'],
  sysadmin: [GROUP.admin],
};
const tokens: Record<string, string> = {};

beforeAll(async () => {
  sys = await startTestSystem();
  for (const user of Object.keys(ROLES)) tokens[user] = await sys.login(user);
});
afterAll(async () => {
  await sys?.cleanup();
});

const operations = Object.entries(openApiDocument.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));

/** A request that passes no check but the caller's rights: made-up ids, an empty JSON body. */
async function attempt(op: string, token: string | null) {
  const [method, template] = op.split(' ');
  const path = template.replace(/\{(id)\}/g, '999999').replace(/\{[^}]+\}/g, 'QQ00000000NONE01');
  const init: RequestInit = { method, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(method === 'GET' || method === 'DELETE' ? {} : { 'content-type': 'application/json' }) } };
  if (method !== 'GET' && method !== 'DELETE') init.body = '{}';
  return (await fetch(sys.url + path, init)).status;
}

describe('the authorization matrix', () => {
  it('has a rule for every operation of the OpenAPI document, and an operation for every rule', () => {
    expect(operations.filter((o) => !(o in ACCESS))).toEqual([]);
    expect(Object.keys(ACCESS).filter((o) => !operations.includes(o))).toEqual([]);
  });

  it('answers every operation for anonymous callers and every role as its rule says', async () => {
    const wrong: string[] = [];
    for (const op of operations.filter((o) => o !== 'POST /api/auth/logout')) {
      const rule = ACCESS[op];
      const anonymous = await attempt(op, null);
      if (rule === 'public' ? [401, 403].includes(anonymous) : anonymous !== 401) wrong.push(`${op} anonymous → ${anonymous}`);
      for (const [user, groups] of Object.entries(ROLES)) {
        const status = await attempt(op, tokens[user]);
        const allowed = rule === 'public' || rule === 'staff' || rule.some((g) => groups.includes(g));
        if (allowed ? [401, 403].includes(status) || status >= 500 : status !== 403) wrong.push(`${op} as ${user} → ${status} (${allowed ? 'allowed' : 'refused'})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('ends a session on sign-out, and only then', async () => {
    const token = await sys.login('fgw');
    expect(await attempt('POST /api/auth/logout', null)).toBe(401);
    expect(await attempt('POST /api/auth/logout', token)).toBe(204);
    expect(await attempt('GET /api/auth/me', token)).toBe(401);
  });
});
