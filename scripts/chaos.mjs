// `npm run chaos`: the system on MariaDB under a bounded mixed load from 127.0.0.1 (scripts/chaos/load.mjs) while
// the app process (with its workers), the engine, MariaDB and — after the workers have moved into a process of
// their own (QQ_RUN_WORKERS=false in the app, QQ_RUN_WEB=false in the worker) — the worker process are each killed
// with SIGKILL and restarted in turn. Then it checks from the database, the engine and the mail server and robot it
// runs on 127.0.0.1 (scripts/chaos/checks.mjs): every acknowledged submission and extension request exists once,
// every import row once, no instance lacks its item and no item its instance, every e-mail and robot notice
// reached its recipient exactly once, and the engine holds no incident.
// Prints a table and writes chaos/results/latest.json. CHAOS_ROUNDS (default 3) load rounds per fault of
// CHAOS_PER_ROUND (20) requests; CHAOS_FAULTS=app,engine,db,workers selects the faults (in that order);
// CHAOS_HANDLING (4) items in handling for extension requests; CHAOS_IMPORT_ROWS (200). Bounded: it stops by itself.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { ensureEngineJar } from './engine-jar.mjs';
import { createLoad } from './chaos/load.mjs';
import { checkExtensions, checkIncidents, checkItems, checkNotices } from './chaos/checks.mjs';
import { mailSink, robotSink } from './chaos/receivers.mjs';
import { startEngine } from './engine-process.mjs';
import { freePort } from './free-port.mjs';

const ROOT = process.env.CHAOS_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306';
const FAULTS = (process.env.CHAOS_FAULTS ?? 'app,engine,db,workers').split(',');
const ROUNDS = Number(process.env.CHAOS_ROUNDS ?? 3);
const PER_ROUND = Number(process.env.CHAOS_PER_ROUND ?? 20);
const HANDLING = Number(process.env.CHAOS_HANDLING ?? 4);
const IMPORT_ROWS = Number(process.env.CHAOS_IMPORT_ROWS ?? 200);
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

const mail = await mailSink();
const robot = await robotSink();
// Free ports, taken once: an engine or app left over from an earlier run cannot stand in this run's way.
const appPort = await freePort();
const APP = `http://127.0.0.1:${appPort}`;
const engineOptions = { port: await freePort(), dataDir: dir, user: 'qinqing', password, adminPassword: password, jobExecution: true, logFile: join(dir, 'engine.log'),
  // nullDatabaseMeansCurrent: the engine's "are my tables there?" check looks in this database only, not in any
  // other engine's on the same server.
  dbUrl: `jdbc:mariadb://${root.hostname}:${root.port || 3306}/${engineDb}?nullDatabaseMeansCurrent=true`, dbUser: decodeURIComponent(root.username), dbPassword: decodeURIComponent(root.password), profiles: 'mysql' };
let engine = await startEngine(engineOptions);
const env = { ...process.env, QQ_PROFILE: 'local', QQ_PORT: String(appPort), QQ_ENGINE_URL: engine.url, QQ_ENGINE_USER: 'qinqing', QQ_ENGINE_PASSWORD: password,
  QQ_SECRET: 'chaos-secret-0123456789', QQ_DEMO_PASSWORD: 'Chaos-password-2026', QQ_DB_URL: `${ROOT}/${appDb}`, QQ_OPEN311_API_KEYS: 'chaos-key',
  QQ_RECONCILE_MINUTES: '1', QQ_ORPHAN_GRACE_SECONDS: '30', QQ_SMTP_HOST: '127.0.0.1', QQ_SMTP_PORT: String(mail.port),
  // robots at any hour, so that the run does not depend on the time of day; retries soon after a part is back
  QQ_QUIET_HOURS: 'false', QQ_WORKER_RETRY_BACKOFF_MS: '2000', QQ_PUBLIC_SUBMISSIONS_PER_HOUR: '100000' };

function spawnNode(logName, extraEnv = {}) {
  const out = openSync(join(dir, logName), 'a');
  return spawn(process.execPath, ['dist/main.js'], { env: { ...env, ...extraEnv }, stdio: ['ignore', out, out] });
}
let appEnv = {};
async function startApp() {
  const app = spawnNode('app.log', appEnv);
  const t0 = Date.now();
  for (;;) {
    try { if ((await fetch(`${APP}/healthz`, { signal: AbortSignal.timeout(1000) })).ok) return { app, seconds: (Date.now() - t0) / 1000 }; } catch { /* starting */ }
    if (Date.now() - t0 > 120_000) throw new Error('app did not come back within 120 s');
    await sleep(200);
  }
}
/** A worker process has no web server: it is up when its log says it started. */
const startedLines = (file) => { try { return readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.includes('QinQing started')).length; } catch { return 0; } };
async function startWorker() {
  const before = startedLines('worker.log');
  const worker = spawnNode('worker.log', { QQ_RUN_WEB: 'false', QQ_PORT: '0' });
  const t0 = Date.now();
  while (startedLines('worker.log') === before) {
    if (Date.now() - t0 > 120_000) throw new Error('worker did not come back within 120 s');
    await sleep(200);
  }
  return { worker, seconds: (Date.now() - t0) / 1000 };
}
const kill = async (child) => { if (child.exitCode === null) { child.kill('SIGKILL'); await new Promise((r) => child.once('exit', r)); } };
let { app } = await startApp();
let worker = null;

