/** The rest of the API: channels, the ledger, the dashboard, the calendar, tracking and form 3, OpenAPI. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EvaluationEntity, ItemEntity } from '../db/entities/index.js';
import { startTestSystem, waitForTask, type TestSystem } from './support/harness.js';
import { approvePublication, complete, form1, holdMeeting, item, listedItem, waitForStatus } from './support/scenario.js';
import { isoDate } from '../core/calendar/dates.js';
import { quarterOf } from '../core/calendar/quarter.js';
import { parseStaffIntake, submitItem } from '../web/usecases/submit-item.js';
import { placeItem } from '../core/items/item-dept-index.js';

const today = isoDate(new Date());
let sys: TestSystem;
let coordinator: string;
let supervisor: string;
let followup: string;
let fgw: string;

beforeAll(async () => {
  sys = await startTestSystem();
  [coordinator, supervisor, followup, fgw] = await Promise.all(['coordinator', 'supervisor', 'followup', 'fgw'].map((u) => sys.login(u)));
});
afterAll(async () => {
  await sys?.cleanup();
});

describe('keyword search of the ledger', () => {
  it('finds items by a Chinese keyword through the full-text index, by enterprise and number, and takes % literally', async () => {
    // given three items with different problems
    const texts = ['企业反映用地审批材料反复补正。', '企业反映融资担保手续繁琐，用地指标紧张。', '企业反映用电报装100%超时。'];
    const nos: string[] = [];
    for (const [n, problem] of texts.entries()) {
      const r = await sys.call('POST', '/api/items', coordinator, { ...form1(`kw-${n}`), enterpriseName: `乌审旗检索${n}号有限公司`, problem, channel: 'visit' });
      expect(r.status).toBe(201);
      nos.push(r.body.itemNo);
    }
    const found = async (q: string) => ((await sys.call('GET', `/api/items?pageSize=200&q=${encodeURIComponent(q)}`, coordinator)).body.items as { itemNo: string }[])
      .map((i) => i.itemNo).filter((no) => nos.includes(no)).sort();
    // then a keyword finds exactly the items holding it — the pairs of 用地审批 are not enough, its text must be there
    expect(await found('用地审批')).toEqual([nos[0]]);
    expect(await found('用地')).toEqual([nos[0], nos[1]].sort());
    expect(await found('检索2号')).toEqual([nos[2]]);
    expect(await found(nos[1].toLowerCase())).toEqual([nos[1]]);
    expect(await found('100%')).toEqual([nos[2]]);
    expect(await found('0%超')).toEqual([nos[2]]);
    expect(await found('审批用地')).toEqual([]);
    // and the index is what finds them: an item missing from it is not found by a keyword of two characters or more
    const first = await item(sys, nos[0]);
    await sys.deps.db.query(sys.deps.db.options.type === 'mysql' ? 'DELETE FROM item_search WHERE item_id = ?' : 'DELETE FROM item_search WHERE rowid = ?', [first.id]);
    expect(await found('用地审批')).toEqual([]);
  });
});

describe('items from other channels', () => {
  it('registers a 12345 work order with its original id, once', async () => {
    const order = { ...form1('12345'), channel: 'hotline12345', sourceRef: 'GD20261120000123', submittedOn: '2026-11-20' };
    const r = await sys.call('POST', '/api/items', coordinator, order);
    expect(r.status).toBe(201);
    const again = await sys.call('POST', '/api/items', coordinator, order);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ITEM_SOURCE_EXISTS');
    const stored = await item(sys, r.body.itemNo);
    expect({ channel: stored.channel, sourceRef: stored.sourceRef, submittedOn: stored.submittedOn }).toEqual({ channel: 'hotline12345', sourceRef: 'GD20261120000123', submittedOn: '2026-11-20' });
  });

  it('is for coordinators only', async () => {
    const r = await sys.call('POST', '/api/items', fgw, { ...form1('x'), channel: 'visit' });
    expect(r.status).toBe(403);
  });
});

describe('item numbers', () => {
  const intake = (name: string) => parseStaffIntake({ ...form1(name), channel: 'visit' });
  const instancesOf = async (itemNo: string) => (await sys.deps.engine.request<{ id: string }[]>('POST', '/history/process-instance', { processInstanceBusinessKey: itemNo, unfinished: true })).map((i) => i.id);

  it('are drawn again when the number drawn is taken, and the instance started under the taken number is removed', async () => {
    // given an item's number, taken
    const taken = (await sys.call('POST', '/api/items', coordinator, { ...form1('numbers'), channel: 'visit' })).body.itemNo as string;
    const [original] = await instancesOf(taken);
    // when the draw gives the taken number first, then a free one
    const free = `QQ${today.replace(/-/g, '')}F${Math.random().toString(16).slice(2, 7).toUpperCase()}`;
    const draws = [taken, free];
    const r = await submitItem(sys.deps, intake('numbers-again'), 'coordinator', () => draws.shift()!);
    // then the item is stored under the free number with an instance of its own
    expect(r.itemNo).toBe(free);
    expect((await item(sys, free)).processInstanceId).toBe((await instancesOf(free))[0]);
    // and the taken number still has only its own item's instance: the clashed start was removed
    expect(await instancesOf(taken)).toEqual([original]);
  });

  it('give up after a few taken draws, leaving no instance behind', async () => {
    // given a taken number
    const taken = (await sys.call('POST', '/api/items', coordinator, { ...form1('numbers-taken'), channel: 'visit' })).body.itemNo as string;
    const before = await instancesOf(taken);
    // when every draw gives it
    await expect(submitItem(sys.deps, intake('numbers-never'), 'coordinator', () => taken)).rejects.toThrow();
    // then nothing of the attempts is left on the engine nor in the ledger
    expect(await instancesOf(taken)).toEqual(before);
    expect(await sys.deps.db.getRepository(ItemEntity).countBy({ enterpriseName: form1('numbers-never').enterpriseName })).toBe(0);
  });
});

describe('the enterprise without an account', () => {
  it('tracks its item with number and code, and fills form 3 once the item is replied', async () => {
    const submitted = await sys.call('POST', '/api/public/items', null, form1('track'));
    const { itemNo, trackingCode } = submitted.body;
    const early = await sys.call('POST', `/api/public/items/${itemNo}/evaluation`, null, { code: trackingCode, result: 'satisfied', overallOpinion: '很好', evaluatorName: '张三丰', phone: '13812341234' });
    expect(early.status).toBe(409);
    const i = await item(sys, itemNo);
    await complete(sys, coordinator, i.processInstanceId!, 'ScreenItem', { screening: 'answer', answer: '可在政务服务网直接办理，已电话告知。' });
    await waitForStatus(sys, itemNo, 'replied');
    const tracked = await sys.call('GET', `/api/public/items/${itemNo}?code=${trackingCode.toLowerCase()}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body).toMatchObject({ itemNo, status: 'replied', statusLabel: '已答复，待回访', reply: '可在政务服务网直接办理，已电话告知。' });
    const form3 = await sys.call('POST', `/api/public/items/${itemNo}/evaluation`, null, { code: trackingCode, result: 'satisfied', overallOpinion: '答复及时', otherSuggestions: '希望多开恳谈会', evaluatorName: '张三丰', phone: '13812341234' });
    expect(form3.status).toBe(201);
    const evaluations = await sys.deps.db.getRepository(EvaluationEntity).findBy({ itemId: i.id });
    expect(evaluations.map((e) => [e.source, e.result, e.otherSuggestions])).toEqual([['enterprise', 'satisfied', '希望多开恳谈会']]);
  });
});

describe('the ledger and the dashboard', () => {
  it('filters the ledger by status, department and overdue, and pages on the server', async () => {
    const a = await listedItem(sys, coordinator, 'ledger-a');
    const b = await listedItem(sys, coordinator, 'ledger-b');
    // a meeting today: dispatching now is on time
    await holdMeeting(sys, coordinator, today, [
      { itemNo: a.itemNo, decision: 'single', leadDept: 'dept-fgw' },
      { itemNo: b.itemNo, decision: 'multi', leadDept: 'dept-zj', coDepts: ['dept-fgw', 'dept-rs'] },
    ]);
    for (const x of [a, b]) await complete(sys, coordinator, x.processInstanceId!, 'DispatchItem', {});
    await waitForStatus(sys, a.itemNo, 'handling');
    await waitForStatus(sys, b.itemNo, 'handling');
    const byDept = await sys.call('GET', '/api/items?dept=dept-fgw&status=handling', coordinator);
    expect(byDept.body.items.map((i: { itemNo: string }) => i.itemNo).sort()).toEqual([a.itemNo, b.itemNo].sort());
    const asRs = await sys.call('GET', '/api/items', await sys.login('rs'));
    expect(asRs.body.items.map((i: { itemNo: string }) => i.itemNo)).toEqual([b.itemNo]);
    // the totals of a ledger filtered by departments only (counted on the item–department index) and by more
    const listed = async (query: string, who: string) => {
      const r = (await sys.call('GET', `/api/items?${query}`, who)).body as { total: number; items: { itemNo: string }[] };
      return { total: r.total, items: r.items.map((i) => i.itemNo).sort() };
    };
    const rs = await sys.login('rs');
    expect(await listed('', rs)).toEqual({ total: 1, items: [b.itemNo] });
    expect(await listed('dept=dept-rs', coordinator)).toEqual({ total: 1, items: [b.itemNo] });
    expect(await listed('dept=dept-zj', rs)).toEqual({ total: 1, items: [b.itemNo] });
    expect(await listed('dept=dept-rs', fgw)).toEqual({ total: 1, items: [b.itemNo] });
    expect(await listed('dept=dept-fgw&channel=online', rs)).toEqual({ total: 1, items: [b.itemNo] });
    // and the item–department table is what finds them: without b's rows there, neither finds b
    await sys.deps.db.query('DELETE FROM item_dept WHERE item_id = ?', [b.id]);
    expect((await sys.call('GET', '/api/items?dept=dept-fgw&status=handling', coordinator)).body.items.map((i: { itemNo: string }) => i.itemNo)).toEqual([a.itemNo]);
    expect((await sys.call('GET', '/api/items', await sys.login('rs'))).body.total).toBe(0);
    await sys.deps.db.transaction((tx) => placeItem(tx, b.id, 'dept-zj', 'dept-fgw,dept-rs'));
    expect((await sys.call('GET', '/api/items', await sys.login('rs'))).body.items.map((i: { itemNo: string }) => i.itemNo)).toEqual([b.itemNo]);
    const page = await sys.call('GET', '/api/items?pageSize=1&page=2', coordinator);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThanOrEqual(4);
    // when a's deadline passes (the ledger compares with now: move the stored deadline into the past)
    await sys.deps.db.getRepository('Item').update({ id: a.id }, { handlingDue: new Date(Date.now() - 3 * 86400000) });
    const overdue = await sys.call('GET', '/api/items?overdue=true', coordinator);
    expect(overdue.body.items.map((i: { itemNo: string; overdueDays: number }) => [i.itemNo, i.overdueDays])).toEqual([[a.itemNo, 3]]);
    const board = await sys.call('GET', '/api/dashboard', supervisor);
    expect(board.status).toBe(200);
    expect(board.body.overdue[0]).toMatchObject({ itemNo: a.itemNo, days: 3, leadDept: 'dept-fgw' });
    expect(board.body.byChannel.online).toBeGreaterThanOrEqual(2);
    expect(board.body.byDepartment['dept-zj']).toBe(1);
    expect(board.body.onTimeDispatchRate).toBe(100);
    expect(board.body.quarters.find((q: { quarter: string }) => q.quarter === quarterOf(today).key)).toMatchObject({ held: 1, compliant: true });
    expect(board.body.ranking.map((r: { dept: string }) => r.dept)).toEqual(expect.arrayContaining(['dept-fgw', 'dept-zj']));
    // and the ranking is the annual assessment's: same order, same figures
    const assessment = (await sys.call('GET', `/api/assessment?year=${board.body.year}`, supervisor)).body;
    expect(board.body.ranking.map((r: { dept: string; score: number; overdue: number; onTimeReplyRate: number | null }) => [r.dept, r.score, r.overdue, r.onTimeReplyRate]))
      .toEqual(assessment.departments.map((d: { dept: string; score: number; overdueItems: number; replyRate: number | null }) => [d.dept, d.score, d.overdueItems, d.replyRate === null ? null : Math.round(d.replyRate * 1000) / 10]));
    expect(board.body.ranking.find((r: { dept: string }) => r.dept === 'dept-fgw').overdue).toBe(1);
  });

  it('counts satisfaction from the 12345 follow-up', async () => {
    const x = await listedItem(sys, coordinator, 'satisfaction');
    await holdMeeting(sys, coordinator, today, [{ itemNo: x.itemNo, decision: 'onSpot', answer: '已现场答复' }]);
    await waitForStatus(sys, x.itemNo, 'replied');
    await complete(sys, followup, x.processInstanceId!, 'RecordEvaluation', { result: 'basic' });
    await approvePublication(sys, coordinator, x.itemNo);
    const board = await sys.call('GET', '/api/dashboard', coordinator);
    expect(board.body.satisfactionRate).toBe(100);
    expect(board.body.byStatus.published).toBe(1);
  });
});

describe('the API description', () => {
  it('serves OpenAPI 3 and Swagger UI', async () => {
    const spec = await sys.call('GET', '/api/openapi.json');
    expect(spec.body.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.body.paths)).toEqual(expect.arrayContaining(['/api/public/items', '/api/tasks/{id}/complete', '/api/items/{itemNo}/extensions']));
    const ui = await fetch(`${sys.url}/api/docs/`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger-ui');
  });
});

describe('task forms deployed with the model', () => {
  it('opens the screening form the model names, with the departments to choose from', async () => {
    // given a submitted item waiting for screening
    const submitted = await sys.call('POST', '/api/public/items', null, form1('form'));
    const i = await item(sys, submitted.body.itemNo);
    const [task] = await waitForTask(sys.engine, i.processInstanceId!, 'ScreenItem');
    // when the coordinator opens its form
    const r = await sys.call('GET', `/api/tasks/${task.id}/form`, coordinator);
    // then it is the form-js form deployed with the model, and the data offers the departments
    expect(r.status).toBe(200);
    expect(r.body.schema.id).toBe('ScreenItemForm');
    expect(r.body.schema.components.map((c: { key?: string }) => c.key)).toContain('screening');
    expect(r.body.data.departments).toEqual(expect.arrayContaining([{ label: '乌审旗发展和改革委员会', value: 'dept-fgw' }]));
    // and a department cannot open it
    expect((await sys.call('GET', `/api/tasks/${task.id}/form`, fgw)).status).toBe(403);
  });

  it('refuses a screening that answers without an answer, naming the field in Chinese', async () => {
    const submitted = await sys.call('POST', '/api/public/items', null, form1('radio'));
    const i = await item(sys, submitted.body.itemNo);
    const [task] = await waitForTask(sys.engine, i.processInstanceId!, 'ScreenItem');
    const bad = await sys.call('POST', `/api/tasks/${task.id}/complete`, coordinator, { screening: 'answer' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields).toEqual([{ field: 'answer', message: '请填写即知即办的答复内容', text: '请填写即知即办的答复内容' }]);
  });
});

describe('the public form 1 guards', () => {
  it('refuses a submission without the human check, storing nothing', async () => {
    // given a submission that did not answer the question
    const before = await sys.deps.db.getRepository(ItemEntity).count();
    // when it is posted
    const r = await fetch(`${sys.url}/api/public/items`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(form1('bot')) });
    // then it is refused with a stable code and nothing is stored
    expect(r.status).toBe(400);
    expect(((await r.json()) as { code: string }).code).toBe('HUMAN_CHECK_FAILED');
    expect(await sys.deps.db.getRepository(ItemEntity).count()).toBe(before);
  });

  it('limits submissions per address and hour', async () => {
    const limited = await startTestSystem({ QQ_PUBLIC_SUBMISSIONS_PER_HOUR: '2' });
    try {
      const statuses = [];
      for (const n of [1, 2, 3]) statuses.push((await limited.call('POST', '/api/public/items', null, form1(`limit-${n}`))).status);
      expect(statuses).toEqual([201, 201, 429]);
    } finally {
      await limited.cleanup();
    }
  });
});

describe('the same problem from several channels', () => {
  it('is suggested for merging when screening, and the merged item keeps its own channel and source id', async () => {
    // given the online form and a 12345 work order describing one problem, and an unrelated item
    const online = await sys.call('POST', '/api/public/items', null, { ...form1('dup-online'), problem: '企业办理施工许可时需要重复提交材料，希望实行一次告知。' });
    const hotline = await sys.call('POST', '/api/items', coordinator, { ...form1('dup-12345'), channel: 'hotline12345', sourceRef: 'GD20261127000999', problem: '来电反映：办理施工许可需要重复提交材料，希望一次性告知。' });
    const other = await sys.call('POST', '/api/public/items', null, { ...form1('dup-other'), problem: '园区道路照明不足，夜间通行不安全。' });
    // when the coordinator screens the 12345 item
    const similar = await sys.call('GET', `/api/items/${hotline.body.itemNo}/similar`, coordinator);
    // then the online item is suggested, the unrelated one is not
    expect(similar.body[0]).toMatchObject({ itemNo: online.body.itemNo, channel: 'online' });
    expect(similar.body[0].score).toBeGreaterThan(0.3);
    expect(similar.body.map((s: { itemNo: string }) => s.itemNo)).not.toContain(other.body.itemNo);
    // and merging keeps the work order's own channel and id
    const i = await item(sys, hotline.body.itemNo);
    await complete(sys, coordinator, i.processInstanceId!, 'ScreenItem', { screening: 'merge', mergeInto: online.body.itemNo });
    const merged = await waitForStatus(sys, hotline.body.itemNo, 'merged');
    expect([merged.channel, merged.sourceRef, merged.mergedIntoId]).toEqual(['hotline12345', 'GD20261127000999', (await item(sys, online.body.itemNo)).id]);
  });
});
