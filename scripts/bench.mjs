// `npm run bench`: builds the app, starts a fresh engine (H2, job executor off) and the app, and runs dist/bench/run.js
// against it with a fresh SQLite database (or QQ_DB_URL), then dist/bench/engine-nodes.js (one engine node against
// two on MariaDB, each on its own core and on the shared cores), then dist/bench/ui.js (the pages with 10 000 items), then
// dist/bench/imports.js (100 000-row imports, the 100 000-item ledger export), then dist/bench/seed-scale.js
// (BENCH_SCALE_ITEMS = 1 000 000 historical items, BENCH_SCALE_OPEN = 10 000 open ones on the engine) and
// dist/bench/api.js (the API's p50/p95 at that size) — these two on an engine and a database of their own, in the
// bench folder's scale/.
// Prints the figures and writes bench/results/latest.json, ui-latest.json and imports-latest.json.
// BENCH_SCRIPT runs other compiled scripts instead (comma-separated, in that order); BENCH_NODE_ARGS /
// BENCH_APP_NODE_ARGS pass flags to the bench's / the app's node (e.g. --cpu-prof).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import mysql from 'mysql2/promise';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureEngineJar } from './engine-jar.mjs';
import { ensureUiBuilt } from './ui-build.mjs';
import { startEngine } from './engine-process.mjs';

const build = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
ensureEngineJar();
ensureUiBuilt();
// BENCH_DIR reuses the folder of an earlier run (its engine, its database at scale): the seed then adds nothing.
const dir = process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'qq-bench-'));
const passwordFile = join(dir, 'bench-password');
const password = existsSync(passwordFile) ? readFileSync(passwordFile, 'utf8').trim() : `bench-${Date.now()}`;
writeFileSync(passwordFile, password, { mode: 0o600 });
const env = {
  ...process.env,
  QQ_PROFILE: 'local',
  QQ_PORT: '3990',
  QQ_ENGINE_USER: 'qinqing',
  QQ_ENGINE_PASSWORD: password,
  QQ_SECRET: 'bench-secret-0123456789',
  QQ_DEMO_PASSWORD: 'Bench-password-2026',
};
console.log(`bench folder (engine.log, app.log): ${dir}`);

/**
 * The engine (H2, job executor off) and the app database a part runs on. The API at scale gets a system of its
 * own in `<bench folder>/scale`: the parts before it leave 100 000 imported items waiting for screening, which every
 * inbox would count on top of the 10 000 open tasks the issue sizes the API for.
 */
let engine = null;
async function useSystem(folder, dbUrl) {
  if (engine?.folder === folder) return engine;
  if (engine && engine.child.exitCode === null && engine.child.signalCode === null) {
    const exited = new Promise((r) => engine.child.once('exit', r));
    engine.child.kill();
    await exited;
  }
  mkdirSync(folder, { recursive: true });
  const started = await startEngine({ port: 18090, dataDir: folder, user: 'qinqing', password, adminPassword: password, jobExecution: false, logFile: join(folder, 'engine.log') });
  engine = { ...started, folder };
  Object.assign(env, { QQ_ENGINE_URL: started.url, QQ_DB_URL: dbUrl });
  return engine;
}
const baseDb = process.env.QQ_DB_URL ?? `sqlite:${join(dir, 'bench.sqlite')}`;
/** The scale part's app database: a file in its folder, or the MySQL database's name with `_scale`, made if missing. */
async function scaleDb() {
  if (baseDb.startsWith('sqlite:')) return `sqlite:${join(dir, 'scale', 'bench.sqlite')}`;
  const u = new URL(baseDb);
  const name = `${u.pathname.slice(1)}_scale`;
  const c = await mysql.createConnection(`${u.protocol}//${u.username}${u.password ? `:${u.password}` : ''}@${u.host}`);
  try { await c.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`); } finally { await c.end(); }
  u.pathname = `/${name}`;
  return u.toString();
}

/** The app (API + workers) in its own process, like a deployment; its logs go to the bench folder. */
async function startApp() {
  const app = spawn(process.execPath, [...(process.env.BENCH_APP_NODE_ARGS ? process.env.BENCH_APP_NODE_ARGS.split(' ') : []), 'dist/main.js'], { env, stdio: ['ignore', openSync(join(dir, 'app.log'), 'a'), 'inherit'] });
  for (let i = 0; ; i++) {
    try { if ((await fetch('http://127.0.0.1:3990/healthz')).ok) return app; } catch { /* starting */ }
    if (i > 600) throw new Error('app did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stopApp(app) {
  app.kill('SIGINT');
  await new Promise((r) => app.once('exit', r));
}

try {
  // The engine and intake figures first, then the pages with 10 000 items in the database, then the 100 000-row
  // imports and the ledger export, last the API at scale on its own engine and database. Each part gets a freshly
  // started app, so that the memory one part leaves in the app's heap is not counted in the next part's figures.
  for (const script of process.env.BENCH_SCRIPT ? process.env.BENCH_SCRIPT.split(',') : ['dist/bench/run.js', 'dist/bench/engine-nodes.js', 'dist/bench/ui.js', 'dist/bench/imports.js', 'dist/bench/api.js']) {
    if (script === 'dist/bench/engine-nodes.js') {
      // its own two engines on MariaDB, no app
      const r = spawnSync(process.execPath, [script], { stdio: 'inherit', env });
      process.exitCode = Math.max(Number(process.exitCode ?? 0), r.status ?? 1);
      continue;
    }
    await (script === 'dist/bench/api.js' ? useSystem(join(dir, 'scale'), await scaleDb()) : useSystem(dir, baseDb));
    const app = await startApp();
    try {
      if (script === 'dist/bench/api.js') {
        // the database at scale first (with the app up: it has deployed the models the open items start)
        const seed = spawnSync(process.execPath, ['dist/bench/seed-scale.js'], { stdio: 'inherit', env: { ...env, SCALE_ITEMS: process.env.BENCH_SCALE_ITEMS ?? '1000000', SCALE_OPEN_TASKS: process.env.BENCH_SCALE_OPEN ?? '10000' } });
        if (seed.status !== 0) throw new Error('seed:scale failed');
      }
      const r = spawnSync(process.execPath, [...(process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(' ') : []), script], {
        stdio: 'inherit',
        env: { ...env, QQ_APP_URL: 'http://127.0.0.1:3990', BENCH_ENGINE_PID: String(engine.child.pid), BENCH_APP_PID: String(app.pid) },
      });
      process.exitCode = Math.max(Number(process.exitCode ?? 0), r.status ?? 1);
    } finally {
      await stopApp(app);
    }
  }
} finally {
  engine?.child.kill();
}
