/**
 * 版本迁移: after a new version is deployed, the designer sees per older version how many instances wait where,
 * gets a plan the engine generates (activities mapped by id; the unmapped ones named, with how many wait there),
 * edits the mapping for renamed activities, sets values for variables the new version needs, validates, and
 * migrates all or selected instances as a batch — or leaves them on their version. Timers keep their due dates
 * unless an instruction says to take the new version's expression. Each migration is in the log: who, which plan,
 * how many, and when the batch is done, which instances failed and why.
 */
import { GROUP } from '../../../core/contract.js';
import { ENGINE_ID } from '../../../core/engine/engine-client.js';
import { MigrationClient, type MigrationPlan } from '../../../core/engine/migration.js';
import { AppError, badRequest, notFound } from '../../../core/errors.js';
import { inspectModel, type ElementFact } from '../../../core/models/lint.js';
import { recordAction } from '../../../db/action-log.js';
import { ActionLogEntity } from '../../../db/entities/index.js';
import { requireGroup, type Actor } from '../../auth/actor.js';
import type { AppDeps } from '../../deps.js';
import { parse, z } from '../../validation.js';

/** The kinds of element an instance can wait in (what a plan must map for a waiting instance to move). */
const WAIT_TYPES = new Set(['UserTask', 'ServiceTask', 'SendTask', 'ReceiveTask', 'IntermediateCatchEvent', 'BoundaryEvent', 'EventBasedGateway', 'SubProcess', 'CallActivity', 'StartEvent']);

/** Definition, instance and batch ids: checked as the engine client checks what goes into its URLs. */
const engineIdString = z.string().regex(ENGINE_ID, '编号格式不正确');
/** An activity id as the engine names it: a model's id, or a multi-instance body (`SendOpinion#multiInstanceBody`). */
const activityId = z.string().regex(/^[A-Za-z_][A-Za-z0-9_.:-]{0,254}(#multiInstanceBody)?$/, '环节编号格式不正确');

async function activitiesOf(deps: AppDeps, definitionId: string): Promise<ElementFact[]> {
  const r = await inspectModel(await deps.engine.processDefinitionXml(definitionId));
  if ('parseError' in r) throw new AppError(500, 'MODEL_INVALID', `已部署的模型无法解析：${r.parseError}`);
  return r.facts.processes.flatMap((p) => p.elements).filter((e) => WAIT_TYPES.has(e.type));
}

/** Per process, the newest version and each older version that still has running instances, by activity. */
export async function migrationOverview(deps: AppDeps, actor: Actor) {
  requireGroup(actor, GROUP.designer);
  const migration = new MigrationClient(deps.engine);
  const stats = await deps.engine.processDefinitionStatistics();
  const keys = [...new Set(stats.map((s) => s.definition.key))].sort();
  return Promise.all(keys.map(async (key) => {
    const versions = stats.filter((s) => s.definition.key === key).sort((a, b) => b.definition.version - a.definition.version);
    const [latest, ...older] = versions;
    const waiting = await Promise.all(older.filter((v) => v.instances > 0).map(async (v) => {
      const [counts, activities] = await Promise.all([migration.activityCounts(v.definition.id), activitiesOf(deps, v.definition.id)]);
      const nameOf = new Map(activities.map((a) => [a.id, a.name]));
      return { definitionId: v.definition.id, version: v.definition.version, running: v.instances, activities: counts.map((c) => ({ ...c, name: nameOf.get(c.id) ?? null })) };
    }));
    return { key, name: latest.definition.name, latest: { definitionId: latest.definition.id, version: latest.definition.version, running: latest.instances }, older: waiting };
  }));
}

const planSchema = z.object({
  sourceProcessDefinitionId: engineIdString,
  targetProcessDefinitionId: engineIdString,
  instructions: z.array(z.object({ sourceActivityIds: z.array(activityId).length(1), targetActivityIds: z.array(activityId).length(1), updateEventTrigger: z.boolean().optional() }).strict()).max(500),
  variables: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, '变量名只能包含字母、数字和下划线'), z.object({ value: z.union([z.string().max(4000), z.number(), z.boolean(), z.null()]), type: z.enum(['String', 'Integer', 'Long', 'Double', 'Boolean', 'Date']).optional() }).strict()).nullable().optional(),
}).strict();

