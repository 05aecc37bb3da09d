/**
 * `npm run seed:scale`: fills the app database (QQ_DB_URL) with SCALE_ITEMS (1 000 000) historical items over the
 * last ten years — channels, departments, decisions and states in the proportions of a county's ledger, texts
 * from a pool of real-sounding problems, each in the keyword index and the item–department table, with the 12345 follow-up of each evaluated one — and starts SCALE_OPEN_TASKS (10 000) items on
 * the engine (QQ_ENGINE_URL), each waiting at 筛查议题, with their rows. Historical items have no engine instance:
 * the engine keeps an ended instance's history for its process's historyTimeToLive and removes it after, so an old
 * item's engine history is gone in a real deployment too (ADR 0017). Idempotent per number range: run again, it
 * adds only what is missing. Prints what it wrote and how long it took.
 */
import { Like } from 'typeorm';
import { createDataSource } from '../db/data-source.js';
import { CHANNELS, ItemEntity, type Channel } from '../db/entities/index.js';
import type { ItemStatus } from '../core/items/status.js';
import { DEMO_DEPARTMENTS } from '../core/setup/demo-data.js';
import { EngineClient, vars } from '../core/engine/engine-client.js';
import { PROCESS, VAR } from '../core/contract.js';
import { searchedText } from '../core/search/item-search.js';
import { isoDate } from '../core/calendar/dates.js';
import { insertDeptRowsSql } from '../db/item-depts.js';
import { refillTally } from '../db/item-tally.js';

const ITEMS = Number(process.env.SCALE_ITEMS ?? 1_000_000);
const OPEN = Number(process.env.SCALE_OPEN_TASKS ?? 10_000);
const BATCH = 500;

// A fixed pseudo-random sequence: two runs write the same data.
let seed = 20261202;
const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
/** A choice by weight: [value, weight][]. */
const weighted = <T>(xs: [T, number][]) => {
  let r = rnd() * xs.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of xs) if ((r -= w) < 0) return v;
  return xs[xs.length - 1][0];
};

const CHANNEL_WEIGHTS: [Channel, number][] = [['hotline12345', 40], ['online', 18], ['visit', 14], ['oneStop', 9], ['eSupervision', 8], ['cannotDo', 4], ['creditComplaint', 3], ['meeting', 4]];
const TOPICS = ['用地审批', '融资担保', '用电报装', '用水报装', '燃气接入', '环评审批', '施工许可', '不动产登记', '税费减免', '社保缴纳', '招工用工', '物流运输', '惠企政策兑现', '工程款拖欠', '证照办理', '消防验收', '排污许可', '道路通行', '网络信号', '人才公寓'];
const TROUBLES = ['材料反复补正', '办理时限过长', '多个部门来回跑', '政策不清楚', '窗口答复不一致', '线上系统无法提交', '收费标准不明确', '审批环节多', '补贴迟迟未到账', '现场核查次数多'];
const ASKS = ['希望一次性告知所需材料', '希望压缩办理时限', '希望明确牵头部门', '希望尽快兑现政策', '希望推行容缺受理', '希望开通绿色通道'];
const TOWNS = ['嘎鲁图镇', '乌审召镇', '图克镇', '无定河镇', '苏力德苏木', '乌兰陶勒盖镇'];
const TRADES = ['能源', '化工', '农牧', '建材', '物流', '商贸', '旅游', '科技', '煤业', '新材料'];
const enterprise = (n: number) => `乌审旗${TOWNS[n % TOWNS.length]}${TRADES[(n >> 3) % TRADES.length]}${n}有限公司`;

/** States of an item of a past year (almost all concluded) and of this year (spread over the flow). */
function stateOf(yearsAgo: number): ItemStatus {
  if (yearsAgo >= 1) return weighted<ItemStatus>([['published', 80], ['closed', 8], ['declined', 5], ['merged', 4], ['explained', 2], ['escalated', 1]]);
  return weighted<ItemStatus>([['published', 40], ['closed', 5], ['replied', 6], ['awaitingPublication', 3], ['reviewing', 4], ['handling', 18], ['awaitingDispatch', 4], ['listed', 8], ['submitted', 5], ['declined', 3], ['merged', 2], ['explained', 1], ['escalated', 1]]);
}

