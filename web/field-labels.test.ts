import { describe, expect, it } from '@jest/globals';
import { AppError } from '../core/errors.js';
import { recordMeeting } from './task-completion/meeting-forms.js';
import { form1Schema } from './usecases/submit-item.js';
import { parse } from './validation.js';

/** The sentences a refused input gets. */
function textsOf(schema: Parameters<typeof parse>[0], input: unknown): string[] {
  try {
    parse(schema, input);
  } catch (e) {
    return ((e as AppError).details as { fields: { text: string }[] }).fields.map((f) => f.text);
  }
  throw new Error('the input was accepted');
}

describe('validation messages', () => {
  it('name the topic by its place in the list and the field by its label', () => {
    // given a meeting record whose first topic is answered on the spot without an answer, and whose second is
    // given to one department without choosing it (the page sends null)
    const input = { heldDate: '2026-11-20', attended: ['企业甲'], decisions: [{ itemNo: 'QQ1', decision: 'onSpot' }, { itemNo: 'QQ2', decision: 'single', leadDept: null }] };
    // then each problem reads as a sentence
    expect(textsOf(recordMeeting.schema, input)).toEqual(['第1个议题：请填写现场答复内容', '第2个议题：请选择责任部门']);
  });

  it('ask for a missing field by its label and keep a check’s own sentence', () => {
    const texts = textsOf(form1Schema, { enterpriseName: '', personInCharge: '张三', phone: '123', problem: '问题' });
    expect(texts).toEqual(['请填写企业名称', '请填写正确的手机号或固定电话']);
  });

  it('put the sentences in the error’s message as well', () => {
    expect(() => parse(recordMeeting.schema, { heldDate: '2026-02-30', attended: ['企业甲'], decisions: [{ itemNo: 'QQ1', decision: 'explain', answer: '说明' }] }))
      .toThrow('输入有误：召开日期不是有效的日期；第1个议题：请填写复查日期');
  });
});
