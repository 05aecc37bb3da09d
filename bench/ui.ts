/**
 * `npm run bench` (second part): with 10 000 items in the database, how long each main page takes in Debian's
 * Chromium from navigation until its content is there to use (table rows, charts, form). Target: ≤ 2 s each.
 * Prints a table and writes bench/results/ui-latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { Like } from 'typeorm';
import { createDataSource } from '../db/data-source.js';
import { CHANNELS, ItemEntity, type Item } from '../db/entities/index.js';
import { ITEM_STATUS } from '../core/items/status.js';
import { DEMO_DEPARTMENTS } from '../core/setup/demo-data.js';
import { refillTally } from '../db/item-tally.js';

const APP = process.env.QQ_APP_URL!;
const PASSWORD = process.env.QQ_DEMO_PASSWORD!;
const ITEMS = Number(process.env.BENCH_UI_ITEMS ?? 10_000);
const RUNS = 3;

async function seed(): Promise<void> {
  const db = createDataSource(process.env.QQ_DB_URL!);
  await db.initialize();
  // Bench items of their own numbering (QQB…), however many items earlier parts of the bench created: the item
  // page below opens one of them.
  const have = await db.getRepository(ItemEntity).countBy({ itemNo: Like('QQB%') });
  const year = new Date().getFullYear();
  const rows: Partial<Item>[] = [];
  for (let i = have; i < ITEMS; i++) {
    const month = String((i % 11) + 1).padStart(2, '0');
    const day = String((i % 27) + 1).padStart(2, '0');
    const due = new Date(Date.UTC(year, i % 11, (i % 27) + 8));
    rows.push({
      itemNo: `QQB${String(i).padStart(7, '0')}`,
      channel: CHANNELS[i % CHANNELS.length],
      enterpriseName: `压测企业${i % 700}有限公司`,
      personInCharge: '张三',
      phone: '13800000000',
      submittedOn: `${year}-${month}-${day}`,
      problem: `压测议题${i}：企业反映办理事项材料重复提交、审批时限较长的问题，希望简化流程。`,
      status: ITEM_STATUS[i % ITEM_STATUS.length],
      trackingCodeHash: 'x'.repeat(64),
      leadDept: DEMO_DEPARTMENTS[i % DEMO_DEPARTMENTS.length][0],
      decision: 'single',
      handlingDue: due,
      dispatchDue: due,
      dispatchedAt: due,
      repliedAt: i % 3 ? due : null,
      reply: i % 3 ? '已答复。' : null,
      extensionCount: i % 3,
      rehandleCount: 0,
      publishedAt: ITEM_STATUS[i % ITEM_STATUS.length] === 'published' ? due : null,
    });
  }
  for (let i = 0; i < rows.length; i += 500) await db.createQueryBuilder().insert().into(ItemEntity).values(rows.slice(i, i + 500)).execute();
  // written past the item store: the tally counts them afresh
  await refillTally(db);
  await db.destroy();
}

interface PageCase {
  name: string;
  path: string;
  ready: string;
  staff: boolean;
}

const PAGES: PageCase[] = [
  { name: '我的待办 inbox', path: '/staff/inbox', ready: '.el-table__row', staff: true },
  { name: '工作台账 ledger', path: '/staff/ledger', ready: '.el-table__row', staff: true },
  { name: '督查看板 dashboard', path: '/staff/dashboard', ready: '.chart canvas', staff: true },
  { name: '议题详情 item', path: '/staff/items/QQB0000042', ready: '.el-descriptions', staff: true },
  { name: '提交诉求 public form 1', path: '/public/submit', ready: '#f-enterprise', staff: false },
  { name: '结果公开 public results', path: '/public/results', ready: '.result', staff: false },
];

await seed();
const browser = await chromium.launch({ executablePath: process.env.QQ_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const context = await browser.newContext({ baseURL: APP, locale: 'zh-CN' });
const login = await context.request.post('/api/auth/login', { data: { username: 'coordinator', password: PASSWORD } });
if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
// The inbox lists engine tasks: 50 items registered through the API give it a page of them.
const { token } = (await login.json()) as { token: string };
for (let i = 0; i < 50; i++) {
  const r = await context.request.post('/api/items', { headers: { authorization: `Bearer ${token}` }, data: { channel: 'visit', enterpriseName: `走访企业${i}`, personInCharge: '李四', phone: '13900000000', problem: `走访发现的问题${i}` } });
  if (r.status() !== 201) throw new Error(`intake answered ${r.status()}`);
}
const results: { page: string; ms: number[]; median: number }[] = [];
for (const c of PAGES) {
  const ms: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    // A fresh page each time, assets from the HTTP cache as for a returning user.
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(c.path, { waitUntil: 'commit' });
    await page.locator(c.ready).first().waitFor({ state: 'visible', timeout: 30_000 });
    ms.push(Math.round(performance.now() - t0));
    await page.close();
  }
  const median = [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)];
  results.push({ page: c.name, ms, median });
}
await browser.close();

console.log(`\nUI with ${ITEMS} items in the database (navigation → content visible; target ≤ 2000 ms)`);
for (const r of results) console.log(`  ${r.page.padEnd(28)} median ${String(r.median).padStart(5)} ms   runs ${r.ms.join(', ')}   ${r.median <= 2000 ? 'met' : 'NOT met'}`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/ui-latest.json', JSON.stringify({ at: new Date().toISOString(), items: ITEMS, results }, null, 2));
