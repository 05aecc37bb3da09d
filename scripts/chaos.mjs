// `npm run chaos`: the system on MariaDB under a bounded mixed load from 127.0.0.1 — submissions through the API
// and Open311, and screenings — while the app process (with its workers), the engine and MariaDB are each killed
// with SIGKILL and restarted in turn. Then it checks from the database and the engine: every acknowledged
// submission exists once with its process instance, no instance lacks its item and no item its instance (after the
// app's scheduled reconciliation).
// Prints a table and writes chaos/results/latest.json. CHAOS_ROUNDS (default 3) load rounds per fault of
// CHAOS_PER_ROUND (20) requests; CHAOS_FAULTS=app,engine,db selects the faults. Bounded: it stops by itself.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { ensureEngineJar } from './engine-jar.mjs';
import { startEngine } from './engine-process.mjs';

const ROOT = process.env.CHAOS_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306';
const FAULTS = (process.env.CHAOS_FAULTS ?? 'app,engine,db').split(',');
const ROUNDS = Number(process.env.CHAOS_ROUNDS ?? 3);
const PER_ROUND = Number(process.env.CHAOS_PER_ROUND ?? 20);
const APP = 'http://127.0.0.1:3991';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const build = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
ensureEngineJar();
const dir = mkdtempSync(join(tmpdir(), 'qq-chaos-'));
const tag = Date.now().toString(36);
const appDb = `qq_chaos_app_${tag}`;
const engineDb = `qq_chaos_engine_${tag}`;
const password = `chaos-${tag}`;
const root = new URL(ROOT);

