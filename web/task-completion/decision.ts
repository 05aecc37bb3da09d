/** One topic's decision (at a meeting, or by the higher level for an escalated item) and its checks. */
import { DECISION } from '../../core/contract.js';
import { isoDay, z } from '../validation.js';

export const decisionSchema = z
  .object({
    decision: z.enum(DECISION),
    leadDept: z.string().trim().optional(),
    coDepts: z.array(z.string().trim().min(1)).optional(),
    answer: z.string().trim().max(5000).optional(),
    reReviewDate: isoDay.optional(),
  })
  .superRefine((d, c) => {
    if ((d.decision === 'single' || d.decision === 'multi') && !d.leadDept) c.addIssue({ code: 'custom', path: ['leadDept'], message: '请选择（牵头）责任部门' });
    if (d.decision === 'multi' && !(d.coDepts?.length)) c.addIssue({ code: 'custom', path: ['coDepts'], message: '多部门办理请至少选择1个配合部门' });
    if (d.decision === 'multi' && d.coDepts?.includes(d.leadDept ?? '')) c.addIssue({ code: 'custom', path: ['coDepts'], message: '牵头部门不能同时为配合部门' });
    if (d.decision === 'onSpot' && !d.answer) c.addIssue({ code: 'custom', path: ['answer'], message: '请填写现场答复内容' });
    if (d.decision === 'explain' && !d.answer) c.addIssue({ code: 'custom', path: ['answer'], message: '请填写向企业的解释说明' });
    if (d.decision === 'explain' && !d.reReviewDate) c.addIssue({ code: 'custom', path: ['reReviewDate'], message: '请填写复查日期' });
  });

export type DecisionInput = z.infer<typeof decisionSchema>;

/** The ledger's representation of a decision's departments. */
export function deptsOf(d: DecisionInput): { leadDept: string | null; coDepts: string | null } {
  const dispatched = d.decision === 'single' || d.decision === 'multi';
  return {
    leadDept: dispatched ? d.leadDept ?? null : null,
    coDepts: d.decision === 'multi' && d.coDepts?.length ? d.coDepts.join(',') : null,
  };
}
