/** zh-CN labels of the ledger's codes, for people (pages, exports, notices). */
export { STATUS_LABEL } from '../core/items/status.js';

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