async function dbUp() {
  for (let i = 0; i < 120; i++) {
    try { const c = await mysql.createConnection(ROOT); await c.end(); return; } catch { await sleep(500); }
  }
  throw new Error('MariaDB did not come back');
}
async function sql(q) {
  const c = await mysql.createConnection(`${ROOT}/${appDb}`);
  try { return (await c.query(q))[0]; } finally { await c.end(); }
}
{
  const c = await mysql.createConnection(ROOT);
  await c.query(`CREATE DATABASE ${appDb} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await c.query(`CREATE DATABASE ${engineDb} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  await c.end();
}

const engineOptions = { port: 18191, dataDir: dir, user: 'qinqing', password, adminPassword: password, jobExecution: true, logFile: join(dir, 'engine.log'),
  // nullDatabaseMeansCurrent: the engine's "are my tables there?" check looks in this database only, not in any
  // other engine's on the same server.
  dbUrl: `jdbc:mariadb://${root.hostname}:${root.port || 3306}/${engineDb}?nullDatabaseMeansCurrent=true`, dbUser: decodeURIComponent(root.username), dbPassword: decodeURIComponent(root.password), profiles: 'mysql' };
let engine = await startEngine(engineOptions);
const env = { ...process.env, QQ_PROFILE: 'local', QQ_PORT: '3991', QQ_ENGINE_URL: engine.url, QQ_ENGINE_USER: 'qinqing', QQ_ENGINE_PASSWORD: password,
  QQ_SECRET: 'chaos-secret-0123456789', QQ_DEMO_PASSWORD: 'Chaos-password-2026', QQ_DB_URL: `${ROOT}/${appDb}`, QQ_OPEN311_API_KEYS: 'chaos-key',
  QQ_RECONCILE_MINUTES: '1', QQ_ORPHAN_GRACE_SECONDS: '30' };

function spawnNode(script) {
  return spawn(process.execPath, [script], { env, stdio: ['ignore', openSync(join(dir, 'app.log'), 'a'), openSync(join(dir, 'app.log'), 'a')] });
}
async function startApp() {
  const app = spawnNode('dist/main.js');
  const t0 = Date.now();
  for (;;) {
    try { if ((await fetch(`${APP}/healthz`, { signal: AbortSignal.timeout(1000) })).ok) return { app, seconds: (Date.now() - t0) / 1000 }; } catch { /* starting */ }
    if (Date.now() - t0 > 120_000) throw new Error('app did not come back within 120 s');
    await sleep(200);
  }
}
let { app } = await startApp();

async function login() {
  const r = await fetch(`${APP}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'coordinator', password: 'Chaos-password-2026' }) });
  return (await r.json()).token;
}

/** One request that may fail while a part is down; the answer is what counts. */
async function send(path, init) {
  try {
    const r = await fetch(APP + path, { ...init, signal: AbortSignal.timeout(20_000) });
    return { status: r.status, body: await r.json().catch(() => null) };
  } catch (e) {
    return { status: 0, body: String(e.message) };
  }
}

const acked = new Map(); // clientRequestId or source ref → itemNo
const sent = { submissions: 0, open311: 0, screenings: 0 };
let seq = 0;
async function round(token) {
  const jobs = [];
  for (let i = 0; i < PER_ROUND; i++) {
    const n = ++seq;
    if (n % 3 === 0) {
      sent.open311++;
      const ref = `GD-CHAOS-${tag}-${n}`;
      jobs.push(send('/open311/v2/requests.json', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ api_key: 'chaos-key', service_code: 'enterprise-problem', description: `混沌测试诉求 ${n}`, phone: '13800000000', 'attribute[enterprise_name]': `混沌测试企业${n}`, 'attribute[original_id]': ref }).toString() })
        .then((r) => { if (r.status === 201) acked.set(ref, r.body[0].service_request_id); }));
    } else {
      sent.submissions++;
      const id = `chaos-${tag}-${n}`;
      jobs.push(send('/api/items', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ channel: 'visit', enterpriseName: `混沌测试企业${n}`, personInCharge: '张三', phone: '13800000000', problem: `混沌测试问题 ${n}`, clientRequestId: id }) })
        .then((r) => { if (r.status === 201 || r.status === 200) acked.set(id, r.body.itemNo); }));
    }
  }
  // screenings of earlier items, so that task completions run while parts die
  const tasks = await send('/api/tasks?pageSize=5', { headers: { authorization: `Bearer ${token}` } });
  for (const t of tasks.body?.tasks ?? []) {
    if (t.taskKey !== 'ScreenItem') continue;
    sent.screenings++;
    jobs.push(send(`/api/tasks/${t.id}/complete`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ screening: 'accept' }) }));
  }
  await Promise.all(jobs);
}

function mariadbPid() {
  try { return Number(execFileSync('pidof', ['mariadbd']).toString().trim().split(' ')[0]); } catch { return null; }
}
const faults = {
  async app() { app.kill('SIGKILL'); await new Promise((r) => app.once('exit', r)); const s = await startApp(); app = s.app; return s.seconds; },
  async engine() {
    engine.child.kill('SIGKILL');
    const t0 = Date.now();
    engine = await startEngine(engineOptions);
    return (Date.now() - t0) / 1000;
  },
  async db() {
    const pid = mariadbPid();
    if (!pid) throw new Error('no mariadbd process to kill');
    process.kill(pid, 'SIGKILL');
    await sleep(1000);
    spawnSync('start-stop-daemon', ['--start', '--oknodo', '--background', '--exec', '/usr/sbin/mariadbd']);
    const t0 = Date.now();
    await dbUp();
    return (Date.now() - t0) / 1000;
  },
};

async function healthy(seconds = 60) {
  const t0 = Date.now();
  for (;;) {
    const token = await login().catch(() => null);
    if (token && (await send('/api/tasks?pageSize=1', { headers: { authorization: `Bearer ${token}` } })).status === 200) return { token, seconds: (Date.now() - t0) / 1000 };
    if (Date.now() - t0 > seconds * 1000) throw new Error(`the system did not answer again within ${seconds} s`);
    await sleep(500);
  }
}

const report = [];
try {
  let { token } = await healthy(120);
  for (const fault of FAULTS) {
    const before = acked.size;
    const load = (async () => { for (let i = 0; i < ROUNDS; i++) { await round(token).catch(() => undefined); token = (await login().catch(() => null)) ?? token; } })();
    await sleep(1500);
    const restartSeconds = await faults[fault]();
    await load;
    const back = await healthy(60);
    token = back.token;
    report.push({ fault, sentSoFar: sent.submissions + sent.open311, acknowledged: acked.size - before, restartSeconds, recoverySeconds: restartSeconds + back.seconds });
  }
  // the app's reconciliation settles instances whose item was never stored; give it its scheduled run
  await sleep(Number(process.env.CHAOS_SETTLE_MS ?? 75_000));
  const items = await sql('SELECT item_no, client_request_id, source_ref, process_instance_id FROM item');
  const byNo = new Map(items.map((i) => [i.item_no, i]));
  const lost = [...acked.values()].filter((no) => !byNo.has(no));
  const dupRequests = await sql('SELECT client_request_id, COUNT(*) n FROM item WHERE client_request_id IS NOT NULL GROUP BY client_request_id HAVING COUNT(*) > 1');
  const auth = { authorization: 'Basic ' + Buffer.from(`qinqing:${password}`).toString('base64') };
  const instances = [];
  for (let first = 0; ; first += 500) {
    const page = await (await fetch(`${engine.url}/process-instance?processDefinitionKey=qinqing-item&firstResult=${first}&maxResults=500`, { headers: auth })).json();
    instances.push(...page);
    if (page.length < 500) break;
  }
  const running = new Set(instances.map((p) => p.id));
  const orphanInstances = instances.filter((p) => !byNo.has(p.businessKey)).length;
  const itemsWithoutInstance = items.filter((i) => !running.has(i.process_instance_id)).length;
  // instances a kill left without their item, which the app's reconciliation removed (logged, never answered 2xx)
  const settledOrphans = readFileSync(join(dir, 'app.log'), 'utf8').split('\n').filter((l) => l.includes('removed a process instance whose item was never stored')).length;
  const summary = { sent, acknowledged: acked.size, settledOrphans, found: [...acked.values()].filter((no) => byNo.has(no)).length, lost: lost.length, duplicated: dupRequests.length, orphanInstances, itemsWithoutInstance, faults: report };
  console.table(report);
  console.log(JSON.stringify(summary, null, 2));
  mkdirSync('chaos/results', { recursive: true });
  writeFileSync('chaos/results/latest.json', JSON.stringify(summary, null, 2));
  const ok = summary.lost === 0 && summary.duplicated === 0 && orphanInstances === 0 && itemsWithoutInstance === 0;
  console.log(ok ? 'chaos: 0 lost, 0 duplicated, 0 orphans' : 'chaos: FAILED');
  process.exitCode = ok ? 0 : 1;
} finally {
  app.kill('SIGKILL');
  engine.child.kill('SIGKILL');
  await dbUp();
  const c = await mysql.createConnection(ROOT);
  await c.query(`DROP DATABASE IF EXISTS ${appDb}`);
  await c.query(`DROP DATABASE IF EXISTS ${engineDb}`);
  await c.end();
  console.log(`chaos folder (engine.log, app.log): ${dir}`);
}
