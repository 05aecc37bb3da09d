/**
 * What the public and enterprises see without an account: tracking an item by number + code, form 3 (总体评价表)
 * by the enterprise, and the published results with personal data masked.
 */
import { timingSafeEqual } from 'node:crypto';
import { ActionLogEntity, ItemEntity, type Item } from '../../db/entities/index.js';
import { notFound } from '../../core/errors.js';
import { recordEnterpriseEvaluation } from '../../core/items/commands/evaluate.js';
import { publicViews, type PublicItem } from '../../core/items/public-view.js';
import { publicTimeline } from '../../core/items/public-timeline.js';
import { statusIn } from '../../core/items/status.js';
import { EVALUATION } from '../../core/contract.js';
import { parse, z } from '../validation.js';
import type { AppDeps } from '../deps.js';
import { hashCode } from './submit-item.js';

async function itemByCode(deps: AppDeps, itemNo: string, code: string): Promise<Item> {
  const item = await deps.db.getRepository(ItemEntity).findOneBy({ itemNo });
  const ok = item && timingSafeEqual(Buffer.from(item.trackingCodeHash), Buffer.from(hashCode(code)));
  // One answer for "no such item" and "wrong code": numbers cannot be probed.
  if (!item || !ok) throw notFound('ITEM_NOT_FOUND', '议题编号或查询码不正确');
  return item;
}

export async function trackItem(deps: AppDeps, itemNo: string, code: string) {
  const item = await itemByCode(deps, itemNo, code);
  const [v] = await publicViews(deps.db.manager, [item]);
  const log = await deps.db.getRepository(ActionLogEntity).find({ where: { entityType: 'item', entityId: itemNo }, order: { id: 'ASC' } });
  return {
    itemNo: v.itemNo,
    status: v.status,
    statusLabel: v.statusLabel,
    submittedOn: v.submittedOn,
    problem: v.problem,
    leadDept: v.leadDept,
    handlingDue: v.handlingDue,
    reply: v.answer,
    /** Form 3 is open once the enterprise has its answer. */
    canEvaluate: statusIn('answered', v.status),
    reReviewDate: v.reReviewDate,
    /** Only the steps an enterprise follows, in its words (core/items/public-timeline.ts). */
    steps: publicTimeline(log),
  };
}

export const form3Schema = z.object({
  code: z.string().trim().min(4),
  result: z.enum(EVALUATION).exclude(['unreachable']),
  overallOpinion: z.string().trim().min(1).max(5000),
  otherSuggestions: z.string().trim().max(5000).optional(),
  remarks: z.string().trim().max(2000).optional(),
  evaluatorName: z.string().trim().min(1).max(50),
  phone: z.string().trim().min(7).max(30),
});

export async function submitEnterpriseEvaluation(deps: AppDeps, itemNo: string, body: unknown) {
  const input = parse(form3Schema, body);
  const item = await itemByCode(deps, itemNo, input.code);
  await deps.db.transaction((tx) => recordEnterpriseEvaluation({ tx, actor: `enterprise:${itemNo}`, now: deps.clock() }, item, input));
}

export const resultsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export async function publishedResults(deps: AppDeps, q: z.infer<typeof resultsQuerySchema>) {
  const [rows, total] = await deps.db.getRepository(ItemEntity).findAndCount({
    where: { status: 'published' },
    order: { publishedAt: 'DESC', id: 'DESC' },
    skip: (q.page - 1) * q.pageSize,
    take: q.pageSize,
  });
  const views = await publicViews(deps.db.manager, rows);
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    results: views.map(resultView),
  };
}

/** One published result as the public pages, the open data and the feed show it. */
export function resultView(v: PublicItem) {
  return {
    itemNo: v.itemNo,
    enterpriseName: v.enterpriseName,
    personInCharge: v.personInCharge,
    phone: v.phone,
    submittedOn: v.submittedOn,
    problem: v.problem,
    result: v.answer ?? '',
    leadDept: v.leadDept,
    coDepts: v.coDepts,
    evaluation: v.evaluation,
    publishedAt: v.publishedAt,
  };
}
