/** The annual assessment through the API, and recomputed from the action log alone: both give the same numbers. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { ActionLogEntity } from '../db/entities/index.js';
import { factsFromLog } from '../core/assessment/facts.js';
import { assess } from '../core/assessment/score.js';
import { isoDate } from '../core/calendar/dates.js';
import { keptAndCounted } from './support/tally.js';
import { startTestSystem, timerAt, waitFor, waitForTask, type TestSystem } from './support/harness.js';
import { approvePublication, complete, holdMeeting, item, listedItem, waitForStatus } from './support/scenario.js';

let sys: TestSystem;
let coordinator: string;
const today = isoDate(new Date());
const year = Number(today.slice(0, 4));
const form2 = (content: string) => ({ content, contact: '刘经办', phone: '0477-7654321' });

beforeAll(async () => {
  sys = await startTestSystem();
  coordinator = await sys.login('coordinator');
  const [followup, fgw, scjg] = await Promise.all(['followup', 'fgw', 'scjg'].map((u) => sys.login(u)));
  // 发改委 replies in time and the enterprise is satisfied
  const a = await listedItem(sys, coordinator, 'assess-a');
  // 市场监管局 gets one extension, its first answer is unsatisfactory, the second satisfies
  const b = await listedItem(sys, coordinator, 'assess-b');
  await holdMeeting(sys, coordinator, today, [
    { itemNo: a.itemNo, decision: 'single', leadDept: 'dept-fgw' },
    { itemNo: b.itemNo, decision: 'single', leadDept: 'dept-scjg' },
  ]);
  for (const x of [a, b]) await complete(sys, coordinator, x.processInstanceId!, 'DispatchItem', {});
  await complete(sys, fgw, a.processInstanceId!, 'HandleItem', form2('已办结'));
  await complete(sys, coordinator, a.processInstanceId!, 'ReviewReply', { approved: true });
  await waitForStatus(sys, a.itemNo, 'replied');
  await complete(sys, followup, a.processInstanceId!, 'RecordEvaluation', { result: 'satisfied' });
  await waitForTask(sys.engine, b.processInstanceId!, 'HandleItem');
  expect((await sys.call('POST', `/api/items/${b.itemNo}/extensions`, scjg, { reason: '需现场核查', days: 5 })).status).toBe(202);
  await complete(sys, coordinator, b.processInstanceId!, 'ApproveExtension', { approved: true });
  await waitFor(async () => (await item(sys, b.itemNo)).extensionCount === 1, 'extension applied');
  await timerAt(sys.engine, b.processInstanceId!, 'HandlingOverdue');
  await complete(sys, scjg, b.processInstanceId!, 'HandleItem', form2('第一次答复'));
  await complete(sys, coordinator, b.processInstanceId!, 'ReviewReply', { approved: true });
  await waitForStatus(sys, b.itemNo, 'replied');
  await complete(sys, followup, b.processInstanceId!, 'RecordEvaluation', { result: 'unsatisfied' });
  await complete(sys, scjg, b.processInstanceId!, 'HandleItem', form2('重新办理后答复'));
  await complete(sys, coordinator, b.processInstanceId!, 'ReviewReply', { approved: true });
  await waitForStatus(sys, b.itemNo, 'replied');
  await complete(sys, followup, b.processInstanceId!, 'RecordEvaluation', { result: 'satisfied' });
  await approvePublication(sys, coordinator, a.itemNo);
  await approvePublication(sys, coordinator, b.itemNo);
});
afterAll(async () => {
  await sys?.cleanup();
});

describe('the annual department assessment', () => {
  it('ranks the departments with their figures', async () => {
    const r = await sys.call('GET', `/api/assessment?year=${year}`, coordinator);
    expect(r.status).toBe(200);
    const byDept = Object.fromEntries(r.body.departments.map((d: { dept: string }) => [d.dept, d]));
    expect(byDept['dept-fgw']).toMatchObject({ name: '乌审旗发展和改革委员会', items: 1, dispatchRate: 1, replyRate: 1, satisfactionRate: 1, extensions: 0, rehandled: 0, score: 100 });
    expect(byDept['dept-scjg']).toMatchObject({ items: 1, extensions: 1, extensionRate: 1, rehandled: 1, satisfactionRate: 1, score: 88 });
    expect(r.body.departments[0].dept).toBe('dept-fgw');
    expect((await sys.call('GET', '/api/assessment', await sys.login('fgw'))).status).toBe(403);
  });

  it('is reproduced exactly from the action log', async () => {
    const api = (await sys.call('GET', `/api/assessment?year=${year}`, coordinator)).body.departments.map(({ name: _n, rank: _r, ...d }: Record<string, unknown>) => d);
    const logs = await sys.deps.db.getRepository(ActionLogEntity).find();
    const fromLog = assess(factsFromLog(logs), year, new Date());
    expect(fromLog).toEqual(api);
  });

  it('reads its counts from a tally that equals counting the items afresh', async () => {
    // given the flow above, through the engine and every command
    // when the tally the item store kept is set beside a fresh count of the items
    const { kept, counted } = await keptAndCounted(sys.deps.db);
    // then they are the same rows
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(counted);
  });

  it('exports to xlsx with the ranking', async () => {
    const res = await fetch(`${sys.url}/api/assessment.xlsx?year=${year}`, { headers: { authorization: `Bearer ${coordinator}` } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const rows: string[][] = [];
    wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
    expect(rows[0].slice(0, 3)).toEqual(['排名', '部门', '承办议题']);
    expect(rows[1].slice(0, 2)).toEqual(['1', '乌审旗发展和改革委员会']);
  });
});