/** The process key of a definition id (`key:version:uuid`); both ends of a plan must be the same process. */
const keyOf = (definitionId: string) => definitionId.split(':')[0];

async function explain(deps: AppDeps, plan: MigrationPlan) {
  const [source, target, counts] = await Promise.all([activitiesOf(deps, plan.sourceProcessDefinitionId), activitiesOf(deps, plan.targetProcessDefinitionId), new MigrationClient(deps.engine).activityCounts(plan.sourceProcessDefinitionId)]);
  const mapped = new Set(plan.instructions.flatMap((i) => i.sourceActivityIds));
  const waitingIn = new Map(counts.map((c) => [c.id, c.instances]));
  const unmapped = source.filter((a) => !mapped.has(a.id)).map((a) => ({ id: a.id, name: a.name, type: a.type, waiting: waitingIn.get(a.id) ?? 0 }));
  return { unmapped, targetActivities: target.map((a) => ({ id: a.id, name: a.name, type: a.type })), sourceActivities: source.map((a) => ({ id: a.id, name: a.name, type: a.type, waiting: waitingIn.get(a.id) ?? 0 })) };
}

/** The engine's plan from one version to another (the newest by default), with what it leaves unmapped. */
export async function generatePlan(deps: AppDeps, actor: Actor, body: unknown) {
  requireGroup(actor, GROUP.designer);
  const d = parse(z.object({ sourceProcessDefinitionId: engineIdString, targetProcessDefinitionId: engineIdString.optional() }).strict(), body);
  const stats = await deps.engine.processDefinitionStatistics();
  const source = stats.find((s) => s.definition.id === d.sourceProcessDefinitionId);
  if (!source) throw notFound('DEFINITION_NOT_FOUND', '所选流程版本不存在');
  const target = d.targetProcessDefinitionId
    ? stats.find((s) => s.definition.id === d.targetProcessDefinitionId)
    : stats.filter((s) => s.definition.key === source.definition.key).sort((a, b) => b.definition.version - a.definition.version)[0];
  if (!target) throw notFound('DEFINITION_NOT_FOUND', '目标流程版本不存在');
  if (target.definition.key !== source.definition.key) throw badRequest('MIGRATION_OTHER_PROCESS', '只能迁移到同一流程的其他版本');
  if (target.definition.id === source.definition.id) throw badRequest('MIGRATION_SAME_VERSION', '源版本与目标版本相同');
  const migration = new MigrationClient(deps.engine);
  const [plan, instances] = await Promise.all([migration.generate(source.definition.id, target.definition.id), migration.instancesOf(source.definition.id)]);
  // the instances to choose from: each item's or meeting's number is its business key
  return { plan, ...(await explain(deps, plan)), instances: instances.map((i) => ({ id: i.id, businessKey: i.businessKey })) };
}

function planOf(body: unknown): MigrationPlan {
  const plan = parse(planSchema, body) as MigrationPlan;
  if (keyOf(plan.sourceProcessDefinitionId) !== keyOf(plan.targetProcessDefinitionId)) throw badRequest('MIGRATION_OTHER_PROCESS', '只能迁移到同一流程的其他版本');
  return plan;
}

/** The engine's validation of a plan, and the activities where instances wait that the plan does not map. */
async function validate(deps: AppDeps, plan: MigrationPlan) {
  const report = await new MigrationClient(deps.engine).validate(plan).catch((e: Error) => {
    // a definition or activity the engine does not know is the caller's mistake, not the engine's
    throw badRequest('MIGRATION_PLAN_INVALID', `迁移计划无效：${e.message.replace(/^POST \/migration\/validate: \d+ /, '')}`);
  });
  const failures = report.instructionReports.filter((r) => r.failures.length).map((r) => ({ source: r.instruction.sourceActivityIds[0], target: r.instruction.targetActivityIds[0], failures: r.failures }));
  const variableFailures = Object.entries(report.variableReports ?? {}).filter(([, v]) => v.failures.length).map(([name, v]) => ({ name, failures: v.failures }));
  const { unmapped } = await explain(deps, plan);
  return { valid: !failures.length && !variableFailures.length, failures, variableFailures, waitingUnmapped: unmapped.filter((u) => u.waiting > 0) };
}

