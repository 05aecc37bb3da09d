/**
 * The gate before a deployment: bpmnlint (recommended + camunda-compat's Camunda 7 rules) on every model of the
 * set, and the code's contract over the whole set (topics with workers, forms deployed with their tasks and asking
 * for the fields the code knows, the processes, activities and messages the code looks for). Errors block the
 * deployment; warnings and infos are shown. Every finding names its file and element, to mark it on the diagram.
 */
import { checkContract } from '../../../core/models/contract-check.js';
import { inspectModel, type LintIssue, type ModelFacts } from '../../../core/models/lint.js';
import { badRequest } from '../../../core/errors.js';
import { formFields } from '../../task-completion/model-form.js';
import { KNOWN_CONTRACT } from './known-contract.js';

export interface ModelFile {
  name: string;
  content: string;
}

export interface SetReport {
  errors: LintIssue[];
  warnings: LintIssue[];
}

/** Reads a form file's id and fields; a file that is not a form's JSON is refused (it could not be rendered). */
function formOf(f: ModelFile): { name: string; id: string | null; fields: string[] } {
  let form: { id?: unknown; components?: unknown };
  try {
    form = JSON.parse(f.content) as typeof form;
  } catch {
    throw badRequest('FORM_INVALID', `表单 ${f.name} 不是合法的 JSON`);
  }
  if (typeof form.id !== 'string' || !form.id) throw badRequest('FORM_INVALID', `表单 ${f.name} 缺少 id（任务的 formRef 按它引用表单）`);
  if (!Array.isArray(form.components)) throw badRequest('FORM_INVALID', `表单 ${f.name} 缺少 components（表单的字段）`);
  return { name: f.name, id: form.id, fields: formFields(form as { components: [] }).map((c) => c.key ?? c.path ?? '') };
}

/** Lints and checks a whole set of files as it would be deployed. */
export async function checkSet(files: ModelFile[]): Promise<SetReport> {
  const forms = files.filter((f) => f.name.endsWith('.form')).map(formOf);
  const models: { name: string; facts: ModelFacts }[] = [];
  const issues: LintIssue[] = [];
  for (const f of files.filter((x) => x.name.endsWith('.bpmn'))) {
    const r = await inspectModel(f.content);
    if ('parseError' in r) throw badRequest('MODEL_INVALID', `模型 ${f.name} 无法解析：${r.parseError}`);
    issues.push(...r.issues.map((i) => ({ ...i, file: f.name })));
    models.push({ name: f.name, facts: r.facts });
  }
  issues.push(...checkContract({ models, forms }, KNOWN_CONTRACT));
  return { errors: issues.filter((i) => i.category === 'error'), warnings: issues.filter((i) => i.category !== 'error') };
}

/** Refuses a set with errors: bpmnlint's first (MODEL_LINT_FAILED), then the code's contract (MODEL_CONTRACT_FAILED). */
export function assertDeployable(report: SetReport): void {
  if (!report.errors.length) return;
  const lint = report.errors.filter((e) => !e.rule.startsWith('qinqing/'));
  const list = (es: LintIssue[]) => es.slice(0, 8).map((e) => `${e.file ? `${e.file} ` : ''}${e.id}：${e.message}`).join('；') + (es.length > 8 ? `；等${es.length}处` : '');
  if (lint.length) throw badRequest('MODEL_LINT_FAILED', `模型未通过检查：${list(lint)}`, { issues: report.errors, warnings: report.warnings });
  throw badRequest('MODEL_CONTRACT_FAILED', `模型与系统不一致：${list(report.errors)}`, { issues: report.errors, warnings: report.warnings });
}
