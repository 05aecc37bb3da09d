/** Dates in Beijing time and the action log's codes in words. */
import { TASK_NAMES } from './task-names';

const fmt = (opts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', ...opts });
const dayFmt = fmt({ year: 'numeric', month: '2-digit', day: '2-digit' });
const timeFmt = fmt({ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });

export const day = (v: string | Date | null) => (v ? dayFmt.format(new Date(v)).replace(/\//g, '-') : '');
export const time = (v: string | Date | null) => (v ? timeFmt.format(new Date(v)).replace(/\//g, '-') : '');

const ACTIONS: Record<string, string> = {
  'item.submitted': '提交议题', 'task.claimed': '签收任务', 'task.unclaimed': '退签任务', 'item.status': '状态变更',
  'extension.requested': '申请延期', 'item.published': '结果公开', 'evaluation.enterprise': '企业评价',
};

export function actionLabel(action: string): string {
  if (ACTIONS[action]) return ACTIONS[action];
  if (action.startsWith('task.')) return `完成“${TASK_NAMES[action.slice(5)] ?? action.slice(5)}”`;
  return action;
}