export async function validatePlan(deps: AppDeps, actor: Actor, body: unknown) {
  requireGroup(actor, GROUP.designer);
  return validate(deps, planOf((body as { plan?: unknown } | null)?.plan));
}

const executeSchema = z.object({ plan: z.unknown(), processInstanceIds: z.array(engineIdString).min(1).max(10_000).optional() }).strict();

/** Starts the migration of all (or the selected) instances of the source version as a batch, in the log. */
export async function executeMigration(deps: AppDeps, actor: Actor, body: unknown) {
  requireGroup(actor, GROUP.designer);
  const d = parse(executeSchema, body);
  const plan = planOf(d.plan);
  const check = await validate(deps, plan);
  if (!check.valid) throw badRequest('MIGRATION_PLAN_INVALID', `迁移计划未通过校验：${[...check.failures.flatMap((f) => f.failures), ...check.variableFailures.flatMap((f) => f.failures)].slice(0, 5).join('；')}`, check);
  const migration = new MigrationClient(deps.engine);
  const running = await migration.instancesOf(plan.sourceProcessDefinitionId);
  const ids = d.processInstanceIds ?? running.map((i) => i.id);
  const unknown = ids.filter((i) => !running.some((r) => r.id === i));
  if (unknown.length) throw badRequest('MIGRATION_INSTANCE_NOT_FOUND', `所选实例不在源版本上运行：${unknown.slice(0, 5).join('、')}`);
  if (!ids.length) throw badRequest('MIGRATION_NOTHING_TO_MIGRATE', '源版本没有运行中的实例');
  const batch = await migration.executeAsync(plan, ids);
  await deps.db.transaction((tx) => recordAction(tx, {
    actor: actor.userId,
    action: 'model.migrationStarted',
    entityType: 'migration',
    entityId: batch.id,
    after: { source: plan.sourceProcessDefinitionId, target: plan.targetProcessDefinitionId, plan: { instructions: plan.instructions, variables: plan.variables ?? {} }, instances: ids, batchJobDefinitionId: batch.batchJobDefinitionId },
  }));
  return { batchId: batch.id, instances: ids.length };
}

interface StartedMigration {
  source: string;
  target: string;
  instances: string[];
  batchJobDefinitionId: string;
}

/** A migration's progress; once its batch is done, the instances that did not move and why (logged once). */
export async function migrationStatus(deps: AppDeps, actor: Actor, batchId: string) {
  requireGroup(actor, GROUP.designer);
  const id = parse(engineIdString, batchId);
  const logs = deps.db.getRepository(ActionLogEntity);
  const started = await logs.findOne({ where: { action: 'model.migrationStarted', entityType: 'migration', entityId: id } });
  if (!started) throw notFound('MIGRATION_NOT_FOUND', '没有这次迁移');
  const m = JSON.parse(started.after!) as StartedMigration;
  const migration = new MigrationClient(deps.engine);
  const status = await migration.batchStatus(id);
  const running = status !== null && status.remainingJobs > status.failedJobs;
  if (running) return { batchId: id, finished: false, total: m.instances.length, completedJobs: status.completedJobs, totalJobs: status.totalJobs, failedJobs: status.failedJobs };
  const stillOnSource = new Set((await migration.instancesOf(m.source)).map((i) => i.id));
  const reasons = status?.failedJobs ? await migration.batchFailures(m.batchJobDefinitionId) : [];
  const failed = m.instances.filter((i) => stillOnSource.has(i)).map((i) => ({ id: i, reason: reasons.find((r) => r.includes(i)) ?? reasons[0] ?? '未知原因' }));
  const result = { batchId: id, finished: true, total: m.instances.length, migrated: m.instances.length - failed.length, failed };
  await deps.db.transaction(async (tx) => {
    const done = await tx.getRepository(ActionLogEntity).findOne({ where: { action: 'model.migrationFinished', entityType: 'migration', entityId: id } });
    if (!done) await recordAction(tx, { actor: 'system:migration', action: 'model.migrationFinished', entityType: 'migration', entityId: id, after: { migrated: result.migrated, failed } });
  });
  return result;
}
