/**
 * `npm run bench` (after scripts/bench.mjs started an engine): on one engine and one database, measures
 *   1. the raw engine start rate: REST process starts per second,
 *   2. the intake rate: items per second through POST /api/items, a coordinator registering items from a channel
 *      (stored item + started instance; the public form 1 is for people: human check and rate limit),
 *   3. worker pickup latency: a user task completed → the next external task completed, p50/p95 (engine history).
 * Prints a table and writes bench/results/latest.json. Targets: intake ≥ 0.9 × raw; pickup p95 ≤ 100 ms.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { EngineClient, vars } from '../core/engine/engine-client.js';
import { PROCESS, VAR } from '../core/contract.js';
import { cpuSeconds, threadCpuSeconds } from './proc.js';

/** Items measured down each path (BENCH_ITEMS), in three rounds. */
const N = Number(process.env.BENCH_ITEMS ?? 1500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const PICKUPS = Number(process.env.BENCH_PICKUPS ?? 60);
/** Items sent down each path before anything is measured (BENCH_WARMUP). */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1500);
// The app runs in its own process (started by scripts/bench.mjs), as in production: the load generator does not
// share its event loop.
const APP = process.env.QQ_APP_URL!;
const PASSWORD = process.env.QQ_DEMO_PASSWORD!;

// The load generator posts with one write per request on kept-alive connections, as the app does to the engine,
// so that both measured paths pay the same client costs.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
let token = '';
function post(url: string, body: unknown): Promise<number> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length, authorization: `Bearer ${token}` } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

const cpu = () => ({ engine: cpuSeconds(process.env.BENCH_ENGINE_PID), app: cpuSeconds(process.env.BENCH_APP_PID), bench: process.cpuUsage() });
const cpuMs = { raw: { engine: 0, app: 0 }, intake: { engine: 0, app: 0 } };
/** The intake's CPU in its last round, when both processes' compilers have had the earlier rounds to warm up. */
const lastRound = { engine: 0, app: 0, appMain: 0 };

async function pool(n: number, concurrency: number, job: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < n) await job(next++);
  }));
  return (performance.now() - started) / 1000;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

const engine = new EngineClient({ url: process.env.QQ_ENGINE_URL!, user: process.env.QQ_ENGINE_USER!, password: process.env.QQ_ENGINE_PASSWORD!, timeoutMs: 30000 });
const sys = { url: APP };

