/**
 * Process versions without broken items, on the real engine: items in every wait state of one version, a new
 * version deployed mid-run (a renamed user task, a new user task before the review, a changed reply limit), a
 * migration plan that maps the renamed task, the batch run, and every item driven to its end — and instances of a
 * version with the old `P3D` ladder timers migrated too, their timer taking the new version's expression.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ActionLogEntity, type Item } from '../db/entities/index.js';
import { modelFiles } from '../core/setup/deploy-models.js';
import { fromEngineDate } from '../core/calendar/dates.js';
import { modelsDir } from '../main.js';
import { startTestSystem, waitFor, waitForTask, waitForWorkers, type TestSystem } from './support/harness.js';
import { complete, form1, holdMeeting, item, listedItem, waitForStatus, type TopicDecision } from './support/scenario.js';

let sys: TestSystem;
let designer: string;
let coordinator: string;
let followup: string;
let fgw: string;
let scjg: string;
let zrzy: string;

beforeAll(async () => {
  sys = await startTestSystem();
  [designer, coordinator, followup, fgw, scjg, zrzy] = await Promise.all(['designer', 'coordinator', 'followup', 'fgw', 'scjg', 'zrzy'].map((u) => sys.login(u)));
});
afterAll(async () => {
  // The engine is shared by the suites: leave the models of bpmn/ as the newest version again.
  if (sys) await sys.call('POST', '/api/designer/deploy', designer, { files: await modelFiles(modelsDir()), remove: ['forms/CheckReply.form'] });
  await sys?.cleanup();
});

const ITEM_MODEL = 'qinqing-item.bpmn';
const form2 = (content: string) => ({ content, contact: '刘经办', phone: '0477-7654321' });
const repoModel = async () => (await modelFiles(modelsDir())).find((f) => f.name === ITEM_MODEL)!.content;

/** The version before ADR 0010: the ladder's 通报 and 督办 waited three calendar days (`P3D`) each. */
const legacyModel = (xml: string) => xml
  .replace('<bpmn:timeDate xsi:type="bpmn:tFormalExpression">${ladderNoticeAt}</bpmn:timeDate>', '<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P3D</bpmn:timeDuration>')
  .replace('<bpmn:timeDate xsi:type="bpmn:tFormalExpression">${ladderEscalateAt}</bpmn:timeDate>', '<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P3D</bpmn:timeDuration>');

/** The new version: 审核答复 renamed (its id too), 核对答复材料 inserted before it, one department replies within 10 days. */
const nextModel = (xml: string) => xml
  .replace(/"ReviewReply"/g, '"ReviewDepartmentReply"')
  .replace(/"ReviewReply_di"/g, '"ReviewDepartmentReply_di"')
  .replace('name="审核答复"', 'name="审核部门答复"')
  .replace('<bpmn:sequenceFlow id="Flow_ToReview" sourceRef="HandleItemProcess" targetRef="ReviewDepartmentReply" />',
    '<bpmn:sequenceFlow id="Flow_ToReview" sourceRef="HandleItemProcess" targetRef="CheckReply" />' +
    '<bpmn:userTask id="CheckReply" name="核对答复材料" camunda:candidateGroups="qq-coordinator" camunda:formRef="CheckReplyForm" camunda:formRefBinding="deployment"><bpmn:incoming>Flow_ToReview</bpmn:incoming><bpmn:outgoing>Flow_CheckToReview</bpmn:outgoing></bpmn:userTask>' +
    '<bpmn:sequenceFlow id="Flow_CheckToReview" sourceRef="CheckReply" targetRef="ReviewDepartmentReply" />')
  .replace('<bpmn:incoming>Flow_ToReview</bpmn:incoming>\n      <bpmn:outgoing>Flow_ToReviewGateway</bpmn:outgoing>', '<bpmn:incoming>Flow_CheckToReview</bpmn:incoming>\n      <bpmn:outgoing>Flow_ToReviewGateway</bpmn:outgoing>')
  .replace("${decision == 'multi' ? 15 : 7}", "${decision == 'multi' ? 15 : 10}")
  // drawn too (bpmnlint's no-bpmndi): the new task above the review, its flow into it
  .replace('<bpmndi:BPMNShape id="ReviewDepartmentReply_di"', '<bpmndi:BPMNShape id="CheckReply_di" bpmnElement="CheckReply"><dc:Bounds x="2725" y="190" width="100" height="80" /></bpmndi:BPMNShape>' +
    '<bpmndi:BPMNEdge id="Flow_CheckToReview_di" bpmnElement="Flow_CheckToReview"><di:waypoint x="2775" y="270" /><di:waypoint x="2775" y="310" /></bpmndi:BPMNEdge>' +
    '<bpmndi:BPMNShape id="ReviewDepartmentReply_di"');

