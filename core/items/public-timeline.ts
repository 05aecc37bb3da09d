/**
 * The steps of an item an enterprise follows on the tracking page, in its words. The action log records every
 * step, internal ones too (deadlines set, tasks claimed, comments, supervision, recalculations); the enterprise sees
 * only those that change what it can expect, so that "确定交办时限" or a colleague's remark never reaches it. Each
 * public step has a key of its own (not the log's action), by which the pages name it in their language.
 */
export const PUBLIC_STEPS: Readonly<Record<string, { key: string; label: string }>> = {
  'item.submitted': { key: 'received', label: '已收到您反映的问题' },
  'item.listed': { key: 'listed', label: '已列入问题清单，将提交政企恳谈会研究' },
  'item.merged': { key: 'merged', label: '已与同类问题合并办理' },
  'item.declined': { key: 'declined', label: '经审核不予受理' },
  'item.meetingDecided': { key: 'meetingDecided', label: '政企恳谈会已研究' },
  'item.dispatched': { key: 'dispatched', label: '已交办责任部门办理' },
  'extension.applied': { key: 'extended', label: '办理期限已延长' },
  'item.escalated': { key: 'escalated', label: '已提交上级研究' },
  'item.higherLevelDecided': { key: 'higherLevelDecided', label: '上级已研究决定' },
  'item.explained': { key: 'explained', label: '暂不具备解决条件，已向您解释说明' },
  'item.replied': { key: 'replied', label: '责任部门已答复' },
  'evaluation.enterprise': { key: 'evaluationReceived', label: '已收到您的评价' },
  'item.evaluated': { key: 'followedUp', label: '12345热线已回访' },
  'item.published': { key: 'published', label: '办理结果已公开' },
  'item.closed': { key: 'closed', label: '已办结' },
};

export interface PublicStep {
  at: Date;
  key: string;
  label: string;
}

/** The public steps of an item's log (in its order), a step repeated at once shown once. */
export function publicTimeline(log: { action: string; createdAt: Date }[]): PublicStep[] {
  const steps: PublicStep[] = [];
  for (const l of log) {
    const step = PUBLIC_STEPS[l.action];
    if (step && steps[steps.length - 1]?.key !== step.key) steps.push({ at: l.createdAt, ...step });
  }
  return steps;
}
