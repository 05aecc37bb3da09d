/** zh-CN labels of the ledger's codes, for people (pages, exports, notices). */
export const STATUS_LABEL: Record<string, string> = {
  submitted: '已提交，待筛查', declined: '不予受理', merged: '已合并办理', listed: '已列入问题清单，待恳谈会研究',
  explained: '暂不具备解决条件，已解释说明', escalated: '已提交上级研究', awaitingDispatch: '待交办', handling: '办理中',
  reviewing: '办理中（答复审核）', replied: '已答复，待回访', closed: '已办结', published: '已办结并公开',
};

export const CHANNEL_LABEL: Record<string, string> = {
  online: '网上提交', hotline12345: '12345热线', eSupervision: '电子监察', visit: '走访调研', oneStop: '一站式服务中心',
  cannotDo: '办不成事窗口', creditComplaint: '诚信建设投诉窗口', meeting: '恳谈会现场',
};

export const DECISION_LABEL: Record<string, string> = {
  none: '', onSpot: '即知即办', single: '单部门办理', multi: '牵头+配合办理', escalate: '提交上级', explain: '解释说明',
};

export const EVALUATION_LABEL: Record<string, string> = {
  satisfied: '满意', basic: '基本满意', unsatisfied: '不满意', unreachable: '联系不上',
};
