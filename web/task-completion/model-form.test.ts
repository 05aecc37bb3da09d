import { describe, expect, it } from '@jest/globals';
import { formFields, modelFormSchema } from './model-form.js';

const schema = {
  components: [
    { type: 'text', text: '说明' },
    { type: 'radio', key: 'verdict', label: '结论', values: [{ value: 'ok' }, { value: 'no' }], validate: { required: true } },
    { type: 'group', components: [{ type: 'textfield', key: 'note', validate: { maxLength: 5 } }] },
    { type: 'number', key: 'days', validate: { min: 1, max: 15 } },
  ],
};

describe('a form that exists only in the model', () => {
  it('finds the input fields, inside groups too', () => {
    expect(formFields(schema).map((f) => f.key)).toEqual(['verdict', 'note', 'days']);
  });

  it('accepts values that keep the form rules', () => {
    expect(modelFormSchema(schema).parse({ verdict: 'ok', note: '好', days: '3' })).toEqual({ verdict: 'ok', note: '好', days: 3 });
  });

  it('refuses a missing required field, an unknown choice, an overlong text and a number out of range', () => {
    const s = modelFormSchema(schema);
    expect(s.safeParse({}).success).toBe(false);
    expect(s.safeParse({ verdict: 'maybe' }).success).toBe(false);
    expect(s.safeParse({ verdict: 'ok', note: '123456' }).success).toBe(false);
    expect(s.safeParse({ verdict: 'ok', days: 16 }).success).toBe(false);
  });
});