const CHECK_FORM = JSON.stringify({
  id: 'CheckReplyForm', type: 'default', schemaVersion: 16,
  components: [
    { type: 'checkbox', key: 'materialsComplete', label: '答复材料齐全', id: 'f1' },
    { type: 'textarea', key: 'checkNote', label: '核对意见', id: 'f2', validate: { required: true } },
  ],
});

async function deploy(files: { name: string; content: string }[]) {
  const r = await sys.call('POST', '/api/designer/deploy', designer, { files });
  expect({ status: r.status, code: r.body.code, details: r.body.details }).toEqual({ status: 201, code: undefined, details: undefined });
  return r.body as { deploymentId: string; versions: { key: string; version: number }[] };
}

const definitionOf = async (pid: string) => (await sys.engine.processInstances({ processInstanceIds: [pid] }))[0].definitionId;

/** The executor is off in tests: the batch's seed job, its migration jobs and its monitor job run over REST. */
async function runBatch(batchId: string) {
  const batch = await sys.engine.request<{ seedJobDefinitionId: string; batchJobDefinitionId: string; monitorJobDefinitionId: string }>('GET', `/batch/${batchId}`);
  for (const definition of [batch.seedJobDefinitionId, batch.batchJobDefinitionId]) {
    for (const job of await sys.engine.jobs({ jobDefinitionId: definition })) await sys.engine.executeJob(job.id);
  }
  const status = (await sys.call('GET', `/api/designer/migrations/${batchId}`, designer)).body;
  for (const job of await sys.engine.jobs({ jobDefinitionId: batch.monitorJobDefinitionId })) await sys.engine.executeJob(job.id);
  return status;
}

async function migrate(sourceProcessDefinitionId: string, edit: (plan: { instructions: { sourceActivityIds: string[]; targetActivityIds: string[]; updateEventTrigger?: boolean }[] }) => void = () => undefined) {
  const generated = await sys.call('POST', '/api/designer/migrations/plan', designer, { sourceProcessDefinitionId });
  expect(generated.status).toBe(200);
  edit(generated.body.plan);
  const validated = await sys.call('POST', '/api/designer/migrations/validate', designer, { plan: generated.body.plan });
  expect(validated.body).toMatchObject({ valid: true, waitingUnmapped: [] });
  const started = await sys.call('POST', '/api/designer/migrations', designer, { plan: generated.body.plan });
  expect(started.status).toBe(202);
  return { generated: generated.body, started: started.body as { batchId: string; instances: number } };
}

// ---- driving an item to its end on the new version ------------------------------------------------------------
async function publish(i: Item) {
  const [task] = await waitForTask(sys.engine, i.processInstanceId!, 'ReviewPublication');
  const form = (await sys.call('GET', `/api/tasks/${task.id}/form`, coordinator)).body;
  const r = await sys.call('POST', `/api/tasks/${task.id}/complete`, coordinator, { publicProblem: form.data.publicProblem, publicAnswer: form.data.publicAnswer });
  expect({ status: r.status, body: r.body }).toEqual({ status: 204, body: null });
  await waitForStatus(sys, i.itemNo, 'published');
}
async function evaluate(i: Item) {
  await complete(sys, followup, i.processInstanceId!, 'RecordEvaluation', { result: 'satisfied', overallOpinion: '满意' });
  await publish(i);
}
async function review(i: Item) {
  await complete(sys, coordinator, i.processInstanceId!, 'ReviewDepartmentReply', { approved: true });
  await evaluate(i);
}
async function check(i: Item) {
  await complete(sys, coordinator, i.processInstanceId!, 'CheckReply', { materialsComplete: true, checkNote: '材料齐全' });
  await review(i);
}
async function handle(i: Item) {
  await complete(sys, fgw, i.processInstanceId!, 'HandleItem', form2('已协调解决，一次性告知所需材料。'));
  await check(i);
}
async function dispatch(i: Item) {
  await complete(sys, coordinator, i.processInstanceId!, 'DispatchItem', {});
  await handle(i);
}

