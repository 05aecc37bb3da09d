/** 年度绩效考核: the annual assessment of each lead department, from the ledger (and reproducible from the log). */
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { DepartmentEntity } from '../../db/entities/index.js';
import { GROUP } from '../../core/contract.js';
import { tallyLedger } from '../../core/assessment/ledger-tally.js';
import { DEFAULT_WEIGHTS, scoreTallies } from '../../core/assessment/score.js';
import { requireGroup, type Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';

export async function annualAssessment(deps: AppDeps, actor: Actor, year: number) {
  requireGroup(actor, GROUP.coordinator, GROUP.supervisor);
  const names = new Map((await deps.db.getRepository(DepartmentEntity).find()).map((d) => [d.code, d.name]));
  const rows = scoreTallies(await tallyLedger(deps.db.manager, year, deps.clock()), DEFAULT_WEIGHTS);
  return { year, weights: DEFAULT_WEIGHTS, departments: rows.map((r, i) => ({ rank: i + 1, name: names.get(r.dept) ?? r.dept, ...r })) };
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

export async function writeAssessmentXlsx(a: Awaited<ReturnType<typeof annualAssessment>>, out: Writable): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(`${a.year}年度部门考核`);
  ws.columns = [
    ['排名', 6], ['部门', 30], ['承办议题', 10], ['按时交办率', 12], ['按时答复率', 12], ['延期率', 10], ['延期次数', 10],
    ['超期件数', 10], ['超期天数', 10], ['满意率', 10], ['重办次数', 10], ['得分', 8],
  ].map(([header, width]) => ({ header: header as string, width: width as number }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  for (const d of a.departments) {
    ws.addRow([d.rank, d.name, d.items, pct(d.dispatchRate), pct(d.replyRate), pct(d.extensionRate), d.extensions, d.overdueItems, d.overdueDays, pct(d.satisfactionRate), d.rehandled, d.score]).commit();
  }
  ws.commit();
  await wb.commit();
}
