/**
 * The BPMN models are the contract: every topic has exactly one handler, every handler a topic; every message,
 * user task and form key in the models is a constant of core/contract.ts; the models pass the repository's
 * .bpmnlintrc (bpmnlint's recommended rules and camunda-compat's Camunda 7 rules) and deploy as they are.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { ACTIVITY, GROUP, MESSAGE, PROCESS, TASK, TOPIC, formIdOf } from '../core/contract.js';
import { HANDLERS } from '../workers/handlers/index.js';
import { FORMS } from '../web/task-completion/index.js';
import { formFields } from '../web/task-completion/model-form.js';
import { codedFields } from '../web/task-completion/form.js';

const formOf: Record<string, { id: string; components: [] }> = Object.fromEntries(
  readdirSync('bpmn/forms').map((f) => [f.replace('.form', ''), JSON.parse(readFileSync(`bpmn/forms/${f}`, 'utf8'))]),
);

const files = readdirSync('bpmn').filter((f) => f.endsWith('.bpmn'));
const models = files.map((f) => ({ file: f, xml: readFileSync(`bpmn/${f}`, 'utf8') }));
const all = (re: RegExp) => [...new Set(models.flatMap((m) => [...m.xml.matchAll(re)].map((x) => x[1])))].sort();

describe('the contract between the models and the code', () => {
  it('names each process after its file', () => {
    for (const m of models) expect(m.xml).toContain(`<bpmn:process id="${m.file.replace('.bpmn', '')}"`);
    expect(files.map((f) => f.replace('.bpmn', '')).sort()).toEqual(Object.values(PROCESS).sort());
  });

  it('has a handler for every topic in the models and a topic in the models for every handler', () => {
    const topics = all(/camunda:topic="([^"]+)"/g);
    expect(topics).toEqual(Object.values(TOPIC).sort());
    expect(Object.keys(HANDLERS).sort()).toEqual(topics);
  });

  it('declares every message of the models as a constant', () => {
    expect(all(/<bpmn:message id="[^"]+" name="([^"]+)"/g)).toEqual(Object.values(MESSAGE).sort());
  });

  it('gives every user task a form deployed with its model, and code for every known task', () => {
    const userTasks = all(/<bpmn:userTask id="([^"]+)"/g);
    expect(userTasks).toEqual(Object.values(TASK).sort());
    const refs = [...new Set(models.flatMap((m) => [...m.xml.matchAll(/<bpmn:userTask id="([^"]+)"[^>]*camunda:formRef="([^"]+)" camunda:formRefBinding="deployment"/g)].map((x) => `${x[1]}=${x[2]}`)))].sort();
    expect(refs).toEqual(userTasks.map((t) => `${t}=${formOf[t]?.id}`));
    expect(Object.keys(FORMS).sort()).toEqual(userTasks);
  });

  it('asks in each task form for exactly the fields its code validates', () => {
    for (const [key, form] of Object.entries(FORMS)) {
      const coded = codedFields(form).sort();
      const asked = formFields(formOf[key]).map((f) => f.key ?? f.path).sort();
      expect({ key, asked }).toEqual({ key, asked: coded });
    }
  });

  it('names each known task’s form after the task, which is how the code knows a renamed task', () => {
    for (const key of Object.values(TASK)) expect({ key, form: formOf[key]?.id }).toEqual({ key, form: formIdOf(key) });
  });

  it('has every activity the code looks for in the models', () => {
    const ids = all(/<bpmn:\w+ id="([^"]+)"/g);
    for (const id of Object.values(ACTIVITY)) expect({ id, inModel: ids.includes(id) }).toEqual({ id, inModel: true });
  });

  it('captures the extension request id on each extension step when the step is created', () => {
    // A later request overwrites the scope's variable; a step retried after that must still see its own request.
    const item = models.find((m) => m.file === 'qinqing-item.bpmn')!.xml;
    for (const id of ['ApproveExtension', 'ApplyExtension', 'RefuseExtension', 'RefuseExtensionOverLimit']) {
      const element = item.slice(item.indexOf(`id="${id}"`), item.indexOf('</bpmn:', item.indexOf(`id="${id}"`) + 1));
      expect({ id, mapped: element.includes('<camunda:inputParameter name="extensionRequestId">${extensionRequestId}</camunda:inputParameter>') }).toEqual({ id, mapped: true });
    }
  });

  it('offers tasks to candidate groups, never to fixed assignees', () => {
    for (const m of models) expect(m.xml).not.toMatch(/camunda:assignee=/);
    const fixed = all(/camunda:candidateGroups="([^"$]+)"/g);
    for (const g of fixed) expect(Object.values(GROUP)).toContain(g);
  });

  it('gives every process a history time to live', () => {
    for (const m of models) expect(m.xml).toMatch(/<bpmn:process [^>]*camunda:historyTimeToLive="P\d+D"/);
  });

  it('passes the repository’s lint rules (recommended and camunda-compat), diagram included, without any finding', () => {
    // bpmnlint is CommonJS over ESM-only dependencies: it runs in plain Node, outside Jest's module system.
    const run = spawnSync(process.execPath, ['scripts/lint-bpmn.mjs'], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as Record<string, unknown[]>;
    expect(Object.keys(report).sort()).toEqual(files.sort());
    for (const file of files) expect({ file, findings: report[file] }).toEqual({ file, findings: [] });
    expect(run.status).toBe(0);
  });

  it('lays out every flow element in the diagram', () => {
    for (const m of models) {
      const elements = [...m.xml.matchAll(/<bpmn:(?:task|userTask|serviceTask|receiveTask|startEvent|endEvent|intermediateCatchEvent|boundaryEvent|exclusiveGateway|eventBasedGateway|subProcess|sequenceFlow) id="([^"]+)"/g)].map((x) => x[1]);
      for (const id of elements) expect({ file: m.file, id, drawn: m.xml.includes(`bpmnElement="${id}"`) }).toEqual({ file: m.file, id, drawn: true });
    }
  });
});
