/** 我的待办: tasks assigned to me or offered to my groups, oldest due first, with their item's ledger fields. */
import { taskKindOf } from '../../core/contract.js';
import { statusList } from '../../core/items/status.js';
import { In, Not } from 'typeorm';
import { CHANNELS, ItemEntity } from '../../db/entities/index.js';
import { toEngineDate } from '../../core/calendar/dates.js';
import { dueView } from './due.js';
import { z } from '../validation.js';
import type { Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';
import { assertNotClaimedByOther, taskForActor } from './task-access.js';
import { recordAction } from '../../db/action-log.js';

export const inboxQuerySchema = z.object({
  /** mine: claimed by me; groups: offered to my groups and not yet claimed; all: both. */
  scope: z.enum(['mine', 'groups', 'all']).default('all'),
  taskKey: z.string().max(100).optional(),
  dept: z.string().max(64).optional(),
  channel: z.enum(CHANNELS).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;


export async function inbox(deps: AppDeps, actor: Actor, q: InboxQuery) {
  const groups = actor.groups.length ? actor.groups : ['-none-'];
  const query: Record<string, unknown> = {
    sorting: [{ sortBy: 'dueDate', sortOrder: 'asc' }, { sortBy: 'created', sortOrder: 'asc' }],
  };
  if (q.scope === 'mine') query.assignee = actor.userId;
  else if (q.scope === 'groups') Object.assign(query, { candidateGroups: groups, unassigned: true });
  else query.orQueries = [{ assignee: actor.userId, candidateGroups: groups, includeAssignedTasks: true }];
  if (q.taskKey) query.taskDefinitionKey = q.taskKey;
  if (q.dept) query.candidateGroup = q.dept;
  if (q.overdue === 'true') query.dueBefore = toEngineDate(deps.clock());
  if (q.channel) {
    // The engine does not know channels; the ledger does: the open items of that channel, by business key.
    const open = await deps.db.getRepository(ItemEntity).find({ select: { itemNo: true }, where: { channel: q.channel, status: Not(In(statusList('finished'))) }, take: 5000 });
    query.processInstanceBusinessKeyIn = open.length ? open.map((i) => i.itemNo) : ['-none-'];
  }
  const [total, tasks] = await Promise.all([
    deps.engine.taskCount(query),
    deps.engine.tasks(query, (q.page - 1) * q.pageSize, q.pageSize),
  ]);
  const instances = tasks.length ? await deps.engine.processInstances({ processInstanceIds: [...new Set(tasks.map((t) => t.processInstanceId))] }) : [];
  const keyOf = new Map(instances.map((i) => [i.id, i.businessKey ?? '']));
  const items = await deps.db.getRepository(ItemEntity).findBy({ itemNo: In([...keyOf.values()]) });
  const itemOf = new Map(items.map((i) => [i.itemNo, i]));
  const calendar = await deps.calendar.get();
  const names = await deps.actorNames.names(tasks.map((t) => t.assignee).filter((a): a is string => !!a));
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    tasks: tasks.map((t) => {
      const key = keyOf.get(t.processInstanceId) ?? '';
      const item = itemOf.get(key);
      return {
        id: t.id,
        name: t.name,
        taskKey: taskKindOf(t),
        assignee: t.assignee,
        assigneeName: t.assignee ? names.get(t.assignee) ?? t.assignee : null,
        created: t.created,
        due: t.due,
        dueIn: dueView(calendar, deps.clock(), t.due),
        businessKey: key,
        item: item ? { itemNo: item.itemNo, enterpriseName: item.enterpriseName, problem: item.problem.slice(0, 80), channel: item.channel, status: item.status, leadDept: item.leadDept, handlingDue: item.handlingDue, extensionCount: item.extensionCount } : null,
      };
    }),
  };
}

export async function claimTask(deps: AppDeps, actor: Actor, taskId: string): Promise<void> {
  const { task } = await taskForActor(deps, actor, taskId);
  assertNotClaimedByOther(task, actor);
  if (task.assignee === actor.userId) return;
  await deps.engine.claim(taskId, actor.userId);
  await deps.db.transaction((tx) => recordAction(tx, { actor: actor.userId, action: 'task.claimed', entityType: 'task', entityId: taskId }));
}

export async function unclaimTask(deps: AppDeps, actor: Actor, taskId: string): Promise<void> {
  const { task } = await taskForActor(deps, actor, taskId);
  assertNotClaimedByOther(task, actor);
  await deps.engine.unclaim(taskId);
  await deps.db.transaction((tx) => recordAction(tx, { actor: actor.userId, action: 'task.unclaimed', entityType: 'task', entityId: taskId }));
}
