import { describe, expect, it } from '@jest/globals';
import { mappingProblems, normalizeDay, rowToIntake, suggestMapping } from './mapping.js';
import { csvRecords } from './read-sheet.js';

describe('mapping a spreadsheet to items', () => {
  it('suggests the columns of a 12345 work-order export by their usual names', () => {
    const headers = ['工单编号', '受理时间', '市场主体名称', '来电人', '来电号码', '诉求内容', '备注'];
    expect(suggestMapping(headers)).toEqual({ sourceRef: '工单编号', submittedOn: '受理时间', enterpriseName: '市场主体名称', personInCharge: '来电人', phone: '来电号码', problem: '诉求内容', remarks: '备注' });
  });

  it('suggests the columns of a 12345 export with the issue’s headers, and of an 电子监察 warning export', () => {
    expect(suggestMapping(['工单编号', '来电时间', '诉求人', '联系电话', '诉求内容', '诉求类型', '承办单位', '企业名称'])).toEqual({ sourceRef: '工单编号', submittedOn: '来电时间', enterpriseName: '企业名称', personInCharge: '诉求人', phone: '联系电话', problem: '诉求内容' });
    const eSupervision = ['序号', '预警编号', '预警时间', '事项名称', '办件编号', '申请单位', '经办人', '联系电话', '预警类型', '预警原因', '承办部门'];
    expect(suggestMapping(eSupervision)).toEqual({ sourceRef: '预警编号', submittedOn: '预警时间', enterpriseName: '申请单位', personInCharge: '经办人', phone: '联系电话', problem: '预警原因' });
  });

  it('names what is missing or not in the file', () => {
    expect(mappingProblems({ enterpriseName: '企业', personInCharge: '联系人', phone: '电话' }, ['企业', '联系人'])).toEqual(['文件中没有“电话”列（联系电话）', '未指定“困难问题”对应的列']);
  });

  it('turns a row into an intake, with dates in ISO form and empty cells left out', () => {
    expect(rowToIntake({ 日期: '2026/11/3 08:30', 企业: '甲公司', 建议: '' }, { submittedOn: '日期', enterpriseName: '企业', suggestion: '建议' }, 'hotline12345')).toEqual({ channel: 'hotline12345', submittedOn: '2026-11-03', enterpriseName: '甲公司' });
    expect(normalizeDay('2026年11月27日')).toBe('2026-11-27');
    expect(normalizeDay('46353')).toBe('2026-11-27');
  });

  it('reads quoted CSV fields with commas, quotes and line breaks', () => {
    expect([...csvRecords('a,"b,1","say ""hi""","two\nlines"\r\nx,y,,z\n')]).toEqual([['a', 'b,1', 'say "hi"', 'two\nlines'], ['x', 'y', '', 'z']]);
  });
});
