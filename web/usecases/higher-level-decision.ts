/**
 * 上级决定: for an escalated item, the coordinator records what the higher-level meeting decided; the item's
 * process leaves its wait (and its progress-feedback timer) and routes the decision like a meeting's.
 */
import { decide } from '../../core/items/commands/decide.js';
import { EngineError } from '../../core/engine/engine-client.js';
import { GROUP, MESSAGE } from '../../core/contract.js';
import { isoDate } from '../../core/calendar/dates.js';
import { badRequest, conflict } from '../../core/errors.js';
import { requireGroup, type Actor } from '../auth/actor.js';
import { decisionSchema, deptsOf } from '../task-completion/decision.js';
import { parse } from '../validation.js';
import { decisionVariables } from '../../core/decision.js';
import type { AppDeps } from '../deps.js';
import { itemForActor } from './item-access.js';

export async function recordHigherLevelDecision(deps: AppDeps, actor: Actor, itemNo: string, body: unknown) {
  requireGroup(actor, GROUP.coordinator);
  const d = parse(decisionSchema, body);
  if (d.decision === 'escalate') throw badRequest('ALREADY_ESCALATED', '上级决定不能再次提交上级');
  const item = await itemForActor(deps, actor, itemNo);
  if (item.status !== 'escalated') throw conflict('ITEM_NOT_ESCALATED', '议题未提交上级，不能登记上级决定');
  const topic = { decision: d.decision, ...deptsOf(d), answer: d.answer ?? null, reReviewDate: d.reReviewDate ?? null };
  await deps.db.transaction(async (tx) => {
    await decide({ tx, actor: actor.userId, now: deps.clock() }, item, topic, { meeting: null });
    try {
      await deps.engine.correlate({ messageName: MESSAGE.higherLevelDecided, processInstanceId: item.processInstanceId!, processVariables: decisionVariables(topic, isoDate(deps.clock()), null) });
    } catch (e) {
      if (e instanceof EngineError && e.status === 400) throw conflict('ITEM_NOT_ESCALATED', '议题流程未在等待上级决定');
      throw e;
    }
  });
}
