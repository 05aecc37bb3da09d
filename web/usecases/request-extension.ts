/**
 * 申请延期: the lead department asks for more days with a reason. The request is stored and handed to the model
 * (message ExtensionRequested); the model counts and refuses a third request itself.
 */
import { requestExtension as requestExtensionCommand } from '../../core/items/commands/extension.js';
import { EngineError, vars } from '../../core/engine/engine-client.js';
import { MESSAGE, VAR } from '../../core/contract.js';
import { conflict } from '../../core/errors.js';
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
  return deps.db.transaction(async (tx) => {
    const id = await requestExtensionCommand({ tx, actor: actor.userId, now: deps.clock() }, item, { actorDepts: departmentsOf(actor), ...input });
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
