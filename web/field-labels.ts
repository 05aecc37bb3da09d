/**
 * What a refused field is called on the page, so that a validation error reads as a sentence a clerk understands:
 * `decisions.0.answer` missing is "第1个议题：请填写现场答复内容", `decisions.1.leadDept` missing is "第2个议题：请选择
 * 责任部门". The one mapping from field paths to words: every API answer carries the sentence (`text`) beside the
 * path, and every page shows the sentence.
 */
import type { z } from 'zod';

interface FieldLabel {
  label: string;
  /** Chosen from a list ("请选择…") rather than typed ("请填写…"). */
  choice?: boolean;
}

export const FIELD_LABELS: Readonly<Record<string, FieldLabel>> = {
  enterpriseName: { label: '企业名称' },
  creditCode: { label: '统一社会信用代码' },
  industry: { label: '所属行业' },
  chamber: { label: '所属商会' },
  personInCharge: { label: '负责人' },
  phone: { label: '联系电话' },
  email: { label: '电子邮箱' },
  problem: { label: '困难问题' },
  suggestion: { label: '意见建议' },
  remarks: { label: '备注' },
  channel: { label: '来源渠道', choice: true },
  submittedOn: { label: '提交日期' },
  sourceRef: { label: '来源编号' },
  screening: { label: '筛查结果', choice: true },
  mergeInto: { label: '被合并到的议题编号' },
  reason: { label: '理由' },
  title: { label: '标题' },
  body: { label: '正文' },
  itemNos: { label: '引用的议题' },
  kind: { label: '会议类型', choice: true },
  plannedDate: { label: '计划召开日期' },
  heldDate: { label: '召开日期' },
  place: { label: '地点' },
  minutes: { label: '会议纪要' },
  representative: { label: '参会代表' },
  itemNo: { label: '议题编号' },
  decision: { label: '处理方式', choice: true },
  leadDept: { label: '责任部门', choice: true },
  coDepts: { label: '配合部门', choice: true },
  answer: { label: '现场答复内容' },
  reReviewDate: { label: '复查日期' },
  days: { label: '延期天数' },
  approved: { label: '审批意见', choice: true },
  note: { label: '意见' },
  reply: { label: '答复内容' },
  result: { label: '评价结果', choice: true },
  overallOpinion: { label: '总体评价意见' },
  otherSuggestions: { label: '其他意见建议' },
  evaluatorName: { label: '负责人' },
  code: { label: '查询码' },
  publicProblem: { label: '公开的问题内容' },
  publicAnswer: { label: '公开的答复内容' },
  username: { label: '用户名' },
  password: { label: '密码' },
};

/** Lists whose members are counted: `decisions.1` is "第2个议题". */
export const LIST_LABELS: Readonly<Record<string, string>> = {
  decisions: '个议题',
  agenda: '个议题',
  invitees: '家邀请企业',
  attended: '家出席企业',
  coDepts: '个配合部门',
  rows: '行',
};

function isMissing(issue: z.ZodIssue): boolean {
  if (issue.code === 'invalid_type') return issue.received === 'undefined' || issue.received === 'null' || (issue.expected === 'string' && issue.received === 'nan');
  return issue.code === 'too_small' && issue.type === 'string' && Number(issue.minimum) === 1;
}

/** The sentence for one refused field. */
export function fieldText(issue: z.ZodIssue): string {
  const path = issue.path;
  const where: string[] = [];
  for (let i = 0; i < path.length - 1; i++) {
    const list = LIST_LABELS[String(path[i])];
    if (list && typeof path[i + 1] === 'number') where.push(`第${Number(path[i + 1]) + 1}${list}`);
  }
  const leaf = [...path].reverse().find((p) => typeof p === 'string');
  const known = leaf !== undefined ? FIELD_LABELS[leaf] : undefined;
  const label = known?.label ?? (leaf ?? '');
  let sentence: string;
  if (known && (isMissing(issue) || (known.choice && issue.code === 'invalid_type'))) sentence = `请${known.choice ? '选择' : '填写'}${label}`;
  // A message that asks ("请…") or names the field itself is a sentence already; else it says what is wrong
  // with the field ("不是有效的日期") and is led by its label.
  else if (!label || issue.message.startsWith('请') || issue.message.includes(label)) sentence = issue.message;
  else sentence = `${label}${/^[A-Za-z]/.test(label) ? '：' : ''}${issue.message}`;
  return where.length ? `${where.join('')}：${sentence}` : sentence;
}
