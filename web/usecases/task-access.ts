/**
 * Finds a task the actor may work on. A task belongs to its candidate groups: a department sees only its own
 * (another department's task answers 403), and a task claimed by someone else cannot be completed.
 */
import { EngineError, type EngineTask } from '../../core/engine/engine-client.js';
import { AppError, forbidden, notFound } from '../../core/errors.js';
import { ItemEntity, MeetingEntity, type Item, type Meeting } from '../../db/entities/index.js';
import { PROCESS, taskKindOf } from '../../core/contract.js';
import type { Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';

export interface TaskInContext {
  task: EngineTask;
  /** which known task it is (by its form; see taskKindOf), or its own id */
  kind: string;
  groups: string[];
  item: Item | null;
  meeting: Meeting | null;
}

export async function taskForActor(deps: AppDeps, actor: Actor, taskId: string): Promise<TaskInContext> {
  const ctx = await taskInContext(deps, taskId);
  const mine = ctx.task.assignee === actor.userId || ctx.groups.some((g) => actor.groups.includes(g));
  if (!mine) throw forbidden('该任务不属于您或您所在的部门');
  return ctx;
}

/** The task with its candidate groups and its item or meeting, without asking who wants it. */
export async function taskInContext(deps: AppDeps, taskId: string): Promise<TaskInContext> {
  let task: EngineTask;
  try {
    task = await deps.engine.task(taskId);
  } catch (e) {
    if (e instanceof EngineError && e.status === 404) throw notFound('TASK_NOT_FOUND', '任务不存在或已办结');
    throw e;
  }
  const groups = await deps.engine.taskCandidateGroups(taskId);
  const [instance] = await deps.engine.processInstances({ processInstanceIds: [task.processInstanceId] });
  const key = instance?.businessKey ?? '';
  const item = task.processDefinitionId.startsWith(`${PROCESS.item}:`) ? await deps.db.getRepository(ItemEntity).findOneBy({ itemNo: key }) : null;
  const meeting = task.processDefinitionId.startsWith(`${PROCESS.meeting}:`) ? await deps.db.getRepository(MeetingEntity).findOneBy({ meetingNo: key }) : null;
  return { task, kind: taskKindOf(task), groups, item, meeting };
}

export function assertNotClaimedByOther(task: EngineTask, actor: Actor): void {
  if (task.assignee && task.assignee !== actor.userId) {
    throw new AppError(409, 'TASK_CLAIMED_BY_OTHER', `该任务已由 ${task.assignee} 签收`);
  }
}