const AFTER_DISPATCH = new Set<ItemStatus>(['handling', 'reviewing', 'replied', 'awaitingPublication', 'closed', 'published']);
const ANSWERED = new Set<ItemStatus>(['replied', 'awaitingPublication', 'closed', 'published']);

function historicalItem(i: number, now: Date) {
  const daysAgo = Math.floor(rnd() * 3650);
  const submitted = new Date(now.getTime() - daysAgo * 86400_000);
  const status = stateOf(Math.floor(daysAgo / 365));
  const topic = pick(TOPICS);
  const multi = rnd() < 0.25;
  const lead = pick(DEMO_DEPARTMENTS)[0];
  const co = multi ? DEMO_DEPARTMENTS.filter(([c]) => c !== lead).slice(0, 2).map(([c]) => c).join(',') : null;
  const dispatched = new Date(submitted.getTime() + (3 + Math.floor(rnd() * 20)) * 86400_000);
  const due = new Date(dispatched.getTime() + (multi ? 15 : 7) * 86400_000);
  const replied = new Date(dispatched.getTime() + Math.floor(rnd() * (multi ? 18 : 9)) * 86400_000);
  const handled = AFTER_DISPATCH.has(status);
  const answered = ANSWERED.has(status);
  const ent = Math.floor(rnd() * 20_000);
  const row = {
    itemNo: `QQS${String(i).padStart(8, '0')}`,
    channel: weighted(CHANNEL_WEIGHTS),
    sourceRef: null,
    enterpriseName: enterprise(ent),
    personInCharge: `联系人${ent % 500}`,
    phone: `139${String(ent).padStart(8, '0')}`,
    submittedOn: isoDate(submitted),
    problem: `企业反映${topic}${pick(TROUBLES)}，${pick(ASKS)}。`,
    status,
    trackingCodeHash: 'x'.repeat(64),
    decision: handled ? (multi ? 'multi' : 'single') : status === 'explained' ? 'explain' : status === 'escalated' ? 'escalate' : null,
    leadDept: handled ? lead : null,
    coDepts: handled ? co : null,
    dispatchDue: handled ? new Date(submitted.getTime() + 4 * 86400_000) : null,
    dispatchedAt: handled ? dispatched : null,
    handlingDue: handled ? due : null,
    repliedAt: answered ? replied : null,
    reply: answered ? `已协调解决${topic}问题。` : null,
    evaluation: status === 'published' || status === 'closed' ? weighted([['satisfied', 85], ['basic', 10], ['unsatisfied', 5]]) : null,
    publicProblem: status === 'published' ? `企业反映${topic}方面的问题。` : null,
    publicAnswer: status === 'published' ? `已协调解决${topic}问题。` : null,
    publishedAt: status === 'published' ? new Date(replied.getTime() + 10 * 86400_000) : null,
    extensionCount: rnd() < 0.05 ? 1 : 0,
    rehandleCount: 0,
  };
  // an unsatisfied follow-up sent the item back once, as the follow-up task counts it
  row.rehandleCount = row.evaluation === 'unsatisfied' ? 1 : 0;
  return row;
}

