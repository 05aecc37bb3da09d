/**
 * 申请延期: the lead department asks for more days with a reason. The request is stored and handed to the model
 * (message ExtensionRequested); the model counts and refuses a third request itself.
 *
 * The row is committed before the model hears of it, because the model's steps read it: had the message gone first
 * and the commit then failed (the database killed in between), the model would hold a request that does not exist
 * — a step that can only fail (found by `npm run chaos`). The other way round, a stored request the model never
 * got is withdrawn: at once when the engine refuses the message, or when the next request finds it pending with
 * no step of the model holding it.
 */
import { ExtensionRequestEntity, type Item } from '../../db/entities/index.js';
import { requestExtension as requestExtensionCommand, withdrawExtension } from '../../core/items/commands/extension.js';
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

/** Longer than storing a request and correlating its message can take. */
const UNDELIVERED_AFTER_MS = 2 * 60_000;

export async function requestExtension(deps: AppDeps, actor: Actor, itemNo: string, body: unknown) {
  const input = parse(extensionSchema, body);
  const item = await itemForActor(deps, actor, itemNo);
  await withdrawUndelivered(deps, item);
  const ctx = () => ({ actor: actor.userId, now: deps.clock() });
  const id = await deps.db.transaction((tx) => requestExtensionCommand({ tx, ...ctx() }, item, { actorDepts: departmentsOf(actor), ...input }));
  try {
    // Set on the execution the message reaches, never on the process instance; each extension step captures
    // the id in its own input mapping when it is created, so a later request cannot change what an earlier
    // request's (possibly retried) steps read.
    await deps.engine.correlate({ messageName: MESSAGE.extensionRequested, processInstanceId: item.processInstanceId!, processVariablesLocal: vars({ [VAR.extensionRequestId]: id }) });
  } catch (e) {
    if (e instanceof EngineError && e.status === 400) {
      await deps.db.transaction((tx) => withdrawExtension({ tx, ...ctx() }, item, id, '议题当前不在办理环节，流程未接收该申请'));
      throw conflict('ITEM_NOT_IN_HANDLING', '议题当前不在办理环节，不能申请延期');
    }
    throw e; // the engine may or may not have it: the next request finds out (withdrawUndelivered)
  }
  return { id, status: 'pending' as const };
}

/** A pending request of the item that no step of the model holds, once older than any delivery takes, is withdrawn. */
async function withdrawUndelivered(deps: AppDeps, item: Item): Promise<void> {
  const pending = await deps.db.getRepository(ExtensionRequestEntity).findOneBy({ itemId: item.id, status: 'pending' });
  if (!pending || !item.processInstanceId || deps.clock().getTime() - pending.createdAt.getTime() < UNDELIVERED_AFTER_MS) return;
  const held = await deps.engine.request<{ value: unknown }[]>('GET', '/variable-instance', undefined, { variableName: VAR.extensionRequestId, processInstanceIdIn: item.processInstanceId });
  if (held.some((v) => Number(v.value) === pending.id)) return;
  await deps.db.transaction((tx) => withdrawExtension({ tx, actor: 'system', now: deps.clock() }, item, pending.id, '流程引擎未收到该申请，已撤回'));
}
