/**
 * 完成任务: validates the task's form, records it and completes the engine task in one transaction — the engine
 * call is the last step inside it, so a refused completion leaves no record behind.
 */
import { recordAction } from '../../db/action-log.js';
import { AppError } from '../../core/errors.js';
import { vars } from '../../core/engine/engine-client.js';
import { isTaskKey } from '../../core/contract.js';
import { FORMS } from '../task-completion/index.js';
import { modelFormSchema } from '../task-completion/model-form.js';
import { deployedFormOf } from './task-form.js';
import { parse } from '../validation.js';
import type { Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';
import { assertNotClaimedByOther, taskForActor } from './task-access.js';

export async function completeTask(deps: AppDeps, actor: Actor, taskId: string, body: unknown): Promise<void> {
  const ctx = await taskForActor(deps, actor, taskId);
  assertNotClaimedByOther(ctx.task, actor);
  if (ctx.task.delegationState === 'PENDING') throw new AppError(409, 'TASK_DELEGATED', '委派中的任务须由受托人交回后，由委派人办结');
  // A task the code knows has a form with domain rules; any other task (added by a designer) is completed with
  // the values of the form deployed with its model.
  const coded = isTaskKey(ctx.kind) ? FORMS[ctx.kind] : undefined;
  const form = coded ?? { schema: modelFormSchema(await deployedFormOf(deps, taskId)), apply: async (c: { data: Record<string, unknown> }) => c.data };
  const data = parse(form.schema, body) as Record<string, unknown>;
  await deps.db.transaction(async (tx) => {
    const variables = await form.apply({ tx, deps, actor, data, ...ctx, command: { tx, actor: actor.userId, now: deps.clock() } });
    await recordAction(tx, {
      actor: actor.userId,
      action: `task.${ctx.kind}`,
      entityType: ctx.item ? 'item' : 'meeting',
      entityId: ctx.item?.itemNo ?? ctx.meeting?.meetingNo ?? ctx.task.processInstanceId,
      before: { status: ctx.item?.status ?? ctx.meeting?.status },
      after: redactForLog(data),
    });
    await deps.engine.completeTask(taskId, vars(variables));
  });
}

/** The action log keeps what was decided, not contact numbers. */
function redactForLog(data: unknown): unknown {
  if (!data || typeof data !== 'object') return data;
  const { phone: _p, invitees: _i, ...rest } = data as Record<string, unknown>;
  return rest;
}
