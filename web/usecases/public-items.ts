/**
 * What the public and enterprises see without an account: tracking an item by number + code, form 3 (总体评价表)
 * by the enterprise, and the published results with personal data masked.
 */
import { timingSafeEqual } from 'node:crypto';
import { In } from 'typeorm';
import { ActionLogEntity, DepartmentEntity, EvaluationEntity, ItemEntity, type Item } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { conflict, notFound } from '../../core/errors.js';
import { maskName, maskPhone, maskText } from '../../core/notify/mask.js';
import { EVALUATION } from '../../core/contract.js';
import { parse, z } from '../validation.js';
import type { AppDeps } from '../deps.js';
import { hashCode } from './submit-item.js';
import { STATUS_LABEL } from '../labels.js';

async function itemByCode(deps: AppDeps, itemNo: string, code: string): Promise<Item> {
  const item = await deps.db.getRepository(ItemEntity).findOneBy({ itemNo });
  const ok = item && timingSafeEqual(Buffer.from(item.trackingCodeHash), Buffer.from(hashCode(code)));
  // One answer for "no such item" and "wrong code": numbers cannot be probed.
  if (!item || !ok) throw notFound('ITEM_NOT_FOUND', '议题编号或查询码不正确');
  return item;
}

export async function trackItem(deps: AppDeps, itemNo: string, code: string) {
  const item = await itemByCode(deps, itemNo, code);
  const log = await deps.db.getRepository(ActionLogEntity).find({ where: { entityType: 'item', entityId: itemNo }, order: { id: 'ASC' } });
  return {
    itemNo: item.itemNo,
    status: item.status,
    statusLabel: STATUS_LABEL[item.status],
    submittedOn: item.submittedOn,
    problem: item.problem,
    leadDept: item.leadDept,
    handlingDue: item.handlingDue,
    reply: ['replied', 'closed', 'published', 'explained', 'declined'].includes(item.status) ? item.reply : null,
    reReviewDate: item.reReviewDate,
    steps: log.filter((l) => !l.action.startsWith('session.')).map((l) => ({ at: l.createdAt, action: l.action })),
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
  if (!['replied', 'closed', 'published'].includes(item.status)) throw conflict('ITEM_NOT_REPLIED', '议题尚未答复，暂不能评价');
  await deps.db.transaction(async (tx) => {
    await tx.getRepository(EvaluationEntity).insert({
      itemId: item.id, source: 'enterprise', result: input.result, overallOpinion: input.overallOpinion,
      otherSuggestions: input.otherSuggestions ?? null, remarks: input.remarks ?? null, evaluatorName: input.evaluatorName,
      phone: input.phone, recordedBy: null, round: item.rehandleCount + 1,
    });
    await recordAction(tx, { actor: `enterprise:${itemNo}`, action: 'evaluation.submitted', entityType: 'item', entityId: itemNo, after: { result: input.result } });
  });
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
  const codes = [...new Set(rows.flatMap((r) => [r.leadDept, ...(r.coDepts ?? '').split(',')]).filter((c): c is string => !!c))];
  const depts = codes.length ? await deps.db.getRepository(DepartmentEntity).findBy({ code: In(codes) }) : [];
  const nameOf = (c: string | null) => (c ? depts.find((d) => d.code === c)?.name ?? c : null);
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    results: rows.map((r) => ({
      itemNo: r.itemNo,
      enterpriseName: r.enterpriseName,
      personInCharge: maskName(r.personInCharge),
      phone: maskPhone(r.phone),
      submittedOn: r.submittedOn,
      problem: maskText(r.problem),
      result: maskText(r.reply),
      leadDept: nameOf(r.leadDept),
      coDepts: (r.coDepts ?? '').split(',').filter(Boolean).map(nameOf),
      evaluation: r.evaluation,
      publishedAt: r.publishedAt,
    })),
  };
}
