/**
 * `npm run bench` (last part): the staff and public API at scale — after seed-scale.ts filled the database with
 * BENCH_SCALE_ITEMS historical items and the engine with open ones — each endpoint asked BENCH_API_RUNS times one
 * after another (a clerk's request, not a load test): p50 and p95 in ms. Targets: p95 ≤ 100 ms on MariaDB, ≤ 200 ms
 * on SQLite. Prints a table and writes bench/results/api-latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mariadbPid, memoryOf } from './proc.js';

const APP = process.env.QQ_APP_URL!;
const PASSWORD = process.env.QQ_DEMO_PASSWORD!;
const RUNS = Number(process.env.BENCH_API_RUNS ?? 40);
const mysql = /^(mysql|mariadb):/.test(process.env.QQ_DB_URL ?? '');
const target = mysql ? 100 : 200;

async function login(user: string): Promise<string> {
  const r = await fetch(`${APP}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: user, password: PASSWORD }) });
  if (!r.ok) throw new Error(`login ${user}: ${r.status}`);
  return ((await r.json()) as { token: string }).token;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

const coordinator = await login('coordinator');
const supervisor = await login('supervisor');
const fgw = await login('fgw');
const year = new Date().getFullYear();
const ledger = await (await fetch(`${APP}/api/items?pageSize=1&status=published`, { headers: { authorization: `Bearer ${coordinator}` } })).json() as { total: number; items: { itemNo: string }[] };
const someItem = ledger.items[0]?.itemNo ?? 'QQS00000042';

const CASES: { name: string; path: string; token?: string }[] = [
  { name: 'inbox (coordinator)', path: '/api/tasks?pageSize=20', token: coordinator },
  { name: 'inbox (department)', path: '/api/tasks?pageSize=20', token: fgw },
  { name: 'ledger', path: '/api/items?pageSize=20', token: coordinator },
  { name: 'ledger status', path: '/api/items?pageSize=20&status=handling', token: coordinator },
  { name: 'ledger channel', path: '/api/items?pageSize=20&channel=visit', token: coordinator },
  { name: 'ledger department', path: '/api/items?pageSize=20&dept=dept-fgw', token: coordinator },
  { name: 'ledger overdue', path: '/api/items?pageSize=20&overdue=true', token: coordinator },
  { name: 'ledger keyword', path: `/api/items?pageSize=20&q=${encodeURIComponent('用地审批材料')}`, token: coordinator },
  { name: 'ledger keyword rare', path: `/api/items?pageSize=20&q=${encodeURIComponent('乌审召镇能源1234')}`, token: coordinator },
  { name: 'ledger as department', path: '/api/items?pageSize=20', token: fgw },
  { name: 'item page', path: `/api/items/${someItem}`, token: coordinator },
  { name: `dashboard ${year}`, path: `/api/dashboard?year=${year}`, token: supervisor },
  { name: `assessment ${year}`, path: `/api/assessment?year=${year}`, token: supervisor },
  { name: 'public results', path: '/api/public/results' },
  { name: 'Open311 list', path: '/open311/v2/requests.json' },
];

const results: { endpoint: string; p50: number; p95: number; met: boolean; status: number }[] = [];
for (const c of CASES) {
  const ms: number[] = [];
  let status = 0;
  for (let i = 0; i < RUNS + 2; i++) {
    const t0 = performance.now();
    const r = await fetch(APP + c.path, { headers: c.token ? { authorization: `Bearer ${c.token}` } : {} });
    await r.arrayBuffer();
    status = r.status;
    if (i >= 2) ms.push(performance.now() - t0); // the first two warm the caches
  }
  const p95 = Math.round(pct(ms, 95));
  results.push({ endpoint: c.name, p50: Math.round(pct(ms, 50)), p95, met: p95 <= target && status === 200, status });
}

console.log(`\nAPI with ${ledger.total} published items among all (${mysql ? 'MariaDB/MySQL' : 'SQLite'}; ${RUNS} requests each; target p95 ≤ ${target} ms)`);
for (const r of results) console.log(`  ${r.endpoint.padEnd(26)} p50 ${String(r.p50).padStart(5)} ms   p95 ${String(r.p95).padStart(5)} ms   ${r.status === 200 ? (r.met ? 'met' : 'NOT met') : `answered ${r.status}`}`);
// Each process's memory after the requests, at this size: resident now and its peak.
const dbPid = mysql ? mariadbPid() : undefined;
const memory = { app: memoryOf(process.env.BENCH_APP_PID!), engine: memoryOf(process.env.BENCH_ENGINE_PID!), ...(dbPid ? { mariadb: memoryOf(dbPid) } : {}) };
console.log(`  memory (RSS now / peak MB): ${Object.entries(memory).map(([k, m]) => `${k} ${m.rssMb} / ${m.peakMb}`).join(', ')}`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/api-latest.json', JSON.stringify({ at: new Date().toISOString(), db: mysql ? 'mysql' : 'sqlite', runs: RUNS, results, memory }, null, 2));
