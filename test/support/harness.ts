/**
 * Starts the whole app (API + workers) on port 0 against the run's real engine and a fresh database (SQLite
 * file, or a MariaDB database with QQ_TEST_DB=mariadb), and offers the small helpers the scenarios share.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { loadConfig } from '../../core/config.js';
import { EngineClient, type EngineTask } from '../../core/engine/engine-client.js';
import { createLogger } from '../../core/log/logger.js';
import { seedDemoIdentity } from '../../core/setup/demo-data.js';
import { startSystem, type System } from '../../main.js';
import { testState } from './env.js';

/** Password of the demo identities the suites sign in as. */
export const TEST_PASSWORD = 'Test-password-2026';

export interface TestSystem extends System {
  engine: EngineClient;
  login(userId: string): Promise<string>;
  call(method: string, path: string, token?: string | null, body?: unknown): Promise<{ status: number; body: any }>;
  cleanup(): Promise<void>;
}

/** An empty app database of the run's kind: a SQLite file, or a new MariaDB database with QQ_TEST_DB=mariadb. */
export async function freshDbUrl(): Promise<{ url: string; drop: () => Promise<void> }> {
  const state = testState();
  if (state.db === 'mariadb') {
    const name = `qq_app_${randomBytes(4).toString('hex')}`;
    const conn = await mysql.createConnection(state.mariadbUrl);
    await conn.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await conn.end();
    return {
      url: `${state.mariadbUrl}/${name}`,
      drop: async () => {
        const c = await mysql.createConnection(state.mariadbUrl);
        await c.query(`DROP DATABASE IF EXISTS ${name}`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'qq-app-'));
  return { url: `sqlite:${join(dir, 'qinqing.sqlite')}`, drop: async () => undefined };
}

/** The answer to a human-check question such as "7 + 5 = ?". */
export const solveChallenge = (question: string) => String(question.match(/\d+/g)!.map(Number).reduce((a, b) => a + b, 0));

export function engineClient(): EngineClient {
  return new EngineClient({ url: testState().engineUrl, user: testState().user, password: testState().password, timeoutMs: 15000 });
}

export async function startTestSystem(env: Record<string, string> = {}, clock?: () => Date): Promise<TestSystem> {
  const engine = engineClient();
  await seedDemoIdentity(engine, TEST_PASSWORD);
  // A database of the caller's (several app instances on one) is the caller's to drop.
  const db = env.QQ_DB_URL ? { url: env.QQ_DB_URL, drop: async () => undefined } : await freshDbUrl();
  const config = loadConfig({
    QQ_PROFILE: 'test',
    QQ_PORT: '0',
    QQ_DB_URL: db.url,
    QQ_ENGINE_URL: testState().engineUrl,
    QQ_ENGINE_USER: testState().user,
    QQ_ENGINE_PASSWORD: testState().password,
    QQ_SECRET: 'test-secret-0123456789',
    QQ_DATA_DIR: mkdtempSync(join(tmpdir(), 'qq-data-')),
    QQ_WORKER_LONG_POLL_MS: '1000',
    QQ_WORKER_RETRY_BACKOFF_MS: '200',
    QQ_PUBLIC_SUBMISSIONS_PER_HOUR: '1000',
    ...env,
  });
  const sys = await startSystem(config, { log: createLogger('test', !process.env.QQ_TEST_LOG), clock });
  const call: TestSystem['call'] = async (method, path, token, body) => {
    // The test client answers the public form's human check as a person would, unless the body brings its own.
    if (method === 'POST' && path === '/api/public/items' && body && typeof body === 'object' && !('challenge' in body)) {
      const c = (await (await fetch(`${sys.url}/api/public/challenge`)).json()) as { question: string; token: string };
      body = { ...body, challenge: { token: c.token, answer: solveChallenge(c.question) } };
    }
    const res = await fetch(sys.url + path, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  return {
    ...sys,
    engine,
    call,
    async login(userId) {
      const r = await call('POST', '/api/auth/login', null, { username: userId, password: TEST_PASSWORD });
      if (r.status !== 200) throw new Error(`login ${userId}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.token as string;
    },
    async cleanup() {
      await sys.stop();
      await deleteAllInstances(engine);
      await db.drop();
    },
  };
}

/** The suites share one engine and run one at a time: each leaves it without running instances. */
export async function deleteAllInstances(engine: EngineClient): Promise<void> {
  const instances = await engine.processInstances({});
  for (const i of instances) {
    await engine.deleteProcessInstance(i.id).catch(() => undefined);
  }
}

/** Polls until `probe` answers something truthy (workers run asynchronously); never used for timers. */
export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function waitForTask(engine: EngineClient, processInstanceId: string, taskKey: string, count = 1): Promise<EngineTask[]> {
  return waitFor(async () => {
    const tasks = await engine.tasks({ processInstanceId, taskDefinitionKey: taskKey });
    return tasks.length >= count ? tasks : null;
  }, `task ${taskKey} in ${processInstanceId}`);
}

/** Waits until no external task of the instance is left for the workers. */
export async function waitForWorkers(engine: EngineClient, processInstanceId: string): Promise<void> {
  await waitFor(async () => (await engine.externalTasks({ processInstanceId })).length === 0, `workers on ${processInstanceId}`);
}

/** The timer job waiting at `activityId`, with its due date. */
export async function timerAt(engine: EngineClient, processInstanceId: string, activityId: string) {
  const jobs = await engine.jobs({ processInstanceId, activityId, timers: true });
  if (jobs.length !== 1) throw new Error(`expected one timer at ${activityId}, found ${jobs.length}`);
  return jobs[0];
}

export async function historyOf(engine: EngineClient, processInstanceId: string): Promise<string[]> {
  return (await engine.activityHistory(processInstanceId)).map((a) => a.activityId);
}
