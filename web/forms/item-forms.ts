/** Forms of the item process's user tasks (筛查, 交办, 办理/配合/汇总 (form 2), 审核, 回访 (form 3 by 12345), 复查). */
import { In } from 'typeorm';
import { DepartmentEntity, EvaluationEntity, ExtensionRequestEntity, HandlingRecordEntity, ItemEntity, type Item } from '../../db/entities/index.js';
import { EVALUATION, SCREENING, VAR } from '../../core/contract.js';
import { badRequest } from '../../core/errors.js';
import { phone, text, yesNo, z } from '../validation.js';
import { defineForm, type FormContext } from './form.js';

async function update(ctx: FormContext<unknown>, change: Partial<Item>) {
  await ctx.tx.getRepository(ItemEntity).update({ id: ctx.item!.id }, change);
}

export async function assertDepartments(ctx: FormContext<unknown>, codes: string[]) {
  if (codes.length === 0) return;
  const found = await ctx.tx.getRepository(DepartmentEntity).findBy({ code: In(codes) });
  const missing = codes.filter((c) => !found.some((d) => d.code === c));
  if (missing.length) throw badRequest('UNKNOWN_DEPARTMENT', `部门不存在：${missing.join('、')}`);
}

export const screenItem = defineForm({
  title: '筛查议题',
  schema: z
    .object({
      screening: z.enum(SCREENING),
      mergeInto: z.string().trim().optional(),
      answer: z.string().trim().max(5000).optional(),
      reason: z.string().trim().max(2000).optional(),
    })
    .superRefine((d, c) => {
      if (d.screening === 'merge' && !d.mergeInto) c.addIssue({ code: 'custom', path: ['mergeInto'], message: '合并时须填写被合并到的议题编号' });
      if (d.screening === 'answer' && !d.answer) c.addIssue({ code: 'custom', path: ['answer'], message: '即知即办须填写答复内容' });
      if (d.screening === 'decline' && !d.reason) c.addIssue({ code: 'custom', path: ['reason'], message: '不予受理须说明理由' });
    }),
  async apply(ctx) {
    const d = ctx.data;
    if (d.screening === 'merge') {
      const target = await ctx.tx.getRepository(ItemEntity).findOneBy({ itemNo: d.mergeInto! });
      if (!target || target.id === ctx.item!.id) throw badRequest('MERGE_TARGET_INVALID', `无法合并到议题 ${d.mergeInto}：议题不存在或为本议题`);
      if (['merged', 'declined'].includes(target.status)) throw badRequest('MERGE_TARGET_INVALID', `议题 ${d.mergeInto} 已合并或不予受理，不能作为合并目标`);
    }
    if (d.screening === 'answer') await update(ctx, { reply: d.answer!, decision: 'onSpot' });
    if (d.screening === 'decline') await update(ctx, { reply: d.reason! });
    return { [VAR.screening]: d.screening, [VAR.mergeInto]: d.mergeInto ?? '' };
  },
});

export const dispatchItem = defineForm({
  title: '交办议题',
  schema: z.object({
    leadDept: z.string().trim().min(1).optional(),
    coDepts: z.array(z.string().trim().min(1)).optional(),
    note: z.string().trim().max(2000).optional(),
  }),
  async apply(ctx) {
    const item = ctx.item!;
    const lead = ctx.data.leadDept ?? item.leadDept!;
    const co = ctx.data.coDepts ?? (item.coDepts ? item.coDepts.split(',') : []);
    if (item.decision === 'multi' && co.length === 0) throw badRequest('COOPERATORS_REQUIRED', '多部门议题须至少指定1个配合部门');
    if (co.includes(lead)) throw badRequest('LEAD_IS_COOPERATOR', '牵头部门不能同时为配合部门');
    await assertDepartments(ctx, [lead, ...co]);
    await update(ctx, { leadDept: lead, coDepts: co.length ? co.join(',') : null, dispatchedAt: ctx.deps.clock() });
    return { [VAR.leadDept]: lead, [VAR.coDepts]: co.join(','), [VAR.coDeptCount]: co.length };
  },
});

/** 议题办理情况表: 办理结果, 反馈情况, the department's contact (the departments are the task's). */
const form2 = z.object({
  content: text(5000),
  feedback: z.string().trim().max(2000).optional(),
  contact: text(50),
  phone,
});

