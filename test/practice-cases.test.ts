/**
 * 典型做法: a coordinator writes a case from published results, publishes it, and the public reads it — masked,
 * with the results it comes from — on its page and in the feed; a case cannot cite an unpublished item.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ActionLogEntity, PracticeCaseEntity } from '../db/entities/index.js';
import { startTestSystem, type TestSystem } from './support/harness.js';
import { approvePublication, complete, form1, holdMeeting, listedItem, waitForStatus } from './support/scenario.js';

let sys: TestSystem;
let coordinator: string;
let published: string;
let pending: string;

beforeAll(async () => {
  sys = await startTestSystem();
  coordinator = await sys.login('coordinator');
  const followup = await sys.login('followup');
  // given one result answered at a meeting, evaluated and published, and one item still waiting for screening
  const listed = await listedItem(sys, coordinator, 'practice-case');
  published = listed.itemNo;
  await holdMeeting(sys, coordinator, '2026-11-20', [{ itemNo: published, decision: 'onSpot', answer: '已现场答复，并联审批压缩到5个工作日。' }]);
  await waitForStatus(sys, published, 'replied');
  await complete(sys, followup, listed.processInstanceId!, 'RecordEvaluation', { result: 'satisfied' });
  await approvePublication(sys, coordinator, published);
  pending = (await sys.call('POST', '/api/public/items', null, form1('practice-case-pending'))).body.itemNo;
});
afterAll(async () => {
  await sys?.cleanup();
});

const draft = (itemNos: string[]) => ({
  title: '工程建设项目并联审批的做法',
  body: '针对企业反映施工许可材料重复提交的问题，发改委牵头住建、自然资源部门实行并联审批，联系人电话13712345678，材料一次提交。',
  itemNos,
});

describe('典型做法', () => {
  it('refuses a case that cites an item not yet published, naming it, and writes nothing', async () => {
    const r = await sys.call('POST', '/api/cases', coordinator, draft([published, pending]));
    expect([r.status, r.body.code]).toEqual([400, 'CASE_ITEM_NOT_PUBLISHED']);
    expect(r.body.message).toContain(pending);
    expect(await sys.deps.db.getRepository(PracticeCaseEntity).count()).toBe(0);
    const short = await sys.call('POST', '/api/cases', coordinator, { title: '短', body: '太短', itemNos: [] });
    expect([short.status, short.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(short.body.details.fields.map((f: { text: string }) => f.text).join('；')).toMatch(/标题.*正文.*引用的议题/);
  });

  it('keeps a written case a draft until published, then shows it masked with its results, and in the feed', async () => {
    // given a draft
    const created = await sys.call('POST', '/api/cases', coordinator, draft([published]));
    expect([created.status, created.body.status]).toEqual([201, 'draft']);
    const id = created.body.id as number;
    expect((await sys.call('GET', '/api/public/cases', null)).body.total).toBe(0);
    expect((await sys.call('GET', `/api/public/cases/${id}`, null)).status).toBe(404);
    // when the coordinator publishes it
    const pub = await sys.call('POST', `/api/cases/${id}/publish`, coordinator);
    expect([pub.status, pub.body.status]).toEqual([200, 'published']);
    // then the public reads it with the phone masked and the result it cites
    const page = await sys.call('GET', `/api/public/cases/${id}`, null);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ title: '工程建设项目并联审批的做法', results: [{ itemNo: published }] });
    expect(page.body.body).toContain('137****5678');
    expect(JSON.stringify(page.body)).not.toMatch(/13712345678|13812341234|张三丰/);
    expect((await sys.call('GET', '/api/public/cases', null)).body.cases.map((c: { id: number }) => c.id)).toEqual([id]);
    const feed = await (await fetch(`${sys.url}/api/public/feed.atom`)).text();
    expect(feed).toContain(`/public/cases/${id}`);
    expect(feed).toContain('典型做法：工程建设项目并联审批的做法');
    // and publishing twice is a conflict, withdrawing takes it off the public pages, and each step is logged
    expect((await sys.call('POST', `/api/cases/${id}/publish`, coordinator)).status).toBe(409);
    expect((await sys.call('POST', `/api/cases/${id}/withdraw`, coordinator)).body.status).toBe('draft');
    expect((await sys.call('GET', `/api/public/cases/${id}`, null)).status).toBe(404);
    const actions = (await sys.deps.db.getRepository(ActionLogEntity).find({ where: { entityType: 'practiceCase', entityId: String(id) }, order: { id: 'ASC' } })).map((a) => a.action);
    expect(actions).toEqual(['case.created', 'case.published', 'case.withdrawn']);
  });

  it('is written by coordinators only, and a malformed id is refused in words', async () => {
    expect((await sys.call('POST', '/api/cases', await sys.login('fgw'), draft([published]))).status).toBe(403);
    const bad = await sys.call('GET', '/api/public/cases/1%20or%201', null);
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await sys.call('PUT', '/api/cases/999999', coordinator, draft([published]))).status).toBe(404);
  });
});
