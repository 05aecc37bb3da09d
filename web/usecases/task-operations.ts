/**
 * The operations Chinese government staff expect on a task, each audited in the action log:
 * 转办 (hand it to a colleague who can take it), 委派 (delegate, and 交回 when done), 退回 (a lead department
 * returns an item that is not its responsibility: the model sends it back to be dispatched), 抄送 (copy for
 * information) and 催办 (a coordinator's or supervisor's manual reminder).
 */
import { randomUUID } from 'node:crypto';
import { recordAction } from '../../db/action-log.js';
import { GROUP, LEAD_HANDLING_TASKS, MESSAGE, VAR } from '../../core/contract.js';
import { vars, EngineError } from '../../core/engine/engine-client.js';
import { isoDate } from '../../core/calendar/dates.js';
import { AppError, badRequest, conflict, forbidden } from '../../core/errors.js';
import { hasGroup, type Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';
import { parse, z } from '../validation.js';
import { assertNotClaimedByOther, taskForActor, taskInContext, type TaskInContext } from './task-access.js';

const withReason = z.object({ userId: z.string().trim().min(1).max(64), reason: z.string().trim().min(1).max(2000) });

async function audit(deps: AppDeps, actor: Actor, ctx: TaskInContext, action: string, after: Record<string, unknown>) {
  await deps.db.transaction((tx) =>
    recordAction(tx, {
      actor: actor.userId,
      action: `task.${action}`,
      entityType: ctx.item ? 'item' : 'meeting',
      entityId: ctx.item?.itemNo ?? ctx.meeting?.meetingNo ?? ctx.task.processInstanceId,
      after: { task: ctx.kind, taskName: ctx.task.name, ...after },
    }),
  );
}

const keyOf = (ctx: TaskInContext) => ctx.item?.itemNo ?? ctx.meeting?.meetingNo ?? '';

/** Who could take the task over: the members of its candidate groups, the actor left out. */
export async function colleaguesOf(deps: AppDeps, actor: Actor, taskId: string) {
  const ctx = await taskForActor(deps, actor, taskId);
  const lists = await Promise.all(ctx.groups.map((g) => deps.engine.usersOfGroup(g)));
  const seen = new Map<string, string>();
  for (const u of lists.flat()) if (u.id !== actor.userId) seen.set(u.id, `${u.lastName ?? ''}${u.firstName ?? ''}` || u.id);
  return [...seen].map(([id, name]) => ({ id, name }));
}

/** The colleague must exist and belong to one of the task's candidate groups. */
async function assertColleague(deps: AppDeps, ctx: TaskInContext, userId: string) {
  const groups = await deps.engine.groupsOf(userId).catch((e: unknown) => {
    if (e instanceof EngineError && e.status === 404) return [];
    throw e;
  });
  if (!groups.some((g) => ctx.groups.includes(g.id))) throw badRequest('NOT_A_COLLEAGUE', `${userId} 不在该任务所属的部门或岗位中`);
}

function assertMineToHandOver(ctx: TaskInContext, actor: Actor) {
  assertNotClaimedByOther(ctx.task, actor);
  if (ctx.task.delegationState === 'PENDING') throw conflict('TASK_DELEGATED', '任务正在委派中，须由受托人交回后再操作');
}

/** 转办 and 委派 alike: the actor's task, handed to a colleague of its groups (not to oneself). */
async function handOver(deps: AppDeps, actor: Actor, taskId: string, body: unknown, selfCode: string, selfMessage: string) {
  const input = parse(withReason, body);
  const ctx = await taskForActor(deps, actor, taskId);
  assertMineToHandOver(ctx, actor);
  if (input.userId === actor.userId) throw badRequest(selfCode, selfMessage);
  await assertColleague(deps, ctx, input.userId);
  return { input, ctx };
}

export async function transferTask(deps: AppDeps, actor: Actor, taskId: string, body: unknown) {
  const { input, ctx } = await handOver(deps, actor, taskId, body, 'TRANSFER_TO_SELF', '不能转办给自己');
  await deps.engine.setAssignee(taskId, input.userId);
  await audit(deps, actor, ctx, 'transferred', { to: input.userId, reason: input.reason });
  await notifyUser(deps, input.userId, `任务转办：${ctx.task.name}`, `${actor.displayName} 将任务“${ctx.task.name}”（${keyOf(ctx)}）转办给您：${input.reason}`, ctx);
}

export async function delegateTask(deps: AppDeps, actor: Actor, taskId: string, body: unknown) {
  const { input, ctx } = await handOver(deps, actor, taskId, body, 'DELEGATE_TO_SELF', '不能委派给自己');
  // The engine makes the delegator the owner: the task comes back to them when the delegate resolves it.
  if (!ctx.task.assignee) await deps.engine.claim(taskId, actor.userId);
  await deps.engine.delegate(taskId, input.userId);
  await audit(deps, actor, ctx, 'delegated', { to: input.userId, reason: input.reason });
  await notifyUser(deps, input.userId, `任务委派：${ctx.task.name}`, `${actor.displayName} 委派您协助办理“${ctx.task.name}”（${keyOf(ctx)}）：${input.reason}`, ctx);
}

export async function resolveDelegation(deps: AppDeps, actor: Actor, taskId: string, body: unknown) {
  const { note } = parse(z.object({ note: z.string().trim().min(1).max(5000) }), body);
  const ctx = await taskForActor(deps, actor, taskId);
  if (ctx.task.delegationState !== 'PENDING' || ctx.task.assignee !== actor.userId) throw conflict('TASK_NOT_DELEGATED_TO_YOU', '该任务没有委派给您');
  await deps.engine.resolve(taskId);
  await audit(deps, actor, ctx, 'resolved', { to: ctx.task.owner, note });
  if (ctx.task.owner) await notifyUser(deps, ctx.task.owner, `委派任务已交回：${ctx.task.name}`, `${actor.displayName} 已办理完毕并交回“${ctx.task.name}”（${keyOf(ctx)}）：${note}`, ctx);
}

/** Only the lead department's own tasks can be returned: the item is not theirs to handle. */
const RETURNABLE = LEAD_HANDLING_TASKS;

export async function returnTask(deps: AppDeps, actor: Actor, taskId: string, body: unknown) {
  const { reason } = parse(z.object({ reason: z.string().trim().min(2).max(2000) }), body);
  const ctx = await taskForActor(deps, actor, taskId);
  assertMineToHandOver(ctx, actor);
  if (!RETURNABLE.includes(ctx.kind) || !ctx.item) throw new AppError(422, 'TASK_NOT_RETURNABLE', '只有牵头部门的办理任务可以退回');
  // The model decides what a return means (back to dispatch, with a new dispatch limit from today).
  await deps.engine.correlate({
    messageName: MESSAGE.itemReturned,
    processInstanceId: ctx.task.processInstanceId,
    processVariables: vars({ [VAR.returnedOn]: isoDate(deps.clock()), returnReason: reason }),
  });
  await audit(deps, actor, ctx, 'returned', { reason, dept: ctx.item.leadDept });
  await deps.notifier.notify({
    dedupeKey: `returned:${taskId}`,
    recipientType: 'group',
    recipient: GROUP.coordinator,
    subject: `议题退回：${ctx.item.itemNo}`,
    body: `${actor.displayName} 退回议题 ${ctx.item.itemNo}（${ctx.task.name}），请重新交办。理由：${reason}`,
    itemId: ctx.item.id,
  });
}

const copySchema = z.object({ recipients: z.array(z.string().trim().min(1).max(64)).min(1).max(50), note: z.string().trim().max(2000).optional() });

export async function copyTask(deps: AppDeps, actor: Actor, taskId: string, body: unknown) {
  const input = parse(copySchema, body);
  const ctx = await taskForActor(deps, actor, taskId);
  const groups = new Set((await deps.engine.groups()).map((g) => g.id));
  for (const r of new Set(input.recipients)) {
    const isGroup = groups.has(r);
    if (!isGroup) await deps.engine.user(r).catch(() => { throw badRequest('UNKNOWN_RECIPIENT', `抄送对象不存在：${r}`); });
    await deps.notifier.notify({
      dedupeKey: `copy:${taskId}:${r}:${randomUUID()}`,
      recipientType: isGroup ? 'group' : 'user',
      recipient: r,
      subject: `抄送：${ctx.task.name}（${keyOf(ctx)}）`,
      body: `${actor.displayName} 抄送您知悉“${ctx.task.name}”（${keyOf(ctx)}）${input.note ? `：${input.note}` : ''}`,
      itemId: ctx.item?.id ?? null,
    });
  }
  await audit(deps, actor, ctx, 'copied', { to: input.recipients, note: input.note ?? null });
}

/** 催办 is for those who supervise the work; it reaches whoever holds the task, or its groups. */
export async function remindTask(deps: AppDeps, actor: Actor, taskId: string, body: unknown) {
  const { note } = parse(z.object({ note: z.string().trim().max(2000).optional() }), body);
  if (!hasGroup(actor, GROUP.coordinator, GROUP.supervisor)) throw forbidden('只有营商办和督查人员可以催办');
  // Supervisors and coordinators remind the tasks of any department: they need not be candidates themselves.
  const ctx = await taskInContext(deps, taskId);
  const targets: { type: 'user' | 'group'; id: string }[] = ctx.task.assignee ? [{ type: 'user', id: ctx.task.assignee }] : ctx.groups.map((g) => ({ type: 'group' as const, id: g }));
  for (const t of targets) {
    await deps.notifier.notify({
      dedupeKey: `remind:${taskId}:${t.id}:${randomUUID()}`,
      recipientType: t.type,
      recipient: t.id,
      subject: `催办：${ctx.task.name}（${keyOf(ctx)}）`,
      body: `${actor.displayName} 催办“${ctx.task.name}”（${keyOf(ctx)}），请抓紧办理${note ? `：${note}` : '。'}`,
      itemId: ctx.item?.id ?? null,
    });
  }
  await audit(deps, actor, ctx, 'reminded', { to: targets.map((t) => t.id), note: note ?? null });
}

async function notifyUser(deps: AppDeps, userId: string, subject: string, body: string, ctx: TaskInContext) {
  await deps.notifier.notify({ dedupeKey: `${subject}:${ctx.task.id}:${userId}:${randomUUID()}`, recipientType: 'user', recipient: userId, subject, body, itemId: ctx.item?.id ?? null });
}
