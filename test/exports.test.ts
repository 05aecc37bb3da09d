/** Exports: the ledger as a streamed xlsx within what the actor may see; published results as masked open data. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { startTestSystem, type TestSystem } from './support/harness.js';
import { approvePublication, complete, form1, holdMeeting, item, listedItem, waitForStatus } from './support/scenario.js';
import { isoDate } from '../core/calendar/dates.js';

let sys: TestSystem;
let coordinator: string;
let published: string;
let forFgw: string;

beforeAll(async () => {
  sys = await startTestSystem();
  coordinator = await sys.login('coordinator');
  const followup = await sys.login('followup');
  // one item answered at screening and published, one dispatched to 发改委
  const submitted = await sys.call('POST', '/api/public/items', null, { ...form1('open-data'), personInCharge: '欧阳明月', phone: '13912345678' });
  published = submitted.body.itemNo;
  const p = await item(sys, published);
  await complete(sys, coordinator, p.processInstanceId!, 'ScreenItem', { screening: 'answer', answer: '已办理，如有疑问请联系经办人13700001234。' });
  await waitForStatus(sys, published, 'replied');
  await complete(sys, followup, p.processInstanceId!, 'RecordEvaluation', { result: 'satisfied' });
  await approvePublication(sys, coordinator, published);
  const listed = await listedItem(sys, coordinator, 'xlsx');
  forFgw = listed.itemNo;
  await holdMeeting(sys, coordinator, isoDate(new Date()), [{ itemNo: forFgw, decision: 'single', leadDept: 'dept-fgw' }]);
  await complete(sys, coordinator, listed.processInstanceId!, 'DispatchItem', {});
  await waitForStatus(sys, forFgw, 'handling');
});
afterAll(async () => {
  await sys?.cleanup();
});

async function download(path: string, token?: string) {
  const res = await fetch(sys.url + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: Buffer.from(await res.arrayBuffer()) };
}

async function sheetRows(buf: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

describe('the ledger as xlsx', () => {
  it('opens again with the headers of the ledger and every item the coordinator sees', async () => {
    const r = await download('/api/items/export.xlsx', coordinator);
    expect(r.status).toBe(200);
    expect(r.type).toContain('spreadsheetml');
    const rows = await sheetRows(r.body);
    expect(rows[0].slice(0, 4)).toEqual(['议题编号', '来源渠道', '来源编号', '提交企业']);
    const fgwRow = rows.find((x) => x[0] === forFgw)!;
    expect(fgwRow[9]).toBe('办理中');
    expect(fgwRow[10]).toBe('单部门办理');
    expect(fgwRow[11]).toBe('乌审旗发展和改革委员会');
    expect(fgwRow[14]).toMatch(/^\d{4}-\d{2}-\d{2} 23:59$/);
    expect(rows.map((x) => x[0])).toContain(published);
  });

  it('says on a second sheet when and by whom it was made, and with which filters', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download('/api/items/export.xlsx?status=handling&dept=dept-fgw&q=%E7%94%A8%E5%9C%B0', coordinator)).body as unknown as ArrayBuffer);
    const about = wb.worksheets[1];
    expect(about.name).toBe('导出说明');
    const pairs: string[][] = [];
    about.eachRow((row) => pairs.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(pairs[0][0]).toBe('导出时间');
    expect(pairs[0][1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）$/);
    expect(pairs[1][1]).toContain('coordinator');
    expect(pairs.slice(3, 6)).toEqual([['　状态', '办理中'], ['　部门', '乌审旗发展和改革委员会'], ['　关键词', '用地']]);
  });

  it('holds only a department’s own items when a department exports, and honours the filters', async () => {
    const rows = await sheetRows((await download('/api/items/export.xlsx', await sys.login('fgw'))).body);
    expect(rows.slice(1).map((x) => x[0])).toEqual([forFgw]);
    const filtered = await sheetRows((await download('/api/items/export.xlsx?status=published', coordinator)).body);
    expect(filtered.slice(1).map((x) => x[0])).toEqual([published]);
  });

  it('is refused to anonymous callers', async () => {
    expect((await download('/api/items/export.xlsx')).status).toBe(401);
  });
});

describe('published results as open data', () => {
  it('are CSV with the Chinese headers, masked names and phones', async () => {
    const r = await download('/api/public/results.csv');
    expect(r.type).toContain('text/csv');
    const text = r.body.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, line] = text.slice(1).split('\r\n');
    expect(header.split(',').slice(0, 4)).toEqual(['议题编号', '提交企业', '负责人', '联系电话']);
    expect(line).toContain(published);
    expect(line).toContain('欧***');
    expect(line).toContain('139****5678');
    expect(line).toContain('137****1234');
    expect(text).not.toMatch(/1[3-9]\d{9}/);
    // 公开时间 in Beijing time as people write it, the same day the page shows
    const publishedAt = (await item(sys, published)).publishedAt!;
    const beijing = new Date(publishedAt.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
    expect(line.split(',').pop()).toBe(beijing);
  });

  it('are JSON with the same masked fields', async () => {
    const rows = JSON.parse((await download('/api/public/results.json')).body.toString('utf8'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ itemNo: published, personInCharge: '欧***', phone: '139****5678', evaluation: 'satisfied' });
  });
});
