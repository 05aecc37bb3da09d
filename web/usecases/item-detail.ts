/** Everything about one item for staff: form 1, the ledger fields, form 2 records, extensions, evaluations, the ladder, timeline. */
import { taskKindOf } from '../../core/contract.js';
import { ActionLogEntity, EvaluationEntity, ExtensionRequestEntity, HandlingRecordEntity } from '../../db/entities/index.js';
import type { Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';
import { itemForActor } from './item-access.js';
import { itemLadder } from './item-ladder.js';

export async function itemDetail(deps: AppDeps, actor: Actor, itemNo: string) {
  const item = await itemForActor(deps, actor, itemNo);
  const [handling, extensions, evaluations, timeline, tasks, ladder] = await Promise.all([
    deps.db.getRepository(HandlingRecordEntity).find({ where: { itemId: item.id }, order: { id: 'ASC' } }),
    deps.db.getRepository(ExtensionRequestEntity).find({ where: { itemId: item.id }, order: { id: 'ASC' } }),
    deps.db.getRepository(EvaluationEntity).find({ where: { itemId: item.id }, order: { id: 'ASC' } }),
    deps.db.getRepository(ActionLogEntity).find({ where: { entityType: 'item', entityId: item.itemNo }, order: { id: 'ASC' } }),
    item.processInstanceId ? deps.engine.tasks({ processInstanceId: item.processInstanceId }) : Promise.resolve([]),
    itemLadder(deps, item),
  ]);
  const { trackingCodeHash: _h, clientRequestId: _c, ...visible } = item;
  const names = await deps.actorNames.names([...timeline.map((t) => t.actor), ...tasks.flatMap((t) => (t.assignee ? [t.assignee] : []))]);
  return {
    item: { ...visible, coDepts: item.coDepts ? item.coDepts.split(',') : [] },
    handling,
    extensions,
    evaluations,
    // Where the item waits now (for 催办 from the item page).
    openTasks: tasks.map((t) => ({ id: t.id, name: t.name, taskKey: taskKindOf(t), assignee: t.assignee, assigneeName: t.assignee ? names.get(t.assignee) ?? t.assignee : null, due: t.due })),
    // The supervision ladder: when each step is due, was raised, or was passed over.
    ladder,
    timeline: timeline.map((t) => ({ at: t.createdAt, actor: t.actor, actorName: names.get(t.actor) ?? t.actor, action: t.action, after: t.after ? (JSON.parse(t.after) as unknown) : null })),
  };
}
