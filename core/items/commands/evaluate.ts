/**
 * 回访评价: the 12345 follow-up operator's record of the call (总体评价表 by phone), which the model routes on, and
 * the enterprise's own form 3, which is kept beside it. An unsatisfied follow-up counts a re-handling round.
 */
import { EvaluationEntity, type Item } from '../../../db/entities/index.js';
import { recordAction } from '../../../db/action-log.js';
import type { Evaluation } from '../../contract.js';
import { conflict } from '../../errors.js';
import { changeItem } from '../item-store.js';
import { statusIn } from '../status.js';
import type { CommandContext } from './context.js';

export interface EvaluationInput {
  result: Evaluation;
  overallOpinion?: string;
  otherSuggestions?: string;
  remarks?: string;
}

export async function recordFollowup(c: CommandContext, item: Item, d: EvaluationInput): Promise<void> {
  await c.tx.getRepository(EvaluationEntity).insert({
    itemId: item.id, source: 'followup', result: d.result, overallOpinion: d.overallOpinion ?? null,
    otherSuggestions: d.otherSuggestions ?? null, remarks: d.remarks ?? null, evaluatorName: item.personInCharge,
    phone: item.phone, recordedBy: c.actor, round: item.rehandleCount + 1,
  });
  const unsatisfied = d.result === 'unsatisfied';
  await changeItem(c.tx, item, { evaluation: d.result, ...(unsatisfied ? { rehandleCount: item.rehandleCount + 1 } : {}) }, { action: 'item.evaluated', actor: c.actor });
}

export async function recordEnterpriseEvaluation(c: CommandContext, item: Item, d: EvaluationInput & { evaluatorName: string; phone: string }): Promise<void> {
  if (!statusIn('answered', item.status)) throw conflict('ITEM_NOT_REPLIED', '议题尚未答复，暂不能评价');
  await c.tx.getRepository(EvaluationEntity).insert({
    itemId: item.id, source: 'enterprise', result: d.result, overallOpinion: d.overallOpinion ?? null,
    otherSuggestions: d.otherSuggestions ?? null, remarks: d.remarks ?? null, evaluatorName: d.evaluatorName,
    phone: d.phone, recordedBy: null, round: item.rehandleCount + 1,
  });
  await recordAction(c.tx, { actor: c.actor, action: 'evaluation.submitted', entityType: 'item', entityId: item.itemNo, after: { result: d.result } });
}
