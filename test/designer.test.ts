/**
 * The designer's API on the real engine: the models and forms being edited, versions with running instances,
 * bpmnlint, and deployment — a changed form reaches new items only, and a restart does not undo it.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestSystem, waitForTask, type TestSystem } from './support/harness.js';
import { form1, item } from './support/scenario.js';
import { deployModels, modelFiles } from '../core/setup/deploy-models.js';
import { announceRelease } from '../core/setup/announce-release.js';
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
    // and a restart, deploying bpmn/ again, leaves the designer's version the newest and tells the coordinators so, once
    const outcome = await deployModels(sys.engine, modelsDir());
    expect([outcome.deployed, outcome.designerNewer?.id]).toEqual([false, deployed.body.deploymentId]);
    await announceRelease(sys.deps.notifier, outcome);
    await announceRelease(sys.deps.notifier, outcome);
    expect(screeningLabel(await newItemForm('designer-restart'))).toBe('筛查结论（设计器修改）');
    const notices = (await sys.call('GET', '/api/notifications', coordinator)).body as { dedupeKey: string }[];
    expect(notices.filter((n) => n.dedupeKey.includes(deployed.body.deploymentId))).toHaveLength(1);
  });

  it('refuses a model that fails bpmnlint, naming the element, and deploys nothing', async () => {
    const models = (await sys.call('GET', '/api/designer/models', designer)).body;
    const xml: string = models.files.find((f: { name: string }) => f.name === 'qinqing-meeting.bpmn').content;
    // a task with no way in or out: bpmnlint's no-disconnected rule
    const broken = xml.replace('</bpmn:process>', '<bpmn:task id="Orphan" name="孤立任务" /></bpmn:process>');
    const check = await sys.call('POST', '/api/designer/check', designer, { files: [{ name: 'qinqing-meeting.bpmn', content: broken }] });
    expect(check.body.errors.map((i: { file: string; id: string; rule: string }) => `${i.file} ${i.id}:${i.rule}`)).toContain('qinqing-meeting.bpmn Orphan:no-disconnected');
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

  it('refuses a model the code could not run, naming the element: a topic without a worker, a form field the code does not know', async () => {
    // given the deployed item model and the screening form
    const models = (await sys.call('GET', '/api/designer/models', designer)).body;
    const xml: string = models.files.find((f: { name: string }) => f.name === 'qinqing-item.bpmn').content;
    const noWorker = xml.replace('camunda:topic="item-merge"', 'camunda:topic="item-fax"');
    const form = JSON.parse(models.files.find((f: { name: string }) => f.name === 'forms/ScreenItem.form').content);
    form.components.push({ type: 'textfield', key: 'colour', label: '颜色' });
    // when each is deployed
    const topic = await sys.call('POST', '/api/designer/deploy', designer, { files: [{ name: 'qinqing-item.bpmn', content: noWorker }] });
    const field = await sys.call('POST', '/api/designer/deploy', designer, { files: [{ name: 'forms/ScreenItem.form', content: JSON.stringify(form) }] });
    // then both are refused with the element named, and nothing is deployed
    expect([topic.status, topic.body.code]).toEqual([400, 'MODEL_CONTRACT_FAILED']);
    expect(topic.body.details.issues.map((i: { id: string; rule: string }) => `${i.id}:${i.rule}`)).toEqual(['MergeItem:qinqing/topic-handled']);
    expect([field.status, field.body.code]).toEqual([400, 'MODEL_CONTRACT_FAILED']);
    expect(field.body.details.issues[0]).toMatchObject({ file: 'forms/ScreenItem.form', id: 'ScreenItem', rule: 'qinqing/form-fields' });
    expect(field.body.details.issues[0].message).toContain('colour');
    // and a form its task still names cannot be removed
    const removed = await sys.call('POST', '/api/designer/deploy', designer, { files: [], remove: ['forms/ScreenItem.form'] });
    expect([removed.status, removed.body.code, removed.body.details.issues[0].id]).toEqual([400, 'MODEL_CONTRACT_FAILED', 'ScreenItem']);
    expect((await sys.call('GET', '/api/designer/models', designer)).body.deploymentId).toBe(models.deploymentId);
  });

  it('keeps drafts on the server for every designer, says when one is stale, and deploying one says whose it was', async () => {
    // given a draft saved by one designer
    const models = (await sys.call('GET', '/api/designer/models', designer)).body;
    const form = JSON.parse(models.files.find((f: { name: string }) => f.name === 'forms/ScreenItem.form').content);
    form.components.find((c: { key?: string }) => c.key === 'screening').label = '筛查结论（草稿）';
    const saved = await sys.call('PUT', '/api/designer/drafts', designer, { fileName: 'forms/ScreenItem.form', content: JSON.stringify(form) });
    expect(saved.status).toBe(200);
    // when another designer lists the drafts
    const other = await sys.login('designer2');
    const listed = (await sys.call('GET', '/api/designer/drafts', other)).body as { id: number; owner: string; fileName: string; stale: boolean; baseDeploymentId: string }[];
    const draft = listed.find((d) => d.id === saved.body.id)!;
    // then it is there, the first designer's, started from the newest deployment
    expect([draft.owner, draft.fileName, draft.stale, draft.baseDeploymentId]).toEqual(['designer', 'forms/ScreenItem.form', false, models.deploymentId]);
    // and when the other designer deploys it, the version's log says whose draft it was, and the draft is gone
    const deployed = await sys.call('POST', '/api/designer/deploy', other, { draftIds: [draft.id] });
    expect(deployed.status).toBe(201);
    expect(deployed.body.changed).toEqual(['forms/ScreenItem.form']);
    const versions = (await sys.call('GET', '/api/designer/versions', other)).body as { key: string; versions: { deploymentId: string; deployedBy: string; drafts: { owner: string; file: string }[] }[] }[];
    const newest = versions.find((p) => p.key === 'qinqing-item')!.versions[0];
    expect(newest.deploymentId).toBe(deployed.body.deploymentId);
    expect(newest.drafts).toEqual([{ owner: 'designer', ownerName: expect.any(String), file: 'forms/ScreenItem.form' }]);
    expect((await sys.call('GET', '/api/designer/drafts', designer)).body.find((d: { id: number }) => d.id === draft.id)).toBeUndefined();
    // and a draft started before that deployment is now stale
    const older = await sys.call('PUT', '/api/designer/drafts', designer, { fileName: 'forms/ReviewReply.form', content: '{"id":"ReviewReplyForm","components":[]}', baseDeploymentId: models.deploymentId });
    const again = (await sys.call('GET', '/api/designer/drafts', designer)).body.find((d: { id: number }) => d.id === older.body.id);
    expect(again.stale).toBe(true);
    expect((await sys.call('DELETE', `/api/designer/drafts/${older.body.id}`, designer)).status).toBe(204);
    expect((await sys.call('DELETE', `/api/designer/drafts/${older.body.id}`, designer)).status).toBe(404);
  });

  it('says so when a new release replaces a designer’s deployment', async () => {
    // given a designer's deployment that is the newest, and a release whose bpmn/ differs from the last release
    const newest = (await sys.call('GET', '/api/designer/models', designer)).body;
    expect(newest.source).toBe('qinqing-designer');
    const release = mkdtempSync(join(tmpdir(), 'qq-release-'));
    cpSync(modelsDir(), release, { recursive: true });
    const screening = JSON.parse(readFileSync(join(release, 'forms', 'ScreenItem.form'), 'utf8'));
    screening.components.find((c: { key?: string }) => c.key === 'screening').label = '筛查结论（新发布）';
    writeFileSync(join(release, 'forms', 'ScreenItem.form'), JSON.stringify(screening));
    // when the app starts with it
    const outcome = await deployModels(sys.engine, release);
    await announceRelease(sys.deps.notifier, outcome);
    // then the release is the newest version, and coordinators hear which designer deployment it replaced
    expect([outcome.deployed, outcome.replacedDesigner?.id]).toEqual([true, newest.deploymentId]);
    expect(screeningLabel(await newItemForm('designer-release'))).toBe('筛查结论（新发布）');
    const notices = (await sys.call('GET', '/api/notifications', coordinator)).body as { dedupeKey: string }[];
    expect(notices.filter((n) => n.dedupeKey.startsWith(`models:designer-replaced:${newest.deploymentId}:`))).toHaveLength(1);
    rmSync(release, { recursive: true, force: true });
  });
});
