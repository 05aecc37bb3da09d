/**
 * 通知模板: the zh-CN wording of each notice to an enterprise. The defaults are here; the bureau may change any of
 * them (stored in the database), using only the placeholders below, written {name}.
 */
import type { Notice } from '../contract.js';

export interface NoticeTemplate {
  subject: string;
  body: string;
}

export const PLACEHOLDERS = {
  itemNo: '议题编号',
  reply: '答复或说明的内容',
  trackUrl: '进度查询和评价的网址',
  reReviewDate: '复查日期（未定时为“另行通知”）',
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;

export const DEFAULT_TEMPLATES: Record<Notice, NoticeTemplate> = {
  declined: { subject: '议题不予受理告知', body: '您提交的议题 {itemNo}经筛查不予列入问题清单。说明：{reply}' },
  merged: { subject: '议题合并告知', body: '您提交的议题 {itemNo}与已有议题内容相同，已合并办理，办理结果将一并告知。' },
  answered: { subject: '议题答复', body: '您提交的议题 {itemNo}已办理完毕。办理结果：{reply}\n12345将对办理情况进行回访，您也可在 {trackUrl} 填写总体评价表。' },
  explained: { subject: '议题解释说明', body: '您提交的议题 {itemNo}暂不具备解决条件。说明：{reply}\n我们将于 {reReviewDate} 复查并帮助谋划新的解决办法。' },
  escalated: { subject: '议题已提交上级恳谈会研究', body: '您提交的议题 {itemNo}本级不能直接办理，已提交上级恳谈会研究解决，我们将定期向您反馈进度。' },
  progress: { subject: '议题办理进度', body: '您提交的议题 {itemNo}仍在上级部门研究中，我们会持续跟进并及时反馈。' },
  replied: { subject: '议题办理结果告知', body: '您提交的议题 {itemNo}已办理完毕。办理结果：{reply}\n12345将对办理情况进行回访，您也可在 {trackUrl} 填写总体评价表。' },
};

/** Placeholders a text uses that are not known (a typo would otherwise reach the enterprise as "{itmNo}"). */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{([^{}\s]*)\}/g)].map((m) => m[1]).filter((p) => !(p in PLACEHOLDERS));
}

export function render(text: string, values: Record<Placeholder, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? values[name as Placeholder] : whole));
}
