/**
 * The shipped task forms (bpmn/forms) in English: each Chinese text of a form — label, description, text block,
 * option — by its words. A form a designer changes keeps its new words in Chinese until they are added here; a
 * test fails when a shipped form has a text this table does not name.
 */
export const FORM_EN: Record<string, string> = {
  '延期每次不超过原办理时限，最多延期2次。': 'Each extension is at most the original time limit, and at most 2 extensions are allowed.',
  '是否同意延期': 'Approve the extension?',
  '同意': 'Approve',
  '不同意': 'Refuse',
  '审批意见': 'Comment',
  '## 议题办理情况表（汇总）\n牵头部门汇总各配合部门意见后统一答复。': '## Handling report (consolidated)\nThe lead department gathers the cooperating departments\' opinions and replies once for all.',
  '办理结果': 'Result',
  '反馈情况': 'Feedback',
  '向企业反馈办理结果的方式、时间和企业意见': 'How and when the enterprise was told the result, and what it said',
  '联系人': 'Contact person',
  '联系电话': 'Contact phone',
  '手机号或固定电话': 'Mobile or landline number',
  '请填写正确的手机号或固定电话': 'Enter a valid mobile or landline number',
  '按恳谈会确定的责任部门交办；如需调整，请重新选择。交办须在1个工作日内完成。': 'Dispatch to the departments the dialogue meeting decided; choose again to change them. Dispatch within 1 working day.',
  '（牵头）责任部门': 'Responsible (lead) department',
  '配合部门': 'Cooperating departments',
  '交办说明': 'Dispatch note',
  '## 议题办理情况表\n办理单位填写办理情况并答复企业。': '## Handling report\nThe handling department records what it did and replies to the enterprise.',
  '会议名称': 'Meeting name',
  '会议地点': 'Venue',
  '计划召开日期': 'Planned date',
  '召开日期': 'Date held',
  '复查日期': 'Re-review date',
  '议程（从问题清单中选择）': 'Agenda (chosen from the problem list)',
  '邀请企业（恳谈会不少于10家）': 'Invited enterprises (at least 10 for a dialogue meeting)',
  '企业名称': 'Enterprise',
  '企业代表': 'Representative',
  '复查结论': 'Re-review conclusion',
  '已具备条件，重新列入问题清单': 'Now solvable: back on the problem list',
  '办结': 'Conclude',
  '复查说明': 'Re-review note',
  '## 总体评价表\n由12345热线回访企业后填写。': '## Overall evaluation\nFilled in by the 12345 hotline after calling the enterprise back.',
  '总体评价': 'Overall evaluation',
  '满意': 'Satisfied',
  '基本满意': 'Mostly satisfied',
  '不满意': 'Dissatisfied',
  '联系不上': 'Could not be reached',
  '总体意见': 'Overall opinion',
  '其他意见建议': 'Other opinions and suggestions',
  '备注': 'Remarks',
  '到会企业': 'Enterprises present',
  '会议纪要': 'Minutes',
  '逐项研究决定': 'Decision on each topic',
  '议题编号': 'Item number',
  '问题': 'Problem',
  '研究决定': 'Decision',
  '现场答复': 'Answered on the spot',
  '单部门办理': 'One department',
  '牵头+配合办理': 'Lead and cooperating departments',
  '提交上级研究': 'Refer to a higher level',
  '解释说明': 'Explain',
  '答复/解释内容': 'Answer or explanation',
  '## 审核公开内容\n以下为将在“办理结果公开”页面公开的内容（姓名、电话等个人信息已自动遮盖）。请核对，删除涉及商业秘密或可识别个人身份的内容后公开。': '## Review what is published\nBelow is what the published results page will show (names, phones and other personal data are masked). Check it, remove business secrets and anything that identifies a person, then publish.',
  '企业反映的问题（原文，不公开）': 'The problem as the enterprise wrote it (not published)',
  '公开的问题内容': 'The problem as published',
  '部门答复（原文，不公开）': 'The department\'s reply as written (not published)',
  '公开的答复内容': 'The reply as published',
  '审核说明（删改了哪些内容及原因，仅内部留存）': 'Review note (what was removed or changed and why; kept internal)',
  '审核结论': 'Review conclusion',
  '审核意见（退回重办须说明理由）': 'Review comment (say why when sending it back)',
  '筛查结论': 'Screening conclusion',
  '列入问题清单（待恳谈会研究）': 'Put on the problem list (for the dialogue meeting)',
  '与已有议题合并办理': 'Merge with an existing item',
  '即知即办，直接答复': 'Answer at once',
  '不予受理': 'Decline',
  '合并到议题编号': 'Merge into item number',
  '答复内容': 'Answer',
  '不予受理理由': 'Reason for declining',
  '## 配合部门意见\n配合部门向牵头部门提出书面意见。': '## Cooperating department\'s opinion\nThe cooperating department gives the lead department its written opinion.',
  '配合意见': 'Opinion',
};

/**
 * A copy of a form schema with every text the table names in English. Every string is looked up, wherever it sits
 * (labels, options, validation messages): a key, an id or an expression is never a Chinese sentence of the table.
 */
export function formInEnglish<T>(schema: T): T {
  const walk = (v: unknown): unknown =>
    typeof v === 'string' ? (FORM_EN[v] ?? v)
      : Array.isArray(v) ? v.map(walk)
        : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
          : v;
  return walk(schema) as T;
}
