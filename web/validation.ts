/**
 * Input validation with zod and zh-CN messages. `parse` turns a failure into one 400 VALIDATION_FAILED error
 * listing each field and what is wrong with it.
 */
import { z, type ZodTypeAny } from 'zod';
import { badRequest } from '../core/errors.js';
import { isCalendarDate } from '../core/calendar/dates.js';
import { fieldText } from './field-labels.js';

const zhErrorMap: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      return { message: issue.received === 'undefined' ? '必填' : '类型不正确' };
    case z.ZodIssueCode.too_small:
      return { message: issue.type === 'array' ? `至少需要${issue.minimum}项` : issue.type === 'string' ? (issue.minimum === 1 ? '必填' : `至少${issue.minimum}个字符`) : `不能小于${issue.minimum}` };
    case z.ZodIssueCode.too_big:
      return { message: issue.type === 'array' ? `最多${issue.maximum}项` : issue.type === 'string' ? `最多${issue.maximum}个字符` : `不能大于${issue.maximum}` };
    case z.ZodIssueCode.invalid_enum_value:
      return { message: `取值应为：${issue.options.join('、')}` };
    case z.ZodIssueCode.invalid_string:
      return { message: '格式不正确' };
    default:
      return { message: ctx.defaultError };
  }
};
z.setErrorMap(zhErrorMap);

export function parse<S extends ZodTypeAny>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input ?? {});
  if (r.success) return r.data as z.infer<S>;
  // `field` and `message` for programs (and the import's report by column), `text` the sentence for people.
  const fields = r.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message, text: fieldText(i) }));
  throw badRequest('VALIDATION_FAILED', `输入有误：${fields.map((f) => f.text).join('；')}`, { fields });
}

/** A real calendar day written YYYY-MM-DD (2026-02-30 is refused, not rolled over to March). */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '格式应为 YYYY-MM-DD')
  .refine(isCalendarDate, '不是有效的日期');
export const phone = z.string().trim().regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '请填写正确的手机号或固定电话');
export const text = (max: number) => z.string().trim().min(1).max(max);
/** A yes/no answer, as JSON true/false or as the "true"/"false" a form's radio buttons send. */
export const yesNo = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);
export { z };
