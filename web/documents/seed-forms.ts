/**
 * The seed's three attachments as Word documents, filled in from an item: 附件1 议题表, 附件2 议题办理情况表,
 * 附件3 总体评价表 — the same rows and notes as the printed forms the bureau files.
 */
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Evaluation, HandlingRecord, Item, Supervision } from '../../db/entities/index.js';
import { EVALUATION_LABEL } from '../labels.js';
import { isoDate } from '../../core/calendar/dates.js';

const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };
const text = (s: string, bold = false, size = 24) => new TextRun({ text: s, bold, size, font: FONT });
const lines = (s: string) => s.split('\n').map((l) => new Paragraph({ children: [text(l)] }));
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(content: string, opts: { label?: boolean; span?: number; width?: number } = {}) {
  return new TableCell({
    borders,
    columnSpan: opts.span,
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
    children: opts.label ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [text(content, true)] })] : lines(content || ' '),
  });
}

/** A row of label/value pairs: [label, value, label, value] or [label, value spanning the rest]. */
function row(...pairs: [string, string][]) {
  const cells = pairs.flatMap(([l, v], i) => [cell(l, { label: true, width: 18 }), cell(v, { span: pairs.length === 1 ? 3 : undefined, width: pairs.length === 1 ? 82 : i === 0 ? 32 : 32 })]);
  return new TableRow({ children: cells });
}

function document(title: string, number: string | null, rows: TableRow[], notes: string[]) {
  return Packer.toBuffer(new Document({
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [{
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [text(title, true, 36)] }),
        ...(number ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [text(`编号：${number}`)] })] : []),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
        ...notes.map((n) => new Paragraph({ spacing: { before: 120 }, children: [text(n, false, 21)] })),
      ],
    }],
  }));
}

export function form1Docx(item: Item): Promise<Buffer> {
  return document('乌审旗政务服务“亲清”政企恳谈会议题表', item.itemNo, [
    row(['提交企业', item.enterpriseName], ['负责人', item.personInCharge]),
    row(['联系电话', item.phone], ['提交日期', item.submittedOn]),
    row(['困难问题', item.problem]),
    row(['意见建议', item.suggestion ?? '']),
    row(['备注', item.remarks ?? '（前期问题困难反映情况及初步结果）']),
  ], ['注：1.收集困难问题可以是企业，也可以是企业行业性面临的困难和问题。', '2.提出的意见建议尽可能详细、有效。']);
}

export function form2Docx(item: Item, records: HandlingRecord[], supervisions: Supervision[], deptName: (code: string | null) => string): Promise<Buffer> {
  const round = Math.max(0, ...records.map((r) => r.round));
  const current = records.filter((r) => r.round === round);
  const lead = current.find((r) => r.role === 'lead');
  const cooperators = current.filter((r) => r.role === 'cooperator');
  return document('乌审旗政务服务“亲清”政企恳谈会议题办理情况表', item.itemNo, [
    row(['议题主要内容', item.problem]),
    row(['牵头承办部门（部门）', deptName(item.leadDept)], ['联系人', lead ? `${lead.contact}　${lead.phone}` : '']),
    ...(cooperators.length ? cooperators : [null]).map((c) => row(['配合办理部门（单位）', c ? deptName(c.deptCode) : (item.coDepts ?? '').split(',').filter(Boolean).map(deptName).join('、')], ['联系人', c ? `${c.contact}　${c.phone}` : ''])),
    row(['办理结果', lead?.content ?? item.reply ?? '']),
    row(['反馈情况', lead?.feedback ?? '']),
    row(['督查情况', supervisions.map((s) => s.message).join('\n')]),
  ], ['注：1.议题办理涉及多个部门（单位）的，配合部门（单位）及时把相关意见报牵头部门（单位），由牵头部门（单位）汇总及时反馈。']);
}

export function form3Docx(item: Item, evaluation: Evaluation | null): Promise<Buffer> {
  return document('乌审旗政务服务“亲清”政企恳谈会总体评价表', null, [
    row(['评价企业', item.enterpriseName], ['负责人', evaluation?.evaluatorName ?? item.personInCharge]),
    row(['联系电话', evaluation?.phone ?? item.phone], ['提交日期', evaluation ? isoDate(evaluation.createdAt) : '']),
    row(['总体评价意见', evaluation ? `${EVALUATION_LABEL[evaluation.result] ?? evaluation.result}　${evaluation.overallOpinion ?? ''}` : '']),
    row(['其他意见建议', evaluation?.otherSuggestions ?? '']),
    row(['备注', evaluation?.remarks ?? '']),
  ], []);
}
