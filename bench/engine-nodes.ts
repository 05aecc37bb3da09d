/**
 * `npm run bench` (engine part): process starts per second on one engine node and on two nodes sharing one MariaDB
 * database — the engine's own cluster (ADR 0016) — and the CPU each start costs the engines and the database.
 *
 * This machine has two cores for everything (engines, MariaDB, this load generator), so two unpinned nodes cannot
 * show scaling. The split is therefore also simulated: each node pinned with `taskset` to a core of its own, against
 * one node pinned to one core. That shows how the engine's own work divides over nodes sharing a database; the
 * database and the load generator still share both cores, so it is a lower bound, not a production figure.
 *
 * Needs MariaDB (BENCH_MARIADB_URL, default mysql://root@127.0.0.1:3306); says so and stops when it is not there.
 * Prints a table and writes bench/results/engine-nodes-latest.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpuSeconds, mariadbPid } from './proc.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import type { startEngine as StartEngine } from '../scripts/engine-process.mjs';
import { EngineClient, vars } from '../core/engine/engine-client.js';
import { deployModels } from '../core/setup/deploy-models.js';
import { PROCESS, VAR } from '../core/contract.js';

const ROOT = process.env.BENCH_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306';
const STARTS = Number(process.env.BENCH_NODE_STARTS ?? 1500);
const PER_NODE = Number(process.env.BENCH_CONCURRENCY ?? 8);
const password = `bench-${Date.now()}`;
// scripts/ is not compiled: from dist/bench/ it is two folders up.
const { startEngine } = (await import(new URL('../../scripts/engine-process.mjs', import.meta.url).href)) as { startEngine: typeof StartEngine };

const dbPid = mariadbPid();
/** Every thread of the process onto `cpus` (e.g. "0", "0,1"). */
const pin = (pid: number, cpus: string) => execFileSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' });

try {
  const c = await mysql.createConnection(ROOT);
  await c.end();
} catch (e) {
  console.log(`\nengine nodes: skipped — no MariaDB at ${ROOT.replace(/\/\/.*@/, '//***@')} (${(e as Error).message})`);
  process.exit(0);
}
const root = new URL(ROOT);
const dbName = `qq_bench_engines_${Date.now()}`;
const admin = await mysql.createConnection(ROOT);
await admin.query(`CREATE DATABASE ${dbName} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
const dir = mkdtempSync(join(tmpdir(), 'qq-bench-nodes-'));
const common = {
  dataDir: dir, user: 'qinqing', password, adminPassword: password, jobExecution: true, profiles: 'mysql',
  dbUrl: `jdbc:mariadb://${root.hostname}:${root.port || 3306}/${dbName}?nullDatabaseMeansCurrent=true`, dbUser: decodeURIComponent(root.username), dbPassword: decodeURIComponent(root.password),
};
// One after the other: two nodes creating the schema at once would race.
const a = await startEngine({ ...common, port: 18291, logFile: join(dir, 'engine-a.log') });
const b = await startEngine({ ...common, port: 18292, logFile: join(dir, 'engine-b.log') });
const nodes = [{ url: a.url, pid: a.child.pid! }, { url: b.url, pid: b.child.pid! }];
const client = (urls: string[]) => new EngineClient({ url: urls[0], urls, user: 'qinqing', password, timeoutMs: 30_000 });
await deployModels(client([a.url]), 'bpmn');

interface Figure { setup: string; nodes: number; pinned: boolean; startsPerSecond: number; engineCpuMsPerStart: number; dbCpuMsPerStart: number }
const figures: Figure[] = [];
let serial = 0;

async function measure(setup: string, used: typeof nodes, pinned: boolean): Promise<Figure> {
  for (const [i, n] of nodes.entries()) pin(n.pid, pinned ? String(i) : '0,1');
  const engine = client(used.map((n) => n.url));
  const start = () => { const no = `NODES-${serial++}`; return engine.startProcess(PROCESS.item, no, vars({ [VAR.itemNo]: no })); };
  for (let i = 0; i < 50 * used.length; i++) await start(); // warm up the node's JIT and connections
  const cpu0 = used.reduce((s, n) => s + cpuSeconds(n.pid), 0);
  const db0 = cpuSeconds(dbPid);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: PER_NODE * used.length }, async () => {
    while (next++ < STARTS) await start();
  }));
  const seconds = (performance.now() - t0) / 1000;
  const engineMs = (used.reduce((s, n) => s + cpuSeconds(n.pid), 0) - cpu0) * 1000;
  const dbMs = (cpuSeconds(dbPid) - db0) * 1000;
  const f = { setup, nodes: used.length, pinned, startsPerSecond: Math.round((STARTS / seconds) * 10) / 10, engineCpuMsPerStart: Math.round((engineMs / STARTS) * 10) / 10, dbCpuMsPerStart: Math.round((dbMs / STARTS) * 10) / 10 };
  figures.push(f);
  return f;
}

try {
  const onePinned = await measure('one node, pinned to one core', [nodes[0]], true);
  const twoPinned = await measure('two nodes, one core each', nodes, true);
  const one = await measure('one node, both cores', [nodes[0]], false);
  const two = await measure('two nodes, both cores', nodes, false);
  // What the measured CPU costs predict when each node and the database have cores of their own (not measurable
  // here): a node does at most 1000 / (its CPU ms per start) starts a second, the database 1000 / (its ms per start).
  const capacity = (nodesN: number, f: Figure) => Math.min(nodesN * (1000 / onePinned.engineCpuMsPerStart), 1000 / f.dbCpuMsPerStart);
  const results = {
    at: new Date().toISOString(),
    projectedScaling: Math.round((capacity(2, twoPinned) / capacity(1, onePinned)) * 100) / 100,
    starts: STARTS,
    concurrencyPerNode: PER_NODE,
    figures,
    scalingPinned: Math.round((twoPinned.startsPerSecond / onePinned.startsPerSecond) * 100) / 100,
    scalingUnpinned: Math.round((two.startsPerSecond / one.startsPerSecond) * 100) / 100,
  };
  console.log(`\nEngine nodes on one MariaDB database (${STARTS} starts each, ${PER_NODE} at once per node)`);
  console.log('| setup | starts/s | engine CPU ms/start | MariaDB CPU ms/start |\n|---|---:|---:|---:|');
  for (const f of figures) console.log(`| ${f.setup} | ${f.startsPerSecond} | ${f.engineCpuMsPerStart} | ${f.dbCpuMsPerStart} |`);
  console.log(`two nodes / one node: ${results.scalingPinned}× pinned (one core per node, the database and this generator sharing them), ${results.scalingUnpinned}× on the shared cores`);
  console.log(`projected from the CPU per start, each node and the database on cores of their own: ${results.projectedScaling}×`);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/engine-nodes-latest.json', JSON.stringify(results, null, 2));
} finally {
  a.child.kill();
  b.child.kill();
  await admin.query(`DROP DATABASE ${dbName}`);
  await admin.end();
}
process.exit(0);
