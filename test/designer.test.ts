/**
 * The designer's API on the real engine: the models and forms being edited, versions with running instances,
 * bpmnlint, and deployment — a changed form reaches new items only, and a restart does not undo it.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestSystem, waitForTask, type TestSystem } from './support/harness.js';
import { form1, item } from './support/scenario.js';
import { deployModels, modelFiles } from '../core/setup/deploy-models.js';
import { modelsDir } from '../main.js';

let sys: TestSystem;
let designer: string;
let coordinator: string;

beforeAll(async () => {
  sys = await startTestSystem();
  [designer, coordinator] = await Promise.all([sys.login('designer'), sys.login('coordinator')]);
});
afterAll(async () => {
  // The engine is shared by the suites: leave the models of bpmn/ as the newest version again.
  if (sys) await sys.call('POST', '/api/designer/deploy', designer, { files: await modelFiles(modelsDir()) });
  await sys?.cleanup();
});

async function newItemForm(n: string) {
  const submitted = await sys.call('POST', '/api/public/items', null, form1(n));
  const i = await item(sys, submitted.body.itemNo);
  const [task] = await waitForTask(sys.engine, i.processInstanceId!, 'ScreenItem');
  return (await sys.call('GET', `/api/tasks/${task.id}/form`, coordinator)).body.schema as { components: { key?: string; label?: string }[] };
}

const screeningLabel = (schema: { components: { key?: string; label?: string }[] }) => schema.components.find((c) => c.key === 'screening')!.label;

describe('the designer', () => {
  it('edits every model and form of the newest deployment and sees each version with its running instances', async () => {
    // given an item running on the current version
    await newItemForm('designer-versions');
    // when the designer opens the models and the versions
    const models = await sys.call('GET', '/api/designer/models', designer);
    const versions = await sys.call('GET', '/api/designer/versions', designer);
    // then the three models and the eleven forms are there, and the item's version counts its instance
    expect(models.status).toBe(200);
    const names: string[] = models.body.files.map((f: { name: string }) => f.name);
    expect(names.filter((n) => n.endsWith('.bpmn')).sort()).toEqual(['qinqing-item.bpmn', 'qinqing-meeting.bpmn', 'qinqing-quarter.bpmn']);
    expect(names.filter((n) => n.startsWith('forms/'))).toHaveLength(readdirSync('bpmn/forms').length);
    const itemProcess = versions.body.find((p: { key: string }) => p.key === 'qinqing-item');
    expect(itemProcess.versions[0].running).toBeGreaterThanOrEqual(1);
  });

  it('is the only role that may see or deploy models', async () => {
    for (const path of ['/api/designer/models', '/api/designer/versions']) expect((await sys.call('GET', path, coordinator)).status).toBe(403);
    expect((await sys.call('POST', '/api/designer/deploy', coordinator, { files: [{ name: 'forms/ScreenItem.form', content: '{}' }] })).status).toBe(403);
  });

  it('deploys a changed form that new items get, while running items keep theirs, and a restart keeps it', async () => {
    // given an item opened before the change
    const before = await newItemForm('designer-before');
    const models = (await sys.call('GET', '/api/designer/models', designer)).body;
    const form = JSON.parse(models.files.find((f: { name: string }) => f.name === 'forms/ScreenItem.form').content);
    form.components.find((c: { key?: string }) => c.key === 'screening').label = '筛查结论（设计器修改）';
    // when the designer deploys the changed form
    const deployed = await sys.call('POST', '/api/designer/deploy', designer, { files: [{ name: 'forms/ScreenItem.form', content: JSON.stringify(form) }] });
    expect(deployed.status).toBe(201);
    expect(deployed.body.changed).toEqual(['forms/ScreenItem.form']);
    // then a new item gets the new form and the earlier one keeps the form of its own version
    expect(screeningLabel(await newItemForm('designer-after'))).toBe('筛查结论（设计器修改）');
    expect(screeningLabel(before)).toBe('筛查结论');
    // and a restart, deploying bpmn/ again, leaves the designer's version the newest
    await deployModels(sys.engine, modelsDir());
    expect(screeningLabel(await newItemForm('designer-restart'))).toBe('筛查结论（设计器修改）');
  });

  it('refuses a model that fails bpmnlint, naming the element, and deploys nothing', async () => {
    const models = (await sys.call('GET', '/api/designer/models', designer)).body;
    const xml: string = models.files.find((f: { name: string }) => f.name === 'qinqing-meeting.bpmn').content;
    // a task with no way in or out: bpmnlint's no-disconnected rule
    const broken = xml.replace('</bpmn:process>', '<bpmn:task id="Orphan" name="孤立任务" /></bpmn:process>');
    const lint = await sys.call('POST', '/api/designer/lint', designer, { xml: broken });
    expect(lint.body.map((i: { id: string; rule: string }) => `${i.id}:${i.rule}`)).toContain('Orphan:no-disconnected');
    const r = await sys.call('POST', '/api/designer/deploy', designer, { files: [{ name: 'qinqing-meeting.bpmn', content: broken }] });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('MODEL_LINT_FAILED');
    expect((await sys.call('GET', '/api/designer/models', designer)).body.deploymentId).toBe(models.deploymentId);
  });

  it('refuses a form without an id and a file name outside the pattern', async () => {
    const noId = await sys.call('POST', '/api/designer/deploy', designer, { files: [{ name: 'forms/X.form', content: '{"components":[]}' }] });
    expect([noId.status, noId.body.code]).toEqual([400, 'FORM_INVALID']);
    const badName = await sys.call('POST', '/api/designer/deploy', designer, { files: [{ name: '../x.bpmn', content: '<x/>' }] });
    expect([badName.status, badName.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
