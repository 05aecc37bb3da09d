/**
 * 企业名录: filled from submissions and meeting invitations, deduplicated by credit code or name, corrected by a
 * coordinator (the credit code's check character is checked), each enterprise's history on its own page, and the
 * next meeting's invitees starting from the last meeting's list.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EnterpriseEntity, ItemEntity } from '../db/entities/index.js';
import { PROCESS } from '../core/contract.js';
import { startTestSystem, waitForTask, type TestSystem } from './support/harness.js';
import { ENTERPRISES, form1, holdMeeting, item, listedItem } from './support/scenario.js';

let sys: TestSystem;
let coordinator: string;

beforeAll(async () => {
  sys = await startTestSystem();
  coordinator = await sys.login('coordinator');
});
afterAll(async () => {
  await sys?.cleanup();
});

const submit = (body: Record<string, unknown>) => sys.call('POST', '/api/items', coordinator, { channel: 'visit', ...form1('directory'), ...body });

describe('the enterprise directory', () => {
  it('keeps one entry per enterprise across its submissions, found by credit code or by name', async () => {
    // given two submissions of one enterprise, the first with its credit code, and one with a mistyped code
    const a = await submit({ enterpriseName: '乌审旗名录测试化工有限公司', creditCode: '91110000600037341l' });
    const b = await submit({ enterpriseName: '乌审旗名录测试化工有限公司', problem: '第二个问题' });
    const bad = await submit({ enterpriseName: '乌审旗另一家公司', creditCode: '91110000600037341M' });
    // then both items point at one entry with the code (upper-cased), and the mistyped code is refused in words
    expect([a.status, b.status]).toEqual([201, 201]);
    const [ia, ib] = await Promise.all([item(sys, a.body.itemNo), item(sys, b.body.itemNo)]);
    expect(ia.enterpriseId).not.toBeNull();
    expect(ib.enterpriseId).toBe(ia.enterpriseId);
    expect((await sys.deps.db.getRepository(EnterpriseEntity).findOneByOrFail({ id: ia.enterpriseId! })).creditCode).toBe('91110000600037341L');
    expect([bad.status, bad.body.details.fields[0].text]).toEqual([400, '统一社会信用代码不正确（请核对校验位）']);
    expect(await sys.deps.db.getRepository(EnterpriseEntity).countBy({ name: '乌审旗另一家公司' })).toBe(0);
  });

  it('is searched by name or code, corrected by a coordinator, and read-only for others', async () => {
    const found = await sys.call('GET', `/api/enterprises?q=${encodeURIComponent('名录测试')}`, coordinator);
    expect(found.body.enterprises).toHaveLength(1);
    const [e] = found.body.enterprises;
    expect(e).toMatchObject({ name: '乌审旗名录测试化工有限公司', items: 2 });
    const wrong = await sys.call('PUT', `/api/enterprises/${e.id}`, coordinator, { creditCode: '91110000600037342L' });
    expect([wrong.status, wrong.body.details.fields[0].text]).toEqual([400, '统一社会信用代码不正确（请核对校验位）']);
    const ok = await sys.call('PUT', `/api/enterprises/${e.id}`, coordinator, { industry: '化工', chamber: '乌审旗工商业联合会' });
    expect(ok.body).toMatchObject({ industry: '化工', chamber: '乌审旗工商业联合会', creditCode: '91110000600037341L' });
    const byChamber = await sys.call('GET', `/api/enterprises?chamber=${encodeURIComponent('乌审旗工商业联合会')}`, coordinator);
    expect(byChamber.body.enterprises.map((x: { id: number }) => x.id)).toEqual([e.id]);
    expect((await sys.call('PUT', `/api/enterprises/${e.id}`, await sys.login('fgw'), { industry: 'x' })).status).toBe(403);
    expect((await sys.call('GET', '/api/enterprises/999999', coordinator)).status).toBe(404);
  });

  it('takes in a meeting’s invitees, shows each enterprise’s meetings and items, and starts the next meeting from that list', async () => {
    // given a meeting held with ten invited enterprises
    const listed = await listedItem(sys, coordinator, 'directory-meeting');
    await holdMeeting(sys, coordinator, '2026-11-20', [{ itemNo: listed.itemNo, decision: 'onSpot', answer: '已答复' }]);
    // then each invitee is in the directory, with the meeting on its page
    const guest = await sys.deps.db.getRepository(EnterpriseEntity).findOneByOrFail({ name: ENTERPRISES[0] });
    const page = await sys.call('GET', `/api/enterprises/${guest.id}`, coordinator);
    expect(page.body.meetings).toEqual([expect.objectContaining({ attended: true, status: 'held', date: '2026-11-20' })]);
    const submitter = (await sys.deps.db.getRepository(ItemEntity).findOneByOrFail({ itemNo: listed.itemNo })).enterpriseId!;
    expect((await sys.call('GET', `/api/enterprises/${submitter}`, coordinator)).body.items.map((i: { itemNo: string }) => i.itemNo)).toContain(listed.itemNo);
    // and the next meeting's planning form starts with the last meeting's ten enterprises
    const next = await sys.call('POST', '/api/meetings', coordinator, { title: '下一次恳谈会' });
    const [instance] = await sys.engine.processInstances({ processDefinitionKey: PROCESS.meeting, businessKey: next.body.meetingNo });
    const [task] = await waitForTask(sys.engine, instance.id, 'PlanMeeting');
    const form = await sys.call('GET', `/api/tasks/${task.id}/form`, coordinator);
    expect(form.body.data.invitees.map((i: { enterpriseName: string }) => i.enterpriseName)).toEqual(ENTERPRISES);
  });

  it('offers the enterprises of the agenda’s items as invitees, one row each, with the directory’s corrected contact', async () => {
    // given two items of one enterprise (whose person in charge a coordinator corrected in the directory) and one of another
    const first = (await submit({ enterpriseName: '乌审旗议程企业甲有限公司', personInCharge: '张甲', phone: '13800000001' })).body.itemNo;
    const second = (await submit({ enterpriseName: '乌审旗议程企业甲有限公司', problem: '第二个议程问题' })).body.itemNo;
    const other = (await submit({ enterpriseName: '乌审旗议程企业乙有限公司', personInCharge: '李乙', phone: '13800000002' })).body.itemNo;
    const entry = (await item(sys, first)).enterpriseId!;
    await sys.call('PUT', `/api/enterprises/${entry}`, coordinator, { personInCharge: '张经理', phone: '13900000001' });
    // when the coordinator asks for the invitees of the agenda (one number twice, one unknown)
    const r = await sys.call('GET', `/api/enterprises/of-items?itemNos=${[other, first, second, first, 'QQ20990101NONE00'].join(',')}`, coordinator);
    // then each enterprise comes once, in the agenda's order, with the corrected contact
    expect(r.status).toBe(200);
    expect(r.body.invitees).toEqual([
      { enterpriseName: '乌审旗议程企业乙有限公司', representative: '李乙', phone: '13800000002' },
      { enterpriseName: '乌审旗议程企业甲有限公司', representative: '张经理', phone: '13900000001' },
    ]);
    // and a malformed number is refused in words, and a department may not ask
    const bad = await sys.call('GET', `/api/enterprises/of-items?itemNos=${encodeURIComponent("x' or 1=1")}`, coordinator);
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await sys.call('GET', `/api/enterprises/of-items?itemNos=${first}`, await sys.login('fgw'))).status).toBe(403);
  });
});
