/**
 * 典型做法 (seed 三(三) 强化宣传引导): a coordinator writes a case from published results — what the problem was, how
 * the departments solved it, what it changed — and publishes it; the public reads published cases with the
 * results they come from, and the feed announces them. A case names only published items: their public text was
 * reviewed (审核公开内容), so nothing unreviewed reaches the public through a case. The case's own text is masked
 * again when shown, as every public text is.
 */
import { In } from 'typeorm';
import { ItemEntity, PracticeCaseEntity, type PracticeCase } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { GROUP } from '../../core/contract.js';
import { badRequest, conflict, notFound } from '../../core/errors.js';
import { maskText } from '../../core/privacy/mask.js';
import { publicViews } from '../../core/items/public-view.js';
import { requireGroup, type Actor } from '../auth/actor.js';
import { parse, z } from '../validation.js';
import type { AppDeps } from '../deps.js';

const ITEM_NO = z.string().trim().regex(/^[A-Z0-9-]{4,40}$/, '议题编号格式不正确');

export const caseSchema = z.object({
  title: z.string().trim().min(4).max(120),
  body: z.string().trim().min(20).max(5000),
  itemNos: z.array(ITEM_NO).min(1).max(20).transform((v) => [...new Set(v)]),
});

export const casesQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
});

const caseId = z.coerce.number().int().positive().max(2_147_483_647);

/** Refuses numbers that are not published results, naming them. */
async function checkPublished(deps: AppDeps, itemNos: string[]): Promise<void> {
  const found = await deps.db.getRepository(ItemEntity).find({ select: { itemNo: true }, where: { itemNo: In(itemNos), status: 'published' } });
  const missing = itemNos.filter((n) => !found.some((f) => f.itemNo === n));
  if (missing.length) throw badRequest('CASE_ITEM_NOT_PUBLISHED', `典型做法只能引用已公开的办理结果：${missing.join('、')} 不是已公开的议题`, { itemNos: missing });
}

const view = (c: PracticeCase) => ({ ...c, itemNos: c.itemNos.split(',').filter(Boolean) });

export async function listCases(deps: AppDeps, actor: Actor) {
  requireGroup(actor, GROUP.coordinator, GROUP.supervisor);
  return (await deps.db.getRepository(PracticeCaseEntity).find({ order: { id: 'DESC' }, take: 500 })).map(view);
}

export async function createCase(deps: AppDeps, actor: Actor, body: unknown) {
  requireGroup(actor, GROUP.coordinator);
  const input = parse(caseSchema, body);
  await checkPublished(deps, input.itemNos);
  return deps.db.transaction(async (tx) => {
    const c = await tx.getRepository(PracticeCaseEntity).save({ title: input.title, body: input.body, itemNos: input.itemNos.join(','), status: 'draft', author: actor.userId, publishedAt: null, updatedAt: null });
    await recordAction(tx, { actor: actor.userId, action: 'case.created', entityType: 'practiceCase', entityId: String(c.id), after: { title: c.title, itemNos: input.itemNos } });
    return view(c);
  });
}

export async function updateCase(deps: AppDeps, actor: Actor, rawId: unknown, body: unknown) {
  requireGroup(actor, GROUP.coordinator);
  const id = parse(caseId, rawId);
  const input = parse(caseSchema, body);
  await checkPublished(deps, input.itemNos);
  return deps.db.transaction(async (tx) => {
    const repo = tx.getRepository(PracticeCaseEntity);
    const c = await repo.findOneBy({ id });
    if (!c) throw notFound('CASE_NOT_FOUND', '未找到该典型做法');
    Object.assign(c, { title: input.title, body: input.body, itemNos: input.itemNos.join(','), updatedAt: deps.clock() });
    await repo.save(c);
    await recordAction(tx, { actor: actor.userId, action: 'case.edited', entityType: 'practiceCase', entityId: String(id), after: { title: c.title, itemNos: input.itemNos, status: c.status } });
    return view(c);
  });
}

/** Publishes a draft (or withdraws a published case to a draft): the public pages and the feed follow. */
export async function setCasePublished(deps: AppDeps, actor: Actor, rawId: unknown, published: boolean) {
  requireGroup(actor, GROUP.coordinator);
  const id = parse(caseId, rawId);
  const c0 = await deps.db.getRepository(PracticeCaseEntity).findOneBy({ id });
  if (!c0) throw notFound('CASE_NOT_FOUND', '未找到该典型做法');
  // its results may have been withdrawn since it was written
  if (published) await checkPublished(deps, view(c0).itemNos);
  return deps.db.transaction(async (tx) => {
    const repo = tx.getRepository(PracticeCaseEntity);
    const c = await repo.findOneByOrFail({ id });
    if ((c.status === 'published') === published) throw conflict('CASE_STATE', published ? '该典型做法已发布' : '该典型做法尚未发布');
    Object.assign(c, { status: published ? 'published' : 'draft', publishedAt: published ? deps.clock() : null, updatedAt: deps.clock() });
    await repo.save(c);
    await recordAction(tx, { actor: actor.userId, action: published ? 'case.published' : 'case.withdrawn', entityType: 'practiceCase', entityId: String(id) });
    return view(c);
  });
}

/** What the public reads of a case: its masked text and the results it comes from (their public projection). */
async function publicCaseViews(deps: AppDeps, cases: PracticeCase[]) {
  const numbers = [...new Set(cases.flatMap((c) => view(c).itemNos))];
  const items = numbers.length ? await deps.db.getRepository(ItemEntity).find({ where: { itemNo: In(numbers), status: 'published' } }) : [];
  const results = await publicViews(deps.db.manager, items);
  return cases.map((c) => ({
    id: c.id,
    title: maskText(c.title),
    body: maskText(c.body),
    publishedAt: c.publishedAt,
    results: view(c).itemNos.map((n) => results.find((r) => r.itemNo === n)).filter((r) => !!r)
      .map((r) => ({ itemNo: r.itemNo, problem: r.problem, leadDept: r.leadDept, publishedAt: r.publishedAt })),
  }));
}

export async function publishedCases(deps: AppDeps, q: z.infer<typeof casesQuerySchema>) {
  const [rows, total] = await deps.db.getRepository(PracticeCaseEntity).findAndCount({ where: { status: 'published' }, order: { publishedAt: 'DESC', id: 'DESC' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize });
  return { total, page: q.page, pageSize: q.pageSize, cases: await publicCaseViews(deps, rows) };
}

export async function publishedCase(deps: AppDeps, rawId: unknown) {
  const id = parse(caseId, rawId);
  const c = await deps.db.getRepository(PracticeCaseEntity).findOneBy({ id, status: 'published' });
  if (!c) throw notFound('CASE_NOT_FOUND', '未找到该典型做法');
  return (await publicCaseViews(deps, [c]))[0];
}
