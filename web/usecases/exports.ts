/**
 * Exports: the ledger as xlsx for staff (streamed row by row, within what the actor may see) and the published
 * results as open data (CSV and JSON) with personal data masked.
 */
import type { Writable } from 'node:stream';
import { beijingTime } from '../../core/calendar/dates.js';
import { DepartmentEntity } from '../../db/entities/index.js';
import type { Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';
import { CHANNEL_LABEL, DECISION_LABEL, EVALUATION_LABEL, STATUS_LABEL } from '../labels.js';
import { ledgerRows, type LedgerFilter } from './ledger.js';
import { overdueDays } from '../../core/items/overdue.js';
import { publishedResults } from './public-items.js';
import { XlsxSheetWriter } from '../exports/xlsx-stream.js';

const BATCH = 1000;
/** Only what the sheet shows is read: fewer, smaller objects per batch keep the app's memory low while it streams. */
const LEDGER_FIELDS = ['id', 'itemNo', 'channel', 'sourceRef', 'enterpriseName', 'personInCharge', 'phone', 'submittedOn', 'problem', 'suggestion',
  'status', 'decision', 'leadDept', 'coDepts', 'dispatchDue', 'handlingDue', 'extensionCount', 'reply', 'evaluation'].map((f) => `i.${f}`);
const time = (d: Date | null) => (d ? beijingTime(d) : '');

const LEDGER_COLUMNS = [
  ['议题编号', 18], ['来源渠道', 14], ['来源编号', 20], ['提交企业', 30], ['负责人', 10], ['联系电话', 14], ['提交日期', 12],
  ['困难问题', 50], ['意见建议', 30], ['状态', 16], ['交办方式', 14], ['牵头部门', 16], ['配合部门', 24], ['交办时限', 18],
  ['办理时限', 18], ['延期次数', 10], ['超期天数', 10], ['办理结果', 50], ['回访评价', 10],
] as const;

const FILTER_LABEL: Record<keyof LedgerFilter, string> = { status: '状态', channel: '来源渠道', dept: '部门', overdue: '仅超期', q: '关键词' };

/** What the second sheet says of the export: when, by whom, and which filters made it. */
function aboutRows(filter: LedgerFilter, actor: Actor, now: Date, deptName: (c: string) => string): [string, string][] {
  const shown: Record<keyof LedgerFilter, (v: string) => string> = {
    status: (v) => STATUS_LABEL[v] ?? v, channel: (v) => CHANNEL_LABEL[v] ?? v, dept: deptName, overdue: (v) => (v === 'true' ? '是' : '否'), q: (v) => v,
  };
  const used = (Object.keys(FILTER_LABEL) as (keyof LedgerFilter)[]).filter((k) => filter[k] !== undefined && filter[k] !== '');
  return [
    ['导出时间', `${beijingTime(now)}（北京时间）`],
    ['导出人', actor.displayName ? `${actor.displayName}（${actor.userId}）` : actor.userId],
    ['查询条件', used.length ? '' : '全部（无筛选）'],
    ...used.map((k): [string, string] => [`　${FILTER_LABEL[k]}`, shown[k](String(filter[k]))]),
    ['范围', '导出人可查看的议题（部门用户仅本部门牵头或配合的议题）'],
    ['时间', '表中时间均为北京时间'],
  ];
}

/** Streams the ledger to `out` as an xlsx workbook; memory stays flat however many rows there are. */
export async function exportLedgerXlsx(deps: AppDeps, actor: Actor, filter: LedgerFilter, out: Writable): Promise<number> {
  const now = deps.clock();
  const names = new Map((await deps.db.getRepository(DepartmentEntity).find()).map((d) => [d.code, d.name]));
  const deptName = (code: string) => names.get(code) ?? code;
  const sheet = new XlsxSheetWriter(out, '涉企问题工作台账', LEDGER_COLUMNS.map(([header, width]) => ({ header, width })), { name: '导出说明', rows: aboutRows(filter, actor, now, deptName) });
  let lastId = Number.MAX_SAFE_INTEGER;
  let count = 0;
  for (;;) {
    const qb = await ledgerRows(deps, actor, filter);
    if (!qb) break;
    const rows = await qb.select(LEDGER_FIELDS).andWhere('i.id < :lastId', { lastId }).take(BATCH).getMany();
    for (const i of rows) {
      await sheet.addRow([
        i.itemNo, CHANNEL_LABEL[i.channel] ?? i.channel, i.sourceRef ?? '', i.enterpriseName, i.personInCharge, i.phone,
        i.submittedOn, i.problem, i.suggestion ?? '', STATUS_LABEL[i.status] ?? i.status, DECISION_LABEL[i.decision ?? 'none'] ?? '',
        i.leadDept ? deptName(i.leadDept) : '', (i.coDepts ?? '').split(',').filter(Boolean).map(deptName).join('、'), time(i.dispatchDue), time(i.handlingDue), i.extensionCount,
        overdueDays(i.status, i.handlingDue, now), i.reply ?? '', EVALUATION_LABEL[i.evaluation ?? ''] ?? '',
      ]);
    }
    count += rows.length;
    if (rows.length < BATCH) break;
    lastId = rows[rows.length - 1].id;
  }
  await sheet.finish();
  return count;
}

const OPEN_DATA_FIELDS = ['itemNo', 'enterpriseName', 'personInCharge', 'phone', 'submittedOn', 'problem', 'result', 'leadDept', 'coDepts', 'evaluation', 'publishedAt'] as const;
const OPEN_DATA_HEADERS = ['议题编号', '提交企业', '负责人', '联系电话', '提交日期', '困难问题', '办理结果', '牵头部门', '配合部门', '回访评价', '公开时间'];

/** Every published result, masked as on the public pages. */
export async function openDataRows(deps: AppDeps) {
  const rows = [];
  for (let page = 1; ; page++) {
    const r = await publishedResults(deps, { page, pageSize: 100 });
    rows.push(...r.results);
    if (r.results.length < 100) return rows;
  }
}

function csvCell(v: unknown): string {
  const s = Array.isArray(v) ? v.join('、') : v instanceof Date ? beijingTime(v) : v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a UTF-8 byte-order mark, so that spreadsheet programs read the Chinese text right; times in Beijing time. */
export function toCsv(rows: Awaited<ReturnType<typeof openDataRows>>): string {
  const lines = [OPEN_DATA_HEADERS.join(',')];
  for (const r of rows) lines.push(OPEN_DATA_FIELDS.map((f) => csvCell(f === 'evaluation' ? EVALUATION_LABEL[r.evaluation ?? ''] ?? '' : r[f])).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
