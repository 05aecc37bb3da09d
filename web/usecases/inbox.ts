/** 我的待办: tasks assigned to me or offered to my groups, oldest due first, with their item's ledger fields. */
import { In } from 'typeorm';
import { ItemEntity } from '../../db/entities/index.js';
import type { Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';
import { assertNotClaimedByOther, taskForActor } from './task-access.js';
import { recordAction } from '../../db/action-log.js';

export interface InboxQuery {
  taskKey?: string;
  page: number;
  pageSize: number;
}

export async function inbox(deps: AppDeps, actor: Actor, q: InboxQuery) {
  const query: Record<string, unknown> = {
    orQueries: [{ assignee: actor.userId, candidateGroups: actor.groups.length ? actor.groups : ['-none-'], includeAssignedTasks: true }],
    sorting: [{ sortBy: 'dueDate', sortOrder: 'asc' }, { sortBy: 'created', sortOrder: 'asc' }],
  };
  if (q.taskKey) query.taskDefinitionKey = q.taskKey;
  const [total, tasks] = await Promise.all([
    deps.engine.taskCount(query),
    deps.engine.tasks(query, (q.page - 1) * q.pageSize, q.pageSize),
  ]);
  const instances = tasks.length ? await deps.engine.processInstances({ processInstanceIds: [...new Set(tasks.map((t) => t.processInstanceId))] }) : [];
  const keyOf = new Map(instances.map((i) => [i.id, i.businessKey ?? '']));
  const items = await deps.db.getRepository(ItemEntity).findBy({ itemNo: In([...keyOf.values()]) });
  const itemOf = new Map(items.map((i) => [i.itemNo, i]));
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
        taskKey: t.taskDefinitionKey,
        assignee: t.assignee,
        created: t.created,
        due: t.due,
        businessKey: key,
        item: item ? { itemNo: item.itemNo, enterpriseName: item.enterpriseName, channel: item.channel, status: item.status, leadDept: item.leadDept, handlingDue: item.handlingDue, extensionCount: item.extensionCount } : null,
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
