/**
 * The steps of an item an enterprise follows on the tracking page, in its words. The action log records every
 * step, internal ones too (deadlines set, tasks claimed, comments, supervision, recalculations); the enterprise sees
 * only those that change what it can expect, so that "确定交办时限" or a colleague's remark never reaches it.
 */
export const PUBLIC_STEPS: Readonly<Record<string, string>> = {
  'item.submitted': '已收到您反映的问题',
  'item.listed': '已列入问题清单，将提交政企恳谈会研究',
  'item.merged': '已与同类问题合并办理',
  'item.declined': '经审核不予受理',
  'item.meetingDecided': '政企恳谈会已研究',
  'item.dispatched': '已交办责任部门办理',
  'extension.applied': '办理期限已延长',
  'item.escalated': '已提交上级研究',
  'item.higherLevelDecided': '上级已研究决定',
  'item.explained': '暂不具备解决条件，已向您解释说明',
  'item.replied': '责任部门已答复',
  'evaluation.enterprise': '已收到您的评价',
  'item.evaluated': '12345热线已回访',
  'item.published': '办理结果已公开',
  'item.closed': '已办结',
};

export interface PublicStep {
  at: Date;
  label: string;
}

/** The public steps of an item's log (in its order), a step repeated at once shown once. */
export function publicTimeline(log: { action: string; createdAt: Date }[]): PublicStep[] {
  const steps: PublicStep[] = [];
  for (const l of log) {
    const label = PUBLIC_STEPS[l.action];
    if (label && steps[steps.length - 1]?.label !== label) steps.push({ at: l.createdAt, label });
  }
  return steps;
}
