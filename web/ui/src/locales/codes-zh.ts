/** Chinese names of the UI's own codes: the models' user tasks and the action log's entries (the server keeps the ledger's). */

export const TASK_ZH: Record<string, string> = {
  ScreenItem: '筛查议题', DispatchItem: '交办议题', HandleItem: '办理并答复', SendOpinion: '提出配合意见', ConsolidateReply: '汇总答复',
  ApproveExtension: '审批延期申请', ReviewReply: '审核答复', RecordEvaluation: '12345回访评价', ReReviewItem: '复查议题', ReviewPublication: '审核公开内容',
  PlanMeeting: '筹备恳谈会', RecordMeeting: '记录恳谈会',
};

export const ACTION_ZH: Record<string, string> = {
  'item.submitted': '提交议题', 'task.claimed': '签收任务', 'task.unclaimed': '退签任务', 'item.status': '状态变更',
  'extension.requested': '申请延期', 'item.published': '结果公开', 'evaluation.enterprise': '企业评价',
  'item.listed': '列入问题清单', 'item.merged': '合并办理', 'item.meetingDecided': '恳谈会研究决定', 'item.higherLevelDecided': '上级研究决定',
  'item.dispatchDueSet': '确定交办时限', 'item.handlingDueSet': '确定办理时限', 'item.commented': '发表意见', 'item.attached': '上传附件',
  'extension.applied': '延期生效', 'extension.withdrawn': '延期申请未送达流程，已撤回', 'extension.rejected': '延期未获批准', 'extension.refusedLimit': '延期超过2次被拒绝', 'evaluation.submitted': '回访评价',
  'item.declined': '不予受理', 'item.explained': '暂不具备条件，解释说明', 'item.escalated': '提交上级研究', 'item.replied': '答复企业',
  'item.dispatched': '交办', 'item.replySubmitted': '提交办理结果', 'item.opinionSent': '提出配合意见', 'item.returnedForRehandling': '退回重办',
  'item.evaluated': '记录回访评价', 'item.publicationDueSet': '确定公开审核时限', 'item.publicationReviewed': '审核公开内容', 'item.closed': '解释办结',
  'item.deadlineRetimed': '录入放假通知后重算交办时限', 'item.ladderRetimed': '录入放假通知后重算督办时点',
  'task.transferred': '转办', 'task.delegated': '委派', 'task.resolved': '委派交回', 'task.returned': '退回', 'task.copied': '抄送', 'task.reminded': '催办任务',
  'supervision.remind': '到期提醒', 'supervision.urge': '催办', 'supervision.notice': '通报', 'supervision.escalate': '督办（报分管领导）',
  'supervision.dispatchOverdue': '交办超时督办', 'supervision.skipped': '督办阶梯一级已停用，未发出',
};

/** An extension request's state (db/entities/item-records.ts EXTENSION_STATUS). */
export const EXTENSION_ZH: Record<string, string> = {
  pending: '待审批', approved: '已批准', rejected: '未批准', refusedLimit: '超过2次，已拒绝', withdrawn: '已撤回',
};

/** A meeting's kind (core/meetings/rules.ts MEETING_KINDS) and state (db/entities/meeting.ts MEETING_STATUS). */
export const MEETING_KIND_ZH: Record<string, string> = { dialogue: '政企恳谈会', symposium: '座谈会', coBuilding: '联建活动', consultation: '问计于企', chamberContact: '商会联络' };
export const MEETING_STATUS_ZH: Record<string, string> = { proposed: '筹备中', planned: '已筹备', held: '已召开', cancelled: '已取消' };

/** Codes only the UI names (the server sends the code). */
export const NOTICE_ZH: Record<string, string> = { declined: '不予受理', merged: '合并办理', answered: '即知即办答复', explained: '解释说明', escalated: '提交上级', progress: '进度反馈', replied: '办理结果' };
export const IMPORT_STATUS_ZH: Record<string, string> = { uploaded: '待导入', running: '导入中', finished: '导入完成', failed: '导入中断' };
export const DAY_KIND_ZH: Record<string, string> = { workday: '工作日', weekend: '周末', holiday: '节假日', adjustedWorkday: '调休上班' };
export const DAY_SOURCE_ZH: Record<string, string> = { notice: '放假通知', statutory: '法定节假日（推算）', weekend: '周末（暂定）', weekday: '工作日（暂定）' };
