/**
 * 申请延期: the lead department asks for more days with a reason. The request is stored and handed to the model
 * (message ExtensionRequested); the model counts and refuses a third request itself.
 */
import { ExtensionRequestEntity } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { EngineError, vars } from '../../core/engine/engine-client.js';
import { MESSAGE, VAR } from '../../core/contract.js';
import { conflict, forbidden } from '../../core/errors.js';
import { departmentsOf, type Actor } from '../auth/actor.js';
import { parse, text, z } from '../validation.js';
import type { AppDeps } from '../deps.js';
import { itemForActor } from './item-access.js';

export const extensionSchema = z.object({
  reason: text(2000),
  days: z.number().int().min(1).max(30),
});

export async function requestExtension(deps: AppDeps, actor: Actor, itemNo: string, body: unknown) {
  const input = parse(extensionSchema, body);
  const item = await itemForActor(deps, actor, itemNo);
  if (!item.leadDept || !departmentsOf(actor).includes(item.leadDept)) throw forbidden('只有牵头（承办）部门可以申请延期');
  if (!['handling', 'reviewing'].includes(item.status)) throw conflict('ITEM_NOT_IN_HANDLING', '议题不在办理中，不能申请延期');
  const repo = deps.db.getRepository(ExtensionRequestEntity);
  if (await repo.findOneBy({ itemId: item.id, status: 'pending' })) throw conflict('EXTENSION_PENDING', '已有一项延期申请正在审批');
  return deps.db.transaction(async (tx) => {
    const r = tx.getRepository(ExtensionRequestEntity);
    const inserted = await r.insert({ itemId: item.id, deptCode: item.leadDept!, requestedBy: actor.userId, reason: input.reason, days: input.days, status: 'pending' });
    const id = Number(inserted.identifiers[0].id);
    await recordAction(tx, { actor: actor.userId, action: 'extension.requested', entityType: 'item', entityId: item.itemNo, after: { requestId: id, days: input.days, reason: input.reason } });
    try {
      // Set on the execution the message reaches, never on the process instance; each extension step captures
      // the id in its own input mapping when it is created, so a later request cannot change what an earlier
      // request's (possibly retried) steps read.
      await deps.engine.correlate({ messageName: MESSAGE.extensionRequested, processInstanceId: item.processInstanceId!, processVariablesLocal: vars({ [VAR.extensionRequestId]: id }) });
    } catch (e) {
      if (e instanceof EngineError && e.status === 400) throw conflict('ITEM_NOT_IN_HANDLING', '议题当前不在办理环节，不能申请延期');
      throw e;
    }
    return { id, status: 'pending' as const };
  });
}
