/**
 * Completing the item process's user tasks (筛查, 交办, 办理/配合/汇总 (form 2), 审核, 回访 (form 3 by 12345), 复查):
 * each task's fields, checked, and the one command that records it (core/items/commands/).
 */
import { EVALUATION, SCREENING, VAR } from '../../core/contract.js';
import * as item from '../../core/items/commands/index.js';
import { phone, text, yesNo, z } from '../validation.js';
import { defineForm, type FormContext } from './form.js';

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
      if (d.screening === 'merge' && !d.mergeInto) c.addIssue({ code: 'custom', path: ['mergeInto'], message: '请填写被合并到的议题编号' });
      if (d.screening === 'answer' && !d.answer) c.addIssue({ code: 'custom', path: ['answer'], message: '请填写即知即办的答复内容' });
      if (d.screening === 'decline' && !d.reason) c.addIssue({ code: 'custom', path: ['reason'], message: '请填写不予受理的理由' });
    }),
  async apply(ctx) {
    await item.screen(ctx.command, ctx.item!, ctx.data);
    return { [VAR.screening]: ctx.data.screening, [VAR.mergeInto]: ctx.data.mergeInto ?? '' };
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
    const { leadDept, coDepts } = await item.dispatch(ctx.command, ctx.item!, ctx.data);
    return { [VAR.leadDept]: leadDept, [VAR.coDepts]: coDepts.join(','), [VAR.coDeptCount]: coDepts.length };
  },
});

/** 议题办理情况表: 办理结果, 反馈情况, the department's contact (the departments are the task's). */
const form2 = z.object({
  content: text(5000),
  feedback: z.string().trim().max(2000).optional(),
  contact: text(50),
  phone,
});

function handling(ctx: FormContext<z.infer<typeof form2>>, role: 'lead' | 'cooperator') {
  const deptCode = ctx.groups.find((g) => g.startsWith('dept-'))!;
  return item.recordHandling(ctx.command, ctx.item!, { ...ctx.data, deptCode, role, taskId: ctx.task.id });
}

/** The lead department's reply, alone (办理并答复) or after the cooperators' opinions (汇总答复). */
const leadReply = (title: string) =>
  defineForm({
    title,
    schema: form2,
    async apply(ctx) {
      await handling(ctx, 'lead');
      return {};
    },
  });

export const handleItem = leadReply('办理并答复（议题办理情况表）');

export const sendOpinion = defineForm({
  title: '提出配合意见',
  // Cooperators report to the lead department; feeding back to the enterprise is the lead's.
  schema: form2.omit({ feedback: true }),
  async apply(ctx) {
    await handling(ctx, 'cooperator');
    return {};
  },
});

export const consolidateReply = leadReply('汇总答复（议题办理情况表）');

export const approveExtension = defineForm({
  title: '审批延期申请',
  schema: z.object({ approved: yesNo, note: z.string().trim().max(2000).optional() }),
  async apply(ctx) {
    const vars = await ctx.deps.engine.taskVariables(ctx.task.id);
    await item.decideExtension(ctx.command, Number(vars[VAR.extensionRequestId]?.value), ctx.data.note);
    return { [VAR.extensionApproved]: ctx.data.approved };
  },
});

export const reviewReply = defineForm({
  title: '审核答复',
  schema: z.object({ approved: yesNo, note: z.string().trim().max(2000).optional() }).refine((d) => d.approved || !!d.note, { path: ['note'], message: '请填写退回重办的理由' }),
  async apply(ctx) {
    await item.review(ctx.command, ctx.item!, ctx.data.approved);
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
    await item.recordFollowup(ctx.command, ctx.item!, ctx.data);
    return { [VAR.evaluation]: ctx.data.result };
  },
});

export const reReviewItem = defineForm({
  title: '复查议题',
  schema: z.object({ outcome: z.enum(['relist', 'close']), note: z.string().trim().max(2000).optional() }),
  async apply(ctx) {
    await item.reReview(ctx.command, ctx.item!, ctx.data.outcome);
    return { [VAR.reReviewOutcome]: ctx.data.outcome };
  },
});

export const reviewPublication = defineForm({
  title: '审核公开内容',
  schema: z.object({
    publicProblem: text(5000),
    publicAnswer: text(5000),
    note: z.string().trim().max(2000).optional(),
  }),
  async apply(ctx) {
    await item.approvePublication(ctx.command, ctx.item!, ctx.data);
    return {};
  },
});