const db = createDataSource(process.env.QQ_DB_URL!);
await db.initialize();
await db.runMigrations({ transaction: 'each' });
const mysql = db.options.type === 'mysql';
const repo = db.getRepository(ItemEntity);
const t0 = performance.now();
const now = new Date();
const have = await repo.count({ where: { itemNo: Like('QQS%') } });
for (let i = 0; i < have; i++) historicalItem(i, now); // the same sequence: the next numbers get the next data
for (let start = have; start < ITEMS; start += BATCH) {
  const rows = Array.from({ length: Math.min(BATCH, ITEMS - start) }, (_, k) => historicalItem(start + k, now));
  await db.transaction(async (tx) => {
    await tx.createQueryBuilder().insert().into(ItemEntity).updateEntity(false).values(rows).execute();
    const ids = await tx.query<{ id: number; item_no: string }[]>(`SELECT id, item_no FROM item WHERE item_no >= ? AND item_no <= ?`, [rows[0].itemNo, rows[rows.length - 1].itemNo]);
    const byNo = new Map(rows.map((r) => [r.itemNo, r]));
    const values = ids.map((r) => [r.id, searchedText(byNo.get(r.item_no)!)]);
    await tx.query(`INSERT INTO item_search (${mysql ? 'item_id' : 'rowid'}, grams) VALUES ${values.map(() => '(?, ?)').join(', ')}`, values.flat());
    const depts = insertDeptRowsSql(ids.map((r) => { const row = byNo.get(r.item_no)!; return [r.id, row.leadDept, row.coDepts]; }));
    if (depts) await tx.query(...depts);
  });
  if ((start / BATCH) % 200 === 0) console.log(`  ${start + rows.length} items, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
// The 12345 follow-up of each evaluated item (the dashboard's and the assessment's satisfaction), written from the
// items' own result, for the items that have none yet: one statement, run again it adds nothing.
const followupCount = async () => Number((await db.query<{ n: number | string }[]>("SELECT COUNT(*) AS n FROM evaluation WHERE source = 'followup'"))[0].n);
const followupsBefore = await followupCount();
await db.query(`INSERT INTO evaluation (item_id, source, result, round, created_at)
  SELECT i.id, 'followup', i.evaluation, 1, COALESCE(i.replied_at, i.created_at) FROM item i
  WHERE i.item_no LIKE 'QQS%' AND i.evaluation IS NOT NULL AND NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.item_id = i.id)`);
const evaluationsWritten = (await followupCount()) - followupsBefore;
const historicalSeconds = (performance.now() - t0) / 1000;

// Open items on the engine, each waiting at 筛查议题 (a task in the coordinators' inbox).
const engine = new EngineClient({ url: process.env.QQ_ENGINE_URL!.split(',')[0], urls: process.env.QQ_ENGINE_URL!.split(','), user: process.env.QQ_ENGINE_USER ?? 'qinqing', password: process.env.QQ_ENGINE_PASSWORD!, timeoutMs: 30_000 });
const definitions = await engine.request<unknown[]>('GET', '/process-definition', undefined, { key: PROCESS.item, latestVersion: true });
if (!definitions.length) throw new Error(`the engine has no ${PROCESS.item} process: start the app once (it deploys bpmn/), then run seed:scale`);
const t1 = performance.now();
const openHave = await repo.count({ where: { itemNo: Like('QQO%') } });
let next = openHave;
await Promise.all(Array.from({ length: 8 }, async () => {
  while (next < OPEN) {
    const n = next++;
    const itemNo = `QQO${String(n).padStart(7, '0')}`;
    const instance = await engine.startProcess(PROCESS.item, itemNo, vars({ [VAR.itemNo]: itemNo }));
    const ent = n % 20_000;
    const row = { itemNo, channel: CHANNELS[n % CHANNELS.length], enterpriseName: enterprise(ent), personInCharge: `联系人${ent % 500}`, phone: `139${String(ent).padStart(8, '0')}`, submittedOn: isoDate(now), problem: `企业反映${TOPICS[n % TOPICS.length]}${TROUBLES[n % TROUBLES.length]}。`, status: 'submitted', trackingCodeHash: 'x'.repeat(64), processInstanceId: instance.id, extensionCount: 0, rehandleCount: 0 };
    await db.transaction(async (tx) => {
      await tx.createQueryBuilder().insert().into(ItemEntity).updateEntity(false).values(row).execute();
      const [{ id }] = await tx.query<{ id: number }[]>('SELECT id FROM item WHERE item_no = ?', [itemNo]);
      await tx.query(`INSERT INTO item_search (${mysql ? 'item_id' : 'rowid'}, grams) VALUES (?, ?)`, [id, searchedText(row)]);
    });
  }
}));
const openSeconds = (performance.now() - t1) / 1000;
// the items were written past the item store: the tally counts them afresh
const t2 = performance.now();
await refillTally(db);
const tallySeconds = (performance.now() - t2) / 1000;
const total = await repo.count();
console.log(`seed:scale: ${ITEMS - have} historical items and ${evaluationsWritten} follow-ups written in ${historicalSeconds.toFixed(0)} s, ${OPEN - openHave} open items started in ${openSeconds.toFixed(0)} s, the tally counted in ${tallySeconds.toFixed(0)} s; ${total} items in the database`);
await db.destroy();
