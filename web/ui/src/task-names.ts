/** The user tasks of the models, by task definition key (the engine gives each task's own name too). */
export const TASK_NAMES: Record<string, string> = {
  ScreenItem: '筛查议题', DispatchItem: '交办议题', HandleItem: '办理并答复', SendOpinion: '提出配合意见', ConsolidateReply: '汇总答复',
  ApproveExtension: '审批延期申请', ReviewReply: '审核答复', RecordEvaluation: '12345回访评价', ReReviewItem: '复查议题', ReviewPublication: '审核公开内容',
  PlanMeeting: '筹备恳谈会', RecordMeeting: '记录恳谈会',
};
