/**
 * Importing items from other channels' spreadsheets (.xlsx, and .csv in UTF-8 or GB18030): column mapping
 * suggested and saved, rows through the intake into the engine, progress, per-row errors, safe re-import.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { Like } from 'typeorm';
import { ImportJobEntity, ItemEntity } from '../db/entities/index.js';
import { rowToIntake } from '../web/imports/mapping.js';
import { rowRequestId } from '../web/imports/run-import.js';
import { takeOverImports } from '../web/usecases/imports.js';
import { parseStaffIntake, submitItem } from '../web/usecases/submit-item.js';
import { startTestSystem, waitFor, waitForTask, type TestSystem } from './support/harness.js';

let sys: TestSystem;
let coordinator: string;
let fgw: string;

beforeAll(async () => {
  sys = await startTestSystem();
  [coordinator, fgw] = await Promise.all([sys.login('coordinator'), sys.login('fgw')]);
});
afterAll(async () => {
  await sys?.cleanup();
});

const upload = async (token: string, name: string, body: Buffer) => {
  const r = await fetch(`${sys.url}/api/imports?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' }, body: new Uint8Array(body) });
  return { status: r.status, body: await r.json() };
};

async function workOrders(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工单');
  ws.addRow(['工单编号', '受理时间', '市场主体名称', '来电人', '来电号码', '诉求内容']);
  ws.addRow(['GD202611010001', new Date('2026-11-01T02:00:00Z'), '乌审旗导入一公司', '王一', '13800000001', '企业反映用电报装时间过长。']);
  ws.addRow(['GD202611010002', '2026/11/02', '乌审旗导入二公司', '王二', 13800000002, '企业反映融资担保手续繁琐。']);
  ws.addRow(['GD202611010003', '2026-11-03', '乌审旗导入三公司', '王三', '12345', '电话号码有误的一行。']);
  ws.addRow(['GD202611010004', '2026-11-04', '乌审旗导入四公司', '王四', '13800000004', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The job once it has ended; a job that failed fails the test at once, with its state (not after the timeout). */
const finished = async (id: number) => {
  const r = await waitFor(async () => {
    const s = await sys.call('GET', `/api/imports/${id}`, coordinator);
    return ['finished', 'failed'].includes(s.body.job.status) ? s.body : null;
  }, 'the import to finish', 60_000);
  expect(r.job).toMatchObject({ status: 'finished' });
  return r;
};

/** Starts a job; the answer must be 202, else the test says why. */
const start = async (id: number, body: Record<string, unknown>) => {
  const r = await sys.call('POST', `/api/imports/${id}/start`, coordinator, body);
  expect([r.status, r.body.code]).toEqual([202, undefined]);
  return r;
};

describe('importing 12345 work orders from Excel', () => {
  let jobId: number;

  it('suggests the mapping, imports the good rows into the engine and reports each bad row', async () => {
    // given the export uploaded
    const up = await upload(coordinator, '12345工单导出.xlsx', await workOrders());
    expect(up.status).toBe(201);
    expect(up.body.job.total).toBe(4);
    expect(up.body.suggested).toMatchObject({ sourceRef: '工单编号', submittedOn: '受理时间', enterpriseName: '市场主体名称', personInCharge: '来电人', phone: '来电号码', problem: '诉求内容' });
    jobId = up.body.job.id;
    // when the import starts with that mapping, saved for next time
    const started = await sys.call('POST', `/api/imports/${jobId}/start`, coordinator, { channel: 'hotline12345', columns: up.body.suggested, saveAs: '12345工单' });
    expect(started.status).toBe(202);
    const done = await finished(jobId);
    // then two items are registered with their work-order ids and dates, each waiting for screening
    expect(done.job).toMatchObject({ total: 4, done: 4, created: 2, failed: 2 });
    const items = await sys.deps.db.getRepository(ItemEntity).find({ where: { channel: 'hotline12345' }, order: { sourceRef: 'ASC' } });
    expect(items.map((i) => [i.sourceRef, i.submittedOn, i.phone])).toEqual([['GD202611010001', '2026-11-01', '13800000001'], ['GD202611010002', '2026-11-02', '13800000002']]);
    await waitForTask(sys.engine, items[0].processInstanceId!, 'ScreenItem');
    // and the refused rows are named by their spreadsheet row with the reason in Chinese
    expect(done.errors.map((e: { rowNo: number }) => e.rowNo)).toEqual([4, 5]);
    expect(done.errors[0].messages).toEqual(['来电号码：请填写正确的手机号或固定电话']);
    expect(done.errors[1].messages).toEqual(['诉求内容：必填']);
    const csv = await fetch(`${sys.url}/api/imports/${jobId}/errors.csv`, { headers: { authorization: `Bearer ${coordinator}` } });
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf'); // a BOM: Excel opens it as UTF-8
    expect(bytes.subarray(3).toString('utf8')).toMatch(/^行号,原因\r\n4,/);
  });

  it('registers nothing twice when the same file is imported again', async () => {
    const up = await upload(coordinator, '12345工单导出.xlsx', await workOrders());
    expect(up.body.mappings.map((m: { name: string }) => m.name)).toContain('12345工单');
    const saved = up.body.mappings.find((m: { name: string }) => m.name === '12345工单');
    await start(up.body.job.id, { channel: saved.channel, columns: saved.columns });
    const done = await finished(up.body.job.id);
    expect(done.job).toMatchObject({ created: 0, failed: 4 });
    expect(done.errors[0].messages.join()).toContain('已登记为议题');
    expect(await sys.deps.db.getRepository(ItemEntity).countBy({ channel: 'hotline12345' })).toBe(2);
  });
});