interface Groups { [state: string]: Item[] }
const groups: Groups = {};
const legacy: Item[] = [];
const versions: Record<string, string> = {};
let timersBefore: Map<string, string | null>;

describe('a new process version deployed while items run', () => {
  it('starts items on a version with the old P3D ladder, two of them waiting at 通报', async () => {
    // given the legacy model deployed, and two items overdue on it
    const legacyDeployment = await deploy([{ name: ITEM_MODEL, content: legacyModel(await repoModel()) }]);
    expect(legacyDeployment.versions.map((v) => v.key)).toContain('qinqing-item');
    for (const n of [1, 2]) legacy.push(await listedItem(sys, coordinator, `version-legacy-${n}`));
    await holdMeeting(sys, coordinator, '2026-11-20', legacy.map((i) => ({ itemNo: i.itemNo, decision: 'single', leadDept: 'dept-fgw' })));
    for (const i of legacy) {
      await complete(sys, coordinator, i.processInstanceId!, 'DispatchItem', {});
      const [overdue] = await waitFor(async () => { const j = await sys.engine.jobs({ processInstanceId: i.processInstanceId, activityId: 'HandlingOverdue', timers: true }); return j.length ? j : null; }, 'the overdue timer');
      await sys.engine.executeJob(overdue.id);
      await waitForWorkers(sys.engine, i.processInstanceId!);
      // then each waits at 通报 on a timer three calendar days from now, not on the bureau's ladder
      const [notice] = await sys.engine.jobs({ processInstanceId: i.processInstanceId, activityId: 'NoticeDue', timers: true });
      const days = (fromEngineDate(notice.dueDate!).getTime() - Date.now()) / 86400000;
      expect(days).toBeGreaterThan(2.9);
      expect(days).toBeLessThan(3.1);
    }
    versions.legacy = await definitionOf(legacy[0].processInstanceId!);
  });

  it('puts 40+ items of the current version into every wait state', async () => {
    // given the repository's models as the newest version again
    await deploy(await modelFiles(modelsDir()));
    const listed = async (state: string, count: number) => (groups[state] = await Promise.all(Array.from({ length: count }, (_, n) => listedItem(sys, coordinator, `version-${state}-${n}`))));
    groups.screening = await Promise.all(Array.from({ length: 5 }, async (_, n) => item(sys, (await sys.call('POST', '/api/public/items', null, form1(`version-screening-${n}`))).body.itemNo)));
    await listed('agenda', 5);
    for (const [state, count] of [['dispatch', 4], ['handling', 5], ['multi', 4], ['extension', 4], ['escalated', 4], ['explained', 4], ['review', 4], ['evaluation', 4], ['publication', 3]] as const) await listed(state, count);
    const decide = (state: string, d: Omit<TopicDecision, 'itemNo'>) => groups[state].map((i) => ({ itemNo: i.itemNo, ...d }));
    await holdMeeting(sys, coordinator, '2026-11-20', [
      ...['dispatch', 'handling', 'extension', 'review', 'evaluation', 'publication'].flatMap((s) => decide(s, { decision: 'single', leadDept: 'dept-fgw' })),
      ...decide('multi', { decision: 'multi', leadDept: 'dept-fgw', coDepts: ['dept-scjg', 'dept-zrzy'] }),
      ...decide('escalated', { decision: 'escalate' }),
      ...decide('explained', { decision: 'explain', answer: '受国家政策限制，暂不具备条件。', reReviewDate: '2027-03-01' }),
    ]);
    for (const i of [...groups.handling, ...groups.multi, ...groups.extension, ...groups.review, ...groups.evaluation, ...groups.publication]) await complete(sys, coordinator, i.processInstanceId!, 'DispatchItem', {});
    for (const i of groups.extension) {
      const r = await sys.call('POST', `/api/items/${i.itemNo}/extensions`, fgw, { reason: '需要上级部门会签', days: 5 });
      expect(r.status).toBe(202);
      await waitForTask(sys.engine, i.processInstanceId!, 'ApproveExtension');
    }
    for (const i of [...groups.review, ...groups.evaluation, ...groups.publication]) await complete(sys, fgw, i.processInstanceId!, 'HandleItem', form2('已协调解决。'));
    for (const i of [...groups.evaluation, ...groups.publication]) await complete(sys, coordinator, i.processInstanceId!, 'ReviewReply', { approved: true });
    for (const i of groups.publication) {
      await complete(sys, followup, i.processInstanceId!, 'RecordEvaluation', { result: 'satisfied', overallOpinion: '满意' });
      await waitForTask(sys.engine, i.processInstanceId!, 'ReviewPublication');
    }
    for (const i of groups.escalated) await waitForStatus(sys, i.itemNo, 'escalated');
    for (const i of groups.explained) await waitForStatus(sys, i.itemNo, 'explained');
    const all = Object.values(groups).flat();
    expect(all.length).toBeGreaterThanOrEqual(40);
    versions.current = await definitionOf(all[0].processInstanceId!);
    for (const i of all) expect(await definitionOf(i.processInstanceId!)).toBe(versions.current);
    const jobs = await sys.engine.jobs({ processDefinitionId: versions.current, timers: true });
    timersBefore = new Map(jobs.map((j) => [j.id, j.dueDate]));
    // the waits with timers are there: 交办, the ladder of each item in handling, 进度反馈, 复查, 公开审核
    expect(jobs.length).toBeGreaterThanOrEqual(4 + 2 * 5 + 4 + 4 + 3);
  });

  it('deploys a new version and shows, per older version, how many instances wait where', async () => {
    // when the designer deploys the changed model with the new task's form
    const next = await deploy([{ name: ITEM_MODEL, content: nextModel(await repoModel()) }, { name: 'forms/CheckReply.form', content: CHECK_FORM }]);
    expect(next.versions.find((v) => v.key === 'qinqing-item')).toBeDefined();
    // then the overview lists the current and the legacy version with their waiting instances
    const overview = (await sys.call('GET', '/api/designer/migrations', designer)).body as { key: string; latest: { definitionId: string }; older: { definitionId: string; running: number; activities: { id: string; name: string | null; instances: number }[] }[] }[];
    const itemProcess = overview.find((p) => p.key === 'qinqing-item')!;
    versions.next = itemProcess.latest.definitionId;
    const current = itemProcess.older.find((o) => o.definitionId === versions.current)!;
    expect(current.running).toBe(Object.values(groups).flat().length);
    const waiting = Object.fromEntries(current.activities.map((a) => [a.id, a.instances]));
    expect(waiting).toMatchObject({ ScreenItem: 5, AwaitMeetingDecision: 5, DispatchItem: 4, SendOpinion: 8, ApproveExtension: 4, AwaitHigherLevelDecision: 4, ReReviewDue: 4, ReviewReply: 4, RecordEvaluation: 4, ReviewPublication: 3 });
    expect(current.activities.find((a) => a.id === 'ReviewReply')!.name).toBe('审核答复');
    expect(itemProcess.older.find((o) => o.definitionId === versions.legacy)!.running).toBe(2);
  });

  it('refuses to migrate with a plan that leaves waiting instances behind, naming where they wait', async () => {
    const generated = (await sys.call('POST', '/api/designer/migrations/plan', designer, { sourceProcessDefinitionId: versions.current })).body;
    // the renamed task has no counterpart by id: the plan names it, with the instances that wait there
    expect(generated.unmapped.filter((u: { waiting: number }) => u.waiting > 0)).toEqual([{ id: 'ReviewReply', name: '审核答复', type: 'UserTask', waiting: 4 }]);
    expect(generated.targetActivities.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining(['ReviewDepartmentReply', 'CheckReply']));
    const validated = (await sys.call('POST', '/api/designer/migrations/validate', designer, { plan: generated.plan })).body;
    expect(validated.valid).toBe(true);
    expect(validated.waitingUnmapped.map((u: { id: string }) => u.id)).toEqual(['ReviewReply']);
    // and bad plans are refused before the engine hears of them
    const otherProcess = await sys.call('POST', '/api/designer/migrations/validate', designer, { plan: { ...generated.plan, targetProcessDefinitionId: 'qinqing-meeting:1:x' } });
    expect([otherProcess.status, otherProcess.body.code]).toEqual([400, 'MIGRATION_OTHER_PROCESS']);
    const badId = await sys.call('POST', '/api/designer/migrations', designer, { plan: { ...generated.plan, sourceProcessDefinitionId: '../x' } });
    expect([badId.status, badId.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const unknownActivity = await sys.call('POST', '/api/designer/migrations', designer, { plan: { ...generated.plan, instructions: [...generated.plan.instructions, { sourceActivityIds: ['NoSuchTask'], targetActivityIds: ['ReviewDepartmentReply'] }] } });
    expect([unknownActivity.status, unknownActivity.body.code]).toEqual([400, 'MIGRATION_PLAN_INVALID']);
    expect((await sys.call('GET', '/api/designer/migrations', coordinator)).status).toBe(403);
  });

  it('migrates every instance with the renamed task mapped, keeping every timer’s due date', async () => {
    // when the designer maps the renamed task and migrates all
    const { started } = await migrate(versions.current, (plan) => plan.instructions.push({ sourceActivityIds: ['ReviewReply'], targetActivityIds: ['ReviewDepartmentReply'] }));
    const all = Object.values(groups).flat();
    expect(started.instances).toBe(all.length);
    const status = await runBatch(started.batchId);
    // then every instance is on the new version, nothing failed, and the timers wait for the same instants
    expect(status).toMatchObject({ finished: true, total: all.length, migrated: all.length, failed: [] });
    for (const i of all) expect(await definitionOf(i.processInstanceId!)).toBe(versions.next);
    const after = await sys.engine.jobs({ processDefinitionId: versions.next, timers: true });
    for (const [id, due] of timersBefore) expect({ id, due: after.find((j) => j.id === id)?.dueDate }).toEqual({ id, due });
    // and the log says who migrated what with which plan, and how it ended
    const log = await sys.deps.db.getRepository(ActionLogEntity).find({ where: { entityType: 'migration', entityId: started.batchId }, order: { id: 'ASC' } });
    expect(log.map((l) => [l.action, l.actor])).toEqual([['model.migrationStarted', 'designer'], ['model.migrationFinished', 'system:migration']]);
    const startedLog = JSON.parse(log[0].after!);
    expect([startedLog.source, startedLog.target, startedLog.instances.length]).toEqual([versions.current, versions.next, all.length]);
    expect(startedLog.plan.instructions).toContainEqual({ sourceActivityIds: ['ReviewReply'], targetActivityIds: ['ReviewDepartmentReply'] });
    expect(JSON.parse(log[1].after!)).toEqual({ migrated: all.length, failed: [] });
  });

  it('migrates the P3D instances too, their 通报 timer taking the new version’s ladder time', async () => {
    const { started } = await migrate(versions.legacy, (plan) => {
      for (const ins of plan.instructions) if (ins.sourceActivityIds[0] === 'NoticeDue') ins.updateEventTrigger = true;
    });
    expect(started.instances).toBe(2);
    expect(await runBatch(started.batchId)).toMatchObject({ finished: true, migrated: 2, failed: [] });
    for (const i of legacy) {
      expect(await definitionOf(i.processInstanceId!)).toBe(versions.next);
      const [notice] = await sys.engine.jobs({ processInstanceId: i.processInstanceId, activityId: 'NoticeDue', timers: true });
      const { ladderNoticeAt } = await sys.engine.someVariables(i.processInstanceId!, ['ladderNoticeAt']);
      expect(fromEngineDate(notice.dueDate!).getTime()).toBe(fromEngineDate(String(ladderNoticeAt.value)).getTime());
    }
  });

  it('drives every item to its end on the new version, with no incident and nothing stuck', async () => {
    // the new reply limit reaches items dispatched from now on; items already in handling keep theirs
    for (const i of groups.dispatch) await complete(sys, coordinator, i.processInstanceId!, 'DispatchItem', {});
    for (const i of groups.dispatch) {
      const handling = await waitForStatus(sys, i.itemNo, 'handling');
      expect(Math.round((handling.handlingDue!.getTime() - handling.dispatchedAt!.getTime()) / 86400000)).toBeGreaterThanOrEqual(10);
    }
    for (const i of groups.handling) {
      const h = await item(sys, i.itemNo);
      expect(Math.round((h.handlingDue!.getTime() - h.dispatchedAt!.getTime()) / 86400000)).toBeLessThanOrEqual(8);
    }
    for (const i of groups.dispatch) await handle(i);
    for (const i of groups.screening) await complete(sys, coordinator, i.processInstanceId!, 'ScreenItem', { screening: 'accept' });
    for (const i of groups.screening) await waitForStatus(sys, i.itemNo, 'listed');
    await holdMeeting(sys, coordinator, '2026-11-27', [
      ...groups.screening.map((i) => ({ itemNo: i.itemNo, decision: 'onSpot', answer: '可通过“一网通办”一次性告知清单办理。' })),
      ...groups.agenda.map((i) => ({ itemNo: i.itemNo, decision: 'single', leadDept: 'dept-fgw' })),
    ]);
    for (const i of groups.screening) await evaluate(i);
    for (const i of groups.agenda) await dispatch(i);
    for (const i of [...groups.handling, ...legacy]) await handle(i);
    for (const i of groups.multi) {
      const opinions = await waitForTask(sys.engine, i.processInstanceId!, 'SendOpinion', 2);
      for (const t of opinions) {
        const [group] = await sys.engine.taskCandidateGroups(t.id);
        const r = await sys.call('POST', `/api/tasks/${t.id}/complete`, group === 'dept-scjg' ? scjg : zrzy, form2('配合意见：同意办理。'));
        expect(r.status).toBe(204);
      }
      await complete(sys, fgw, i.processInstanceId!, 'ConsolidateReply', form2('牵头汇总：意见已采纳，问题已解决。'));
      await check(i);
    }
    for (const i of groups.extension) {
      await complete(sys, coordinator, i.processInstanceId!, 'ApproveExtension', { approved: true, note: '同意' });
      await handle(i);
    }
    for (const i of groups.escalated) {
      const r = await sys.call('POST', `/api/items/${i.itemNo}/higher-level-decision`, coordinator, { decision: 'single', leadDept: 'dept-fgw' });
      expect(r.status).toBe(204);
      await dispatch(i);
    }
    for (const i of groups.explained) {
      const [timer] = await sys.engine.jobs({ processInstanceId: i.processInstanceId, activityId: 'ReReviewDue', timers: true });
      expect(timer.dueDate).toBe('2027-03-01T09:00:00.000+0800');
      await sys.engine.executeJob(timer.id);
      await complete(sys, coordinator, i.processInstanceId!, 'ReReviewItem', { outcome: 'close', note: '企业已另行解决' });
      await waitForStatus(sys, i.itemNo, 'closed');
    }
    for (const i of groups.review) await review(i);
    for (const i of groups.evaluation) await evaluate(i);
    for (const i of groups.publication) await publish(i);

    // then every instance has ended, none with an incident, and every item is closed or published
    const all = [...Object.values(groups).flat(), ...legacy];
    await waitFor(async () => (await sys.engine.processInstances({ processInstanceIds: all.map((i) => i.processInstanceId!) })).length === 0, 'every instance to end');
    expect(await sys.engine.request<{ count: number }>('GET', '/incident/count')).toEqual({ count: 0 });
    for (const i of all) expect(['closed', 'published']).toContain((await item(sys, i.itemNo)).status);
    // and the log has each step, the renamed task under the name of its form and the new task under its own
    const log = sys.deps.db.getRepository(ActionLogEntity);
    for (const i of groups.review) {
      const actions = (await log.find({ where: { entityType: 'item', entityId: i.itemNo } })).map((l) => l.action);
      expect(actions).toEqual(expect.arrayContaining(['task.HandleItem', 'task.ReviewReply', 'task.RecordEvaluation', 'task.ReviewPublication']));
    }
    for (const i of groups.dispatch) {
      const actions = (await log.find({ where: { entityType: 'item', entityId: i.itemNo } })).map((l) => l.action);
      expect(actions).toEqual(expect.arrayContaining(['task.DispatchItem', 'task.HandleItem', 'task.CheckReply', 'task.ReviewReply', 'task.RecordEvaluation', 'task.ReviewPublication']));
    }
  });
});
