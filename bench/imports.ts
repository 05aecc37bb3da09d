/**
 * Part of `npm run bench` (alone: `BENCH_SCRIPT=dist/bench/imports.js npm run bench`): spreadsheets of 100 000 rows.
 *   1. reading and checking: a 100 000-row .xlsx and .csv streamed, mapped and validated (no engine), rows/s and
 *      the bench process's peak memory;
 *   2. the full import through the API (upload, start, progress until done) of BENCH_IMPORT_ROWS rows (default
 *      100 000, every row an item and a process instance: 4–8 min here; set fewer for a quick run), rows/s and the
 *      app's memory while it imports;
 *   3. the ledger export (.xlsx, streamed) with 100 000 items in the database: seconds and size.
 * Prints a table and writes bench/results/imports-latest.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createDataSource } from '../db/data-source.js';
import { ItemEntity, type Item } from '../db/entities/index.js';
import { sheetRows } from '../web/imports/read-sheet.js';
import { rowToIntake, suggestMapping } from '../web/imports/mapping.js';
import { parseStaffIntake } from '../web/usecases/submit-item.js';
import { refillTally } from '../db/item-tally.js';
import { memoryOf } from './proc.js';

const APP = process.env.QQ_APP_URL!;
const PASSWORD = process.env.QQ_DEMO_PASSWORD!;
const ROWS = Number(process.env.BENCH_PARSE_ROWS ?? 100_000);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const EXPORT_ITEMS = Number(process.env.BENCH_EXPORT_ITEMS ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'qq-bench-import-'));
const HEADERS = ['工单编号', '受理时间', '市场主体名称', '来电人', '来电号码', '诉求内容'];
const row = (i: number, prefix: string) => [`${prefix}${String(i).padStart(7, '0')}`, `2026-${String((i % 11) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`, `压测导入企业${i % 900}有限公司`, '张三', `138${String(i % 100_000_000).padStart(8, '0')}`, `压测导入议题${i}：企业反映办理事项材料重复提交、审批时限较长，希望简化流程。`];

async function writeXlsx(path: string, n: number, prefix: string) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet('工单');
  ws.addRow(HEADERS).commit();
  for (let i = 0; i < n; i++) ws.addRow(row(i, prefix)).commit();
  ws.commit();
  await wb.commit();
}

function writeCsv(path: string, n: number, prefix: string) {
  const lines = [HEADERS.join(',')];
  for (let i = 0; i < n; i++) lines.push(row(i, prefix).join(','));
  writeFileSync(path, '\ufeff' + lines.join('\r\n') + '\r\n');
}

async function readAndCheck(path: string, kind: 'xlsx' | 'csv') {
  const t0 = performance.now();
  let ok = 0;
  let peak = 0;
  const columns = suggestMapping(HEADERS);
  for await (const r of sheetRows(path, kind)) {
    parseStaffIntake(rowToIntake(r.values, columns, 'hotline12345'));
    ok++;
    if (ok % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const s = (performance.now() - t0) / 1000;
  return { rows: ok, seconds: Math.round(s * 10) / 10, rowsPerSecond: Math.round(ok / s), peakRssMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 1048576), fileMb: Math.round(statSync(path).size / 104857.6) / 10 };
}

async function login() {
  const r = await fetch(`${APP}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'coordinator', password: PASSWORD }) });
  return ((await r.json()) as { token: string }).token;
}

async function fullImport(token: string) {
  const path = join(dir, 'import.csv');
  writeCsv(path, IMPORT_ROWS, 'IMP');
  const before = appMemory();
  let during = before.rssMb;
  const sampler = setInterval(() => (during = Math.max(during, appMemory().rssMb)), 200);
  const t0 = performance.now();
  const up = (await (await fetch(`${APP}/api/imports?name=import.csv`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' }, body: readFileSync(path) })).json()) as { job: { id: number } };
  await fetch(`${APP}/api/imports/${up.job.id}/start`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ channel: 'hotline12345', columns: suggestMapping(HEADERS) }) });
  for (;;) {
    const s = (await (await fetch(`${APP}/api/imports/${up.job.id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { job: { status: string; created: number; failed: number }; errors: { rowNo: number; messages: string[] }[] };
    if (s.job.status !== 'running') {
      const secs = (performance.now() - t0) / 1000;
      for (const e of s.errors.slice(0, 3)) console.log(`  refused row ${e.rowNo}: ${e.messages.join('; ')}`);
      clearInterval(sampler);
      return { rows: IMPORT_ROWS, created: s.job.created, failed: s.job.failed, seconds: Math.round(secs * 10) / 10, rowsPerSecond: Math.round(IMPORT_ROWS / secs), appRssBeforeMb: before.rssMb, appRssDuringMb: during };
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

const appMemory = () => memoryOf(process.env.BENCH_APP_PID!);

async function exportLedger(token: string) {
  const db = createDataSource(process.env.QQ_DB_URL!);
  await db.initialize();
  const have = await db.getRepository(ItemEntity).count();
  const rows: Partial<Item>[] = [];
  for (let i = have; i < EXPORT_ITEMS; i++) {
    const r = row(i, 'EXP');
    rows.push({ itemNo: r[0], channel: 'hotline12345', sourceRef: r[0], enterpriseName: r[2], personInCharge: r[3], phone: r[4], submittedOn: r[1], problem: r[5], status: 'handling', trackingCodeHash: 'x'.repeat(64), extensionCount: i % 3, rehandleCount: 0, leadDept: 'dept-fgw', handlingDue: new Date(Date.UTC(2026, i % 11, 20)) });
  }
  for (let i = 0; i < rows.length; i += 500) await db.createQueryBuilder().insert().into(ItemEntity).values(rows.slice(i, i + 500)).execute();
  // written past the item store: the tally counts them afresh
  await refillTally(db);
  await db.destroy();
  const before = appMemory();
  // The app's resident memory sampled while it streams the export (its lifetime peak would include the import).
  let during = before.rssMb;
  const sampler = setInterval(() => (during = Math.max(during, appMemory().rssMb)), 100);
  const t0 = performance.now();
  // A fresh connection: the pooled one sat idle through the inserts above and the app may be closing it.
  const res = await fetch(`${APP}/api/items/export.xlsx`, { headers: { authorization: `Bearer ${token}`, connection: 'close' } });
  const bytes = (await res.arrayBuffer()).byteLength;
  clearInterval(sampler);
  return { items: Math.max(have, EXPORT_ITEMS), status: res.status, seconds: Math.round((performance.now() - t0) / 100) / 10, mb: Math.round(bytes / 104857.6) / 10, appRssBeforeMb: before.rssMb, appRssDuringMb: during, appLifetimePeakMb: appMemory().peakMb };
}

await writeXlsx(join(dir, 'big.xlsx'), ROWS, 'GD');
writeCsv(join(dir, 'big.csv'), ROWS, 'GD');
const xlsx = await readAndCheck(join(dir, 'big.xlsx'), 'xlsx');
const csv = await readAndCheck(join(dir, 'big.csv'), 'csv');
const token = await login();
const imported = await fullImport(token);
const exported = await exportLedger(token);

console.log(`\nImports and exports`);
console.log(`  read + check ${xlsx.rows} rows .xlsx (${xlsx.fileMb} MB)  ${xlsx.seconds} s  ${xlsx.rowsPerSecond} rows/s  peak RSS ${xlsx.peakRssMb} MB`);
console.log(`  read + check ${csv.rows} rows .csv  (${csv.fileMb} MB)  ${csv.seconds} s  ${csv.rowsPerSecond} rows/s  peak RSS ${csv.peakRssMb} MB`);
console.log(`  full import of ${imported.rows} rows (each starts an instance)  ${imported.seconds} s  ${imported.rowsPerSecond} rows/s  created ${imported.created}, refused ${imported.failed}  app RSS ${imported.appRssBeforeMb} MB before, at most ${imported.appRssDuringMb} MB during`);
if (imported.rows < ROWS) console.log(`  → ${ROWS} rows would take about ${Math.round(ROWS / imported.rowsPerSecond / 60)} min at that rate (BENCH_IMPORT_ROWS=${ROWS} measures it)`);
console.log(`  ledger export .xlsx with ${exported.items} items  ${exported.seconds} s  ${exported.mb} MB  (HTTP ${exported.status})  app RSS ${exported.appRssBeforeMb} MB before, at most ${exported.appRssDuringMb} MB during  (targets: < 20 s, < 300 MB)`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/imports-latest.json', JSON.stringify({ at: new Date().toISOString(), xlsx, csv, imported, exported }, null, 2));