/** An export of 政务服务电子监察系统 warnings (红黄牌预警) as the county's system writes it. */
async function eSupervisionWarnings(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('预警信息');
  ws.addRow(['序号', '预警编号', '预警时间', '事项名称', '办件编号', '申请单位', '经办人', '联系电话', '预警类型', '预警原因', '承办部门']);
  ws.addRow([1, 'YJ-2026-11-0007', '2026-11-05 10:32:18', '企业投资项目备案', 'BJ15062620261101001', '鄂尔多斯市乌审旗瑞丰化工有限公司', '高经理', '0477-7612345', '黄牌', '企业投资项目备案超过承诺时限（5个工作日）仍未办结，已用8个工作日。', '乌审旗发展和改革委员会']);
  ws.addRow([2, 'YJ-2026-11-0008', '2026-11-06 09:05:41', '食品经营许可', 'BJ15062620261102017', '乌审旗草原味道餐饮店', '其其格', '13947700123', '红牌', '食品经营许可现场核查两次改期，企业多次电话催问无果。', '乌审旗市场监督管理局']);
  ws.addRow([3, 'YJ-2026-11-0009', '2026-11-06 15:20:00', '道路运输经营许可', 'BJ15062620261103002', '', '马师傅', '13847700456', '黄牌', '申请单位名称缺失的一条记录。', '乌审旗交通运输局']);
  ws.addRow([4, 'YJ-2026-11-0010', '2026-11-07 11:11:11', '取水许可', 'BJ15062620261104009', '乌审旗绿源水务有限公司', '苏工', '—', '黄牌', '取水许可审批超期。', '乌审旗水利局']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('importing 电子监察 warnings', () => {
  it('registers each good warning as an 电子监察 item with its warning number, reports the broken rows, and nothing twice on re-import', async () => {
    // given the warnings export, with its columns suggested
    const up = await upload(coordinator, '电子监察预警导出.xlsx', await eSupervisionWarnings());
    expect(up.body.suggested).toEqual({ sourceRef: '预警编号', submittedOn: '预警时间', enterpriseName: '申请单位', personInCharge: '经办人', phone: '联系电话', problem: '预警原因' });
    // when it is imported as the 电子监察 channel
    await start(up.body.job.id, { channel: 'eSupervision', columns: up.body.suggested, saveAs: '电子监察预警' });
    const done = await finished(up.body.job.id);
    // then the two complete warnings are items, in the engine, with the warning's day and number
    expect(done.job).toMatchObject({ total: 4, created: 2, failed: 2 });
    const items = await sys.deps.db.getRepository(ItemEntity).find({ where: { channel: 'eSupervision' }, order: { sourceRef: 'ASC' } });
    expect(items.map((i) => [i.sourceRef, i.submittedOn, i.enterpriseName, i.phone])).toEqual([
      ['YJ-2026-11-0007', '2026-11-05', '鄂尔多斯市乌审旗瑞丰化工有限公司', '0477-7612345'],
      ['YJ-2026-11-0008', '2026-11-06', '乌审旗草原味道餐饮店', '13947700123'],
    ]);
    await waitForTask(sys.engine, items[1].processInstanceId!, 'ScreenItem');
    expect(done.errors.map((e: { rowNo: number; messages: string[] }) => [e.rowNo, e.messages])).toEqual([
      [4, ['申请单位：必填']],
      [5, ['联系电话：请填写正确的手机号或固定电话']],
    ]);
    // and importing the same export again registers nothing new
    const again = await upload(coordinator, '电子监察预警导出.xlsx', await eSupervisionWarnings());
    await start(again.body.job.id, { channel: 'eSupervision', columns: up.body.suggested });
    expect((await finished(again.body.job.id)).job).toMatchObject({ created: 0, failed: 4 });
    expect(await sys.deps.db.getRepository(ItemEntity).countBy({ channel: 'eSupervision' })).toBe(2);
  });
});

describe('importing a CSV saved by Excel in Chinese', () => {
  it('reads GB18030 with quoted fields', async () => {
    const text = '登记编号,提交企业,联系人,电话,反映问题\r\nZF-01,乌审旗走访企业,李五,13800000005,"道路破损，影响货车通行；""急需""修复"\r\n';
    const up = await upload(coordinator, '走访登记.csv', iconv.encode(text, 'gb18030'));
    expect(up.status).toBe(201);
    expect(up.body.headers).toEqual(['登记编号', '提交企业', '联系人', '电话', '反映问题']);
    await start(up.body.job.id, { channel: 'visit', columns: { ...up.body.suggested, sourceRef: '登记编号' } });
    const done = await finished(up.body.job.id);
    expect(done.job.created).toBe(1);
    const [item] = await sys.deps.db.getRepository(ItemEntity).findBy({ channel: 'visit', sourceRef: 'ZF-01' });
    expect(item.problem).toBe('道路破损，影响货车通行；"急需"修复');
  });
});

describe('bad imports', () => {
  it('refuses another file type, a mapping without the required fields, and a department user', async () => {
    const pdf = await upload(coordinator, '材料.pdf', Buffer.from('%PDF-1.4'));
    expect([pdf.status, pdf.body.code]).toEqual([415, 'IMPORT_TYPE_REFUSED']);
    const up = await upload(coordinator, '12345工单导出.xlsx', await workOrders());
    const bad = await sys.call('POST', `/api/imports/${up.body.job.id}/start`, coordinator, { channel: 'hotline12345', columns: { enterpriseName: '市场主体名称' } });
    expect([bad.status, bad.body.code]).toEqual([400, 'IMPORT_MAPPING_INVALID']);
    expect(bad.body.message).toContain('未指定“困难问题”对应的列');
    expect((await sys.call('GET', `/api/imports/${up.body.job.id}`, coordinator)).body.job.status).toBe('uploaded');
    expect((await upload(fgw, 'x.csv', Buffer.from('a,b\n1,2\n'))).status).toBe(403);
  });
});

describe('an import whose app instance stopped', () => {
  it('is taken over by one other instance after its lease, goes on from its checkpoint and registers no row twice', async () => {
    // given a 70-row visit register (no source ids) whose instance died after its checkpoint at row 50, having
    // submitted 5 more rows before it died
    const rows = Array.from({ length: 70 }, (_, i) => `接续导入${i + 1}号公司,李${i + 1},138${String(i).padStart(8, '0')},企业反映第${i + 1}个问题。`);
    const up = await upload(coordinator, '走访登记.csv', Buffer.from(`企业名称,联系人,联系电话,困难问题\n${rows.join('\n')}\n`));
    const jobId = up.body.job.id as number;
    const columns = { enterpriseName: '企业名称', personInCharge: '联系人', phone: '联系电话', problem: '困难问题' };
    const deps = sys.deps;
    for (let i = 0; i < 55; i++) {
      const values = { 企业名称: `接续导入${i + 1}号公司`, 联系人: `李${i + 1}`, 联系电话: `138${String(i).padStart(8, '0')}`, 困难问题: `企业反映第${i + 1}个问题。` };
      await submitItem(deps, parseStaffIntake({ ...rowToIntake(values, columns, 'visit'), clientRequestId: rowRequestId(jobId, i + 2) }), 'coordinator');
    }
    await deps.db.getRepository(ImportJobEntity).update({ id: jobId }, {
      status: 'running', channel: 'visit', columns: JSON.stringify(columns), claimedBy: 'app-that-died', leaseUntil: new Date(Date.now() - 1000), rowsRead: 50, done: 50, created: 50,
    });
    // when two instances look for imports to take over at the same moment
    const [mine, other] = await Promise.all([takeOverImports(deps), takeOverImports({ ...deps, config: { ...deps.config, instanceId: 'app-2' } })]);
    // then exactly one of them runs it, to the end
    expect([...mine, ...other]).toEqual([jobId]);
    const done = await finished(jobId);
    expect(done.job).toMatchObject({ total: 70, done: 70, created: 70, failed: 0 });
    // and every row is one item, the five submitted before the takeover among them
    const items = await deps.db.getRepository(ItemEntity).find({ where: { clientRequestId: Like(`import-${jobId}-row-%`) } });
    expect(items).toHaveLength(70);
    expect(new Set(items.map((i) => i.enterpriseName)).size).toBe(70);
    const job = await deps.db.getRepository(ImportJobEntity).findOneByOrFail({ id: jobId });
    expect([job.claimedBy === 'app-that-died', job.leaseUntil]).toEqual([false, null]);
  });
});
