/**
 * 延期: the lead department asks for more days with a reason; the bureau approves or rejects; the model itself
 * refuses a third request (its counter) and, on approval, moves the deadline (applied here with the new times).
 */
import { ExtensionRequestEntity, type ExtensionRequest, type Item } from '../../../db/entities/index.js';
import { recordAction } from '../../../db/action-log.js';
import { conflict, forbidden } from '../../errors.js';
import { changeItem } from '../item-store.js';
import { statusIn } from '../status.js';
import { WORKER_ACTOR, type CommandContext } from './context.js';

export async function requestExtension(c: CommandContext, item: Item, d: { actorDepts: string[]; reason: string; days: number }): Promise<number> {
  if (!item.leadDept || !d.actorDepts.includes(item.leadDept)) throw forbidden('只有牵头（承办）部门可以申请延期');
  if (!statusIn('inHandling', item.status)) throw conflict('ITEM_NOT_IN_HANDLING', '议题不在办理中，不能申请延期');
  const repo = c.tx.getRepository(ExtensionRequestEntity);
  if (await repo.findOneBy({ itemId: item.id, status: 'pending' })) throw conflict('EXTENSION_PENDING', '已有一项延期申请正在审批');
  const inserted = await repo.insert({ itemId: item.id, deptCode: item.leadDept, requestedBy: c.actor, reason: d.reason, days: d.days, status: 'pending' });
  const id = Number(inserted.identifiers[0].id);
  await recordAction(c.tx, { actor: c.actor, action: 'extension.requested', entityType: 'item', entityId: item.itemNo, after: { requestId: id, days: d.days, reason: d.reason } });
  return id;
}

/** The bureau's decision is kept on the request; the model then applies or refuses it. */
export async function decideExtension(c: CommandContext, requestId: number, note: string | undefined): Promise<void> {
  await c.tx.getRepository(ExtensionRequestEntity).update({ id: requestId }, { decidedBy: c.actor, decisionNote: note ?? null });
}

export async function loadExtension(c: Pick<CommandContext, 'tx'>, requestId: number): Promise<ExtensionRequest> {
  return c.tx.getRepository(ExtensionRequestEntity).findOneByOrFail({ id: requestId });
}

/** Moves the deadline to `handlingDue`; on a redelivery the request already holds its old deadline. */
export async function applyExtension(c: CommandContext, item: Item, request: ExtensionRequest, d: { oldDue: Date; handlingDue: Date; extensionCount: number }): Promise<void> {
  await c.tx.getRepository(ExtensionRequestEntity).update({ id: request.id }, { status: 'approved', oldDue: d.oldDue, newDue: d.handlingDue, decidedAt: request.decidedAt ?? c.now });
  await changeItem(c.tx, item, { handlingDue: d.handlingDue, extensionCount: d.extensionCount }, { action: 'extension.applied', actor: c.actor });
}

export const LIMIT_NOTE = '延期申请已达2次上限，不得再次延期';

/** Rejected by the bureau, or refused by the model's counter (`byLimit`). Idempotent. */
export async function refuseExtension(c: CommandContext, item: Item, request: ExtensionRequest, byLimit: boolean): Promise<void> {
  if (request.status !== 'pending') return;
  const status = byLimit ? 'refusedLimit' : 'rejected';
  await c.tx.getRepository(ExtensionRequestEntity).update({ id: request.id }, {
    status, decidedAt: c.now, decidedBy: byLimit ? WORKER_ACTOR : request.decidedBy, decisionNote: byLimit ? LIMIT_NOTE : request.decisionNote,
  });
  await recordAction(c.tx, { actor: byLimit ? WORKER_ACTOR : request.decidedBy ?? WORKER_ACTOR, action: `extension.${status}`, entityType: 'item', entityId: item.itemNo, after: { requestId: request.id, status } });
}

/**
 * A request still waiting when the lead department replies is moot: the reply ends the handling scope in the
 * model (its approval task with it), so it is withdrawn here, in the reply's transaction.
 */
export async function withdrawPendingExtensions(c: CommandContext, item: Item): Promise<void> {
  const repo = c.tx.getRepository(ExtensionRequestEntity);
  for (const request of await repo.findBy({ itemId: item.id, status: 'pending' })) {
    await repo.update({ id: request.id }, { status: 'withdrawn', decidedAt: c.now, decidedBy: c.actor, decisionNote: '已答复，延期申请不再需要' });
    await recordAction(c.tx, { actor: c.actor, action: 'extension.withdrawn', entityType: 'item', entityId: item.itemNo, after: { requestId: request.id, note: 'replied' } });
  }
}

/**
 * A request the model never received (it refused the message, or the engine could not be reached and shows no step
 * for it) is withdrawn, so that it neither stays pending for ever nor blocks the department's next request.
 */
export async function withdrawExtension(c: CommandContext, item: Item, requestId: number, note: string): Promise<void> {
  const repo = c.tx.getRepository(ExtensionRequestEntity);
  const request = await repo.findOneBy({ id: requestId });
  if (request?.status !== 'pending') return;
  await repo.update({ id: requestId }, { status: 'withdrawn', decidedAt: c.now, decidedBy: WORKER_ACTOR, decisionNote: note });
  await recordAction(c.tx, { actor: WORKER_ACTOR, action: 'extension.withdrawn', entityType: 'item', entityId: item.itemNo, after: { requestId, note } });
}