async function handlingRecord(ctx: FormContext<z.infer<typeof form2>>, role: 'lead' | 'cooperator') {
  const dept = ctx.groups.find((g) => g.startsWith('dept-'))!;
  await ctx.tx.getRepository(HandlingRecordEntity).insert({
    itemId: ctx.item!.id,
    round: ctx.item!.rehandleCount + 1,
    deptCode: dept,
    role,
    content: ctx.data.content,
    feedback: ctx.data.feedback ?? null,
    contact: ctx.data.contact,
    phone: ctx.data.phone,
    taskId: ctx.task.id,
    submittedBy: ctx.actor.userId,
  });
}

/** The lead department's reply, alone (办理并答复) or after the cooperators' opinions (汇总答复). */
const leadReply = (title: string) =>
  defineForm({
    title,
    schema: form2,
    async apply(ctx) {
      await handlingRecord(ctx, 'lead');
      await update(ctx, { reply: ctx.data.content, status: 'reviewing', repliedAt: null });
      return {};
    },
  });

export const handleItem = leadReply('办理并答复（议题办理情况表）');

export const sendOpinion = defineForm({
  title: '提出配合意见',
  // Cooperators report to the lead department; feeding back to the enterprise is the lead's.
  schema: form2.omit({ feedback: true }),
  async apply(ctx) {
    await handlingRecord(ctx, 'cooperator');
    return {};
  },
});

export const consolidateReply = leadReply('汇总答复（议题办理情况表）');

export const approveExtension = defineForm({
  title: '审批延期申请',
  schema: z.object({ approved: yesNo, note: z.string().trim().max(2000).optional() }),
  async apply(ctx) {
    const vars = await ctx.deps.engine.taskVariables(ctx.task.id);
    const requestId = Number(vars[VAR.extensionRequestId]?.value);
    await ctx.tx.getRepository(ExtensionRequestEntity).update({ id: requestId }, { decidedBy: ctx.actor.userId, decisionNote: ctx.data.note ?? null });
    return { [VAR.extensionApproved]: ctx.data.approved };
  },
});

export const reviewReply = defineForm({
  title: '审核答复',
  schema: z.object({ approved: yesNo, note: z.string().trim().max(2000).optional() }).refine((d) => d.approved || !!d.note, { path: ['note'], message: '退回重办须说明理由' }),
  async apply(ctx) {
    if (!ctx.data.approved) await update(ctx, { status: 'handling' });
    return { [VAR.reviewApproved]: ctx.data.approved };
  },
});

export const recordEvaluation = defineForm({
  title: '12345回访评价（总体评价表）',
  schema: z.object({
    result: z.enum(EVALUATION),
    overallOpinion: z.string().trim().max(5000).optional(),
    otherSuggestions: z.string().trim().max(5000).optional(),
    remarks: z.string().trim().max(2000).optional(),
  }),
  async apply(ctx) {
    const item = ctx.item!;
    await ctx.tx.getRepository(EvaluationEntity).insert({
      itemId: item.id,
      source: 'followup',
      result: ctx.data.result,
      overallOpinion: ctx.data.overallOpinion ?? null,
      otherSuggestions: ctx.data.otherSuggestions ?? null,
      remarks: ctx.data.remarks ?? null,
      evaluatorName: item.personInCharge,
      phone: item.phone,
      recordedBy: ctx.actor.userId,
      round: item.rehandleCount + 1,
    });
    const change: Partial<Item> = { evaluation: ctx.data.result };
    if (ctx.data.result === 'unsatisfied') change.rehandleCount = item.rehandleCount + 1;
    await update(ctx, change);
    return { [VAR.evaluation]: ctx.data.result };
  },
});

export const reReviewItem = defineForm({
  title: '复查议题',
  schema: z.object({ outcome: z.enum(['relist', 'close']), note: z.string().trim().max(2000).optional() }),
  async apply(ctx) {
    if (ctx.data.outcome === 'close') await update(ctx, { status: 'closed', closedAt: ctx.deps.clock() });
    return { [VAR.reReviewOutcome]: ctx.data.outcome };
  },
});