const login = await fetch(`${sys.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'coordinator', password: PASSWORD }) });
token = ((await login.json()) as { token: string }).token;
const intakeBody = (n: string) => ({ channel: 'visit', enterpriseName: `压测企业${n}`, personInCharge: '压测', phone: '13800000000', problem: `压测议题${n}` });

// Warm both paths up so that JIT and connection pools do not count: V8 and the JVM optimise a function only after
// it has run many times, and with 20 items both compilers were still at work in the last measured round (a profile of
// the app's threads: most of the CPU its helper threads used then was V8 compiling the request path).
await pool(WARMUP, CONCURRENCY, async (i) => {
  await engine.startProcess(PROCESS.item, `WARM-${i}`, vars({ [VAR.itemNo]: `WARM-${i}` }));
  const status = await post(`${sys.url}/api/items`, intakeBody(`预热${i}`));
  if (status !== 201) throw new Error(`intake answered ${status}`);
});

// Raw and intake alternate in rounds, so that the engine's growing tables and the machine's other work weigh on
// both alike.
const ROUNDS = 3;
const perRound = Math.ceil(N / ROUNDS);
let rawSeconds = 0;
let intakeSeconds = 0;
for (let round = 0; round < ROUNDS; round++) {
  let c0 = cpu();
  rawSeconds += await pool(perRound, CONCURRENCY, async (i) => {
    await engine.startProcess(PROCESS.item, `RAW-${round}-${i}`, vars({ [VAR.itemNo]: `RAW-${round}-${i}` }));
  });
  let c1 = cpu();
  cpuMs.raw.engine += (c1.engine - c0.engine) * 1000;
  cpuMs.raw.app += (c1.app - c0.app) * 1000;
  c0 = c1;
  const t0 = threadCpuSeconds(process.env.BENCH_APP_PID);
  intakeSeconds += await pool(perRound, CONCURRENCY, async (i) => {
    const status = await post(`${sys.url}/api/items`, intakeBody(`${round}-${i}`));
    if (status !== 201) throw new Error(`intake answered ${status}`);
  });
  c1 = cpu();
  const t1 = threadCpuSeconds(process.env.BENCH_APP_PID);
  cpuMs.intake.engine += (c1.engine - c0.engine) * 1000;
  cpuMs.intake.app += (c1.app - c0.app) * 1000;
  Object.assign(lastRound, { engine: (c1.engine - c0.engine) * 1000 / perRound, app: (c1.app - c0.app) * 1000 / perRound, appMain: (t1.main - t0.main) * 1000 / perRound });
}

// Pickup: complete ScreenItem (accept) and read, from the engine's history, when 列入问题清单 (an external task)
// ended after the user task ended.
const latencies: number[] = [];
for (let i = 0; i < PICKUPS; i++) {
  const r = await fetch(`${sys.url}/api/items`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(intakeBody(`时延${i}`)) });
  const { itemNo } = (await r.json()) as { itemNo: string };
  const [instance] = await engine.processInstances({ businessKey: itemNo });
  const [task] = await engine.tasks({ processInstanceId: instance.id, taskDefinitionKey: 'ScreenItem' });
  await fetch(`${sys.url}/api/tasks/${task.id}/complete`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ screening: 'accept' }) });
  for (;;) {
    const acts = await engine.activityHistory(instance.id);
    const screen = acts.find((a) => a.activityId === 'ScreenItem');
    const listed = acts.find((a) => a.activityId === 'AddToProblemList' && a.endTime);
    if (screen?.endTime && listed?.endTime) {
      latencies.push(Date.parse(listed.endTime.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) - Date.parse(screen.endTime.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')));
      break;
    }
    await new Promise((res) => setTimeout(res, 20));
  }
}

const raw = (perRound * ROUNDS) / rawSeconds;
const intake = (perRound * ROUNDS) / intakeSeconds;

// The control: raw starts sent no faster than the intake ran. The intake asks the engine for one start per item and
// nothing else (the engine's access log says so, docs/performance.md); if a start costs the engine more
// CPU at the intake's pace than at full speed, the difference is the pace (threads parked and woken, the app on the
// same two cores), not a request of the app's.
const paced = perRound;
const c0 = cpu();
const pacedStart = performance.now();
let sent = 0;
await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
  while (sent < paced) {
    const i = sent++;
    const wait = pacedStart + (i / intake) * 1000 - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    await engine.startProcess(PROCESS.item, `PACED-${i}`, vars({ [VAR.itemNo]: `PACED-${i}` }));
  }
}));
const pacedCpu = (cpuSeconds(process.env.BENCH_ENGINE_PID) - c0.engine) * 1000 / paced;
const results = {
  at: new Date().toISOString(),
  database: (process.env.QQ_DB_URL ?? '').startsWith('sqlite:') ? 'sqlite' : 'mysql',
  items: N,
  concurrency: CONCURRENCY,
  rawStartsPerSecond: Math.round(raw * 10) / 10,
  intakeItemsPerSecond: Math.round(intake * 10) / 10,
  intakeToRawRatio: Math.round((intake / raw) * 100) / 100,
  cpuMsPerItem: {
    raw: { engine: Math.round(cpuMs.raw.engine / (perRound * ROUNDS) * 10) / 10, app: Math.round(cpuMs.raw.app / (perRound * ROUNDS) * 10) / 10 },
    intake: { engine: Math.round(cpuMs.intake.engine / (perRound * ROUNDS) * 10) / 10, app: Math.round(cpuMs.intake.app / (perRound * ROUNDS) * 10) / 10 },
    intakeLastRound: { engine: Math.round(lastRound.engine * 10) / 10, app: Math.round(lastRound.app * 10) / 10, appMainThread: Math.round(lastRound.appMain * 10) / 10 },
  },
  /** The app's CPU per intake item as a share of the engine's (target < 20 %), over all rounds and in the last. */
  appShareOfEngineCpu: { all: Math.round((cpuMs.intake.app / cpuMs.intake.engine) * 1000) / 10, lastRound: Math.round((lastRound.app / lastRound.engine) * 1000) / 10 },
  /** Engine CPU per raw start when the starts come at the intake's rate. */
  pacedRawEngineCpuMs: Math.round(pacedCpu * 10) / 10,
  pickupMs: { samples: latencies.length, p50: pct(latencies, 50), p95: pct(latencies, 95), max: Math.max(...latencies) },
  targets: { intakeToRawRatio: 0.9, pickupP95Ms: 100 },
};
console.log('\n| measure | value | target |\n|---|---|---|');
console.log(`| raw engine starts/s (REST, ${CONCURRENCY} at once) | ${results.rawStartsPerSecond} | |`);
console.log(`| intake items/s (API: item stored + instance started) | ${results.intakeItemsPerSecond} | |`);
console.log(`| intake / raw | ${results.intakeToRawRatio} | ≥ 0.9 |`);
console.log(`| CPU ms per item, raw: engine / app | ${results.cpuMsPerItem.raw.engine} / ${results.cpuMsPerItem.raw.app} | |`);
console.log(`| CPU ms per item, intake: engine / app | ${results.cpuMsPerItem.intake.engine} / ${results.cpuMsPerItem.intake.app} | |`);
console.log(`| CPU ms per item, intake, last of ${ROUNDS} rounds: engine / app (of it the app's main thread) | ${results.cpuMsPerItem.intakeLastRound.engine} / ${results.cpuMsPerItem.intakeLastRound.app} (${results.cpuMsPerItem.intakeLastRound.appMainThread}) | |`);
console.log(`| app CPU per intake item, share of the engine's: all rounds / last round | ${results.appShareOfEngineCpu.all} % / ${results.appShareOfEngineCpu.lastRound} % | < 20 % |`);
console.log(`| CPU ms per raw start at the intake's rate: engine | ${results.pacedRawEngineCpuMs} | |`);
console.log(`| worker pickup p50 / p95 / max (ms) | ${results.pickupMs.p50} / ${results.pickupMs.p95} / ${results.pickupMs.max} | p95 ≤ 100 |`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2));
console.log('\nwritten to bench/results/latest.json');
process.exit(0);
