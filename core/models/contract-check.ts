/**
 * The code's side of a deployment: a set of models and forms the code can run. bpmnlint knows BPMN; this knows
 * what the workers and the task pages need — so that a deployment cannot leave a service task without a worker,
 * a user task without its form, a form asking for fields its completion does not know, or the code looking for
 * a process, an activity or a message that is gone. Findings name the file and the element, like bpmnlint's.
 */
import type { LintIssue, ModelFacts } from './lint.js';

export interface KnownContract {
  /** topics a worker handles */
  topics: readonly string[];
  /** processes, activities and messages the code starts, looks for or correlates */
  processes: readonly string[];
  activities: readonly string[];
  messages: readonly string[];
  /** each form id the code completes, with the fields its completion validates */
  formFields: Readonly<Record<string, readonly string[]>>;
}

export interface ModelSet {
  models: { name: string; facts: ModelFacts }[];
  /** form files: their id and the keys of the fields they ask for (null when the file is not a form) */
  forms: { name: string; id: string | null; fields: string[] }[];
}

const USER_TASK = 'UserTask';
const EXTERNAL_TYPES = new Set(['ServiceTask', 'SendTask', 'BusinessRuleTask', 'IntermediateThrowEvent', 'EndEvent']);

const error = (file: string | undefined, id: string, rule: string, message: string): LintIssue => ({ ...(file ? { file } : {}), id, rule: `qinqing/${rule}`, category: 'error', message });

export function checkContract(set: ModelSet, known: KnownContract): LintIssue[] {
  const out: LintIssue[] = [];
  const formsById = new Map(set.forms.filter((f) => f.id).map((f) => [f.id!, f]));
  for (const { name, facts } of set.models) {
    for (const p of facts.processes) {
      for (const e of p.elements) {
        if (e.topic !== null && EXTERNAL_TYPES.has(e.type) && !known.topics.includes(e.topic)) {
          out.push(error(name, e.id, 'topic-handled', `没有处理主题“${e.topic}”的后台程序，实例会停在这里`));
        }
        if (e.type !== USER_TASK) continue;
        if (!e.formRef) {
          out.push(error(name, e.id, 'user-task-form', `用户任务“${e.name ?? e.id}”没有表单（camunda:formRef）`));
          continue;
        }
        if (e.formRefBinding !== 'deployment') out.push(error(name, e.id, 'user-task-form', `用户任务“${e.name ?? e.id}”的表单须按部署绑定（camunda:formRefBinding="deployment"）`));
        const form = formsById.get(e.formRef);
        if (!form) {
          out.push(error(name, e.id, 'user-task-form', `用户任务“${e.name ?? e.id}”引用的表单 ${e.formRef} 不在本次部署中`));
          continue;
        }
        const coded = known.formFields[e.formRef];
        if (coded) {
          const missing = coded.filter((k) => !form.fields.includes(k));
          const extra = form.fields.filter((k) => !coded.includes(k));
          if (missing.length || extra.length) {
            out.push(error(form.name, e.id, 'form-fields', `表单 ${e.formRef} 的字段与系统办理逻辑不一致${missing.length ? `，缺少：${missing.join('、')}` : ''}${extra.length ? `，系统不认识：${extra.join('、')}` : ''}`));
          }
        }
      }
    }
  }
  const processIds = new Set(set.models.flatMap((m) => m.facts.processes.map((p) => p.id)));
  const elementIds = new Set(set.models.flatMap((m) => m.facts.processes.flatMap((p) => p.elements.map((e) => e.id))));
  const messages = new Set(set.models.flatMap((m) => m.facts.messages));
  for (const p of known.processes) if (!processIds.has(p)) out.push(error(undefined, p, 'process-required', `系统发起的流程 ${p} 不在本次部署中`));
  for (const a of known.activities) if (!elementIds.has(a)) out.push(error(undefined, a, 'activity-required', `系统依赖的环节 ${a} 不在模型中（改名会使系统找不到它）`));
  for (const m of known.messages) if (!messages.has(m)) out.push(error(undefined, m, 'message-required', `系统发送的消息 ${m} 不在模型中`));
  return out;
}
