/**
 * A task whose form exists only in the model (a designer added the task and gave it a form-js form, no code):
 * its fields are checked against the form's own rules (required, lengths, patterns, choices) and become process
 * variables of the same names, which the model's gateways and later steps read.
 */
import { z, type ZodTypeAny } from 'zod';

interface FormComponent {
  type: string;
  key?: string;
  path?: string;
  label?: string;
  values?: { value: unknown }[];
  validate?: { required?: boolean; maxLength?: number; minLength?: number; pattern?: string; min?: number; max?: number };
  components?: FormComponent[];
  /** Shown, not asked: what the form displays for reference (the original text beside the one to publish). */
  readonly?: boolean;
}

const INPUTS = new Set(['textfield', 'textarea', 'number', 'checkbox', 'radio', 'select', 'checklist', 'taglist', 'datetime']);

/** Every input field of a form-js schema (top level and inside groups), by key; read-only fields ask nothing. */
export function formFields(schema: { components?: FormComponent[] }): FormComponent[] {
  const out: FormComponent[] = [];
  const walk = (cs: FormComponent[] | undefined) => {
    for (const c of cs ?? []) {
      if (c.readonly === true) continue;
      if (c.key && INPUTS.has(c.type)) out.push(c);
      else if (c.type === 'group' || (c.type === 'dynamiclist' && !c.path)) walk(c.components);
      else if (c.type === 'dynamiclist' && c.path) out.push(c);
    }
  };
  walk(schema.components);
  return out;
}

function fieldSchema(c: FormComponent): ZodTypeAny {
  const v = c.validate ?? {};
  let s: ZodTypeAny;
  switch (c.type) {
    case 'number': {
      let n = z.coerce.number();
      if (v.min !== undefined) n = n.min(v.min);
      if (v.max !== undefined) n = n.max(v.max);
      s = n;
      break;
    }
    case 'checkbox':
      s = z.boolean();
      break;
    case 'checklist':
    case 'taglist':
      s = z.array(z.string()).min(v.required ? 1 : 0);
      break;
    default: {
      let t = z.string().trim().max(v.maxLength ?? 5000);
      if (v.required) t = t.min(Math.max(1, v.minLength ?? 1));
      if (v.pattern) t = t.regex(new RegExp(v.pattern), '格式不正确');
      if (c.values?.length) s = t.refine((x) => c.values!.some((o) => String(o.value) === x), `取值应为：${c.values.map((o) => String(o.value)).join('、')}`);
      else s = t;
    }
  }
  return v.required ? s : s.optional();
}

/** A zod schema for the values of a model-only form; lists (dynamic lists) are not taken as variables. */
export function modelFormSchema(schema: { components?: FormComponent[] }) {
  const shape: Record<string, ZodTypeAny> = {};
  for (const c of formFields(schema)) if (c.key) shape[c.key] = fieldSchema(c);
  return z.object(shape);
}