function mariadbPid() {
  try { return Number(execFileSync('pidof', ['mariadbd']).toString().trim().split(' ')[0]); } catch { return null; }
}
/** Each fault: `prepare` (before the load starts) and `hit` (during it), which answers the restart's seconds. */
const faults = {
  app: { async hit() { await kill(app); const s = await startApp(); app = s.app; return s.seconds; } },
  engine: {
    async hit() {
      engine.child.kill('SIGKILL');
      const t0 = Date.now();
      engine = await startEngine(engineOptions);
      return (Date.now() - t0) / 1000;
    },
  },
  db: {
    async hit() {
      const pid = mariadbPid();
      if (!pid) throw new Error('no mariadbd process to kill');
      process.kill(pid, 'SIGKILL');
      await sleep(1000);
      spawnSync('start-stop-daemon', ['--start', '--oknodo', '--background', '--exec', '/usr/sbin/mariadbd']);
      const t0 = Date.now();
      await dbUp();
      return (Date.now() - t0) / 1000;
    },
  },
  workers: {
    // the workers move out of the app into their own process (the app restarted without them)
    async prepare() { await kill(app); appEnv = { QQ_RUN_WORKERS: 'false' }; app = (await startApp()).app; worker = (await startWorker()).worker; },
    async hit() { await kill(worker); const s = await startWorker(); worker = s.worker; return s.seconds; },
  },
};

const load = createLoad({ app: APP, tag, password: 'Chaos-password-2026' });
async function healthy(seconds = 60) {
  const t0 = Date.now();
  for (;;) {
    const token = await load.login().catch(() => null);
    if (token && (await load.send('/api/tasks?pageSize=1', { token })).status === 200) return { seconds: (Date.now() - t0) / 1000 };
    if (Date.now() - t0 > seconds * 1000) throw new Error(`the system did not answer again within ${seconds} s`);
    await sleep(500);
  }
}

const report = [];
try {
  await healthy(120);
  const hook = await load.send('/api/notification-webhooks', { method: 'POST', token: await load.login(), body: { groupCode: 'dept-fgw', kind: 'wecom', url: `${robot.url}/cgi-bin/webhook/send?key=chaos` } });
  if (hook.status !== 201) throw new Error(`registering the robot answered ${hook.status}`);
  await load.itemsInHandling(HANDLING);
  let imp = null;
  for (const fault of FAULTS) {
    await faults[fault].prepare?.();
    const before = load.acked.size;
    // one round is in flight when the part dies (and the import, while the first part dies); the others follow
    // once the system answers again, so that work begun before the fault is carried on after it
    const during = load.round(PER_ROUND).catch(() => undefined);
    if (!imp) imp = await load.startImport(IMPORT_ROWS);
    await sleep(1500);
    const restartSeconds = await faults[fault].hit();
    await during;
    const back = await healthy(60);
    for (let i = 1; i < ROUNDS; i++) await load.round(PER_ROUND).catch(() => undefined);
    report.push({ fault, sentSoFar: load.sent.submissions + load.sent.open311, acknowledged: load.acked.size - before, restartSeconds, recoverySeconds: restartSeconds + back.seconds });
  }
  const imported = await load.finishImport(imp, IMPORT_ROWS);
  // the app's reconciliation settles instances whose item was never stored, and the notifier's minute sends what
  // a kill interrupted: give both their scheduled runs
  await sleep(Number(process.env.CHAOS_SETTLE_MS ?? 75_000));
  const auth = { authorization: 'Basic ' + Buffer.from(`qinqing:${password}`).toString('base64') };
  const engineGet = async (path) => {
    const r = await fetch(`${engine.url}${path}`, { headers: auth });
    if (!r.ok) throw new Error(`engine ${path}: ${r.status}`);
    return r.json();
  };
  const items = await checkItems({ sql, engineGet, acked: load.acked, importRefs: imp?.refs ?? [] });
  const extensions = await checkExtensions({ sql, extensions: load.extensions, refused: load.refusedExtensions });
  const notices = await checkNotices({ sql, mail, robot });
  const incidents = await checkIncidents({ engineGet });
  // instances a kill left without their item, which the app's reconciliation removed (logged, never answered 2xx)
  const settledOrphans = readFileSync(join(dir, 'app.log'), 'utf8').split('\n').filter((l) => l.includes('removed a process instance whose item was never stored')).length;
  const summary = { sent: load.sent, ...items, settledOrphans, importReruns: imported.reruns, extensions, notices, incidents, faults: report };
  console.table(report);
  console.log(JSON.stringify(summary, null, 2));
  mkdirSync('chaos/results', { recursive: true });
  writeFileSync('chaos/results/latest.json', JSON.stringify(summary, null, 2));
  const ok = items.lost === 0 && items.duplicated === 0 && items.orphanInstances === 0 && items.itemsWithoutInstance === 0
    && items.importRowsMissing === 0 && items.importRowsTwice === 0 && extensions.lost === 0
    && notices.missing === 0 && notices.duplicated === 0 && notices.unsent === 0 && notices.unexpected === 0 && incidents.length === 0;
  console.log(ok ? `chaos: 0 lost, 0 duplicated, 0 orphans; ${notices.email} e-mails and ${notices.robot} robot notices each delivered once; no incidents` : 'chaos: FAILED');
  process.exitCode = ok ? 0 : 1;
} finally {
  await kill(app);
  if (worker) await kill(worker);
  engine.child.kill('SIGKILL');
  await mail.close();
  await robot.close();
  await dbUp();
  const c = await mysql.createConnection(ROOT);
  await c.query(`DROP DATABASE IF EXISTS ${appDb}`);
  await c.query(`DROP DATABASE IF EXISTS ${engineDb}`);
  await c.end();
  console.log(`chaos folder (engine.log, app.log, worker.log): ${dir}`);
}
