/**
 * What the annual assessment needs to know of each item, taken either from the ledger or by replaying the action
 * log — the two must agree (test/assessment.test.ts), which is what makes the assessment reproducible.
 */
import type { ActionLog, Evaluation, Item } from '../../db/entities/index.js';
import { statusIn } from '../items/status.js';

export interface ItemFacts {
  itemNo: string;
  year: number;
  leadDept: string | null;
  dispatchDue: Date | null;
  dispatchedAt: Date | null;
  handlingDue: Date | null;
  repliedAt: Date | null;
  extensions: number;
  /** The latest 12345 follow-up result. */
  evaluation: string | null;
  rehandled: number;
  /** Still in the department's hands (no reply yet). */
  open: boolean;
}


/** The ledger fields the facts are taken from. */
export type FactsOfItem = Pick<Item, 'id' | 'itemNo' | 'submittedOn' | 'leadDept' | 'dispatchDue' | 'dispatchedAt' | 'handlingDue' | 'repliedAt' | 'extensionCount' | 'status'>;

export function factsFromLedger(items: FactsOfItem[], followups: Pick<Evaluation, 'id' | 'itemId' | 'result'>[]): ItemFacts[] {
  // Grouped once: a year of a city's ledger is a hundred thousand items and as many follow-ups.
  const byItem = new Map<number, Pick<Evaluation, 'id' | 'itemId' | 'result'>[]>();
  for (const e of followups) {
    const list = byItem.get(e.itemId);
    if (list) list.push(e);
    else byItem.set(e.itemId, [e]);
  }
  return items.map((i) => {
    const evals = (byItem.get(i.id) ?? []).sort((a, b) => a.id - b.id);
    return {
      itemNo: i.itemNo,
      year: Number(i.submittedOn.slice(0, 4)),
      leadDept: i.leadDept,
      dispatchDue: i.dispatchDue,
      dispatchedAt: i.dispatchedAt,
      handlingDue: i.handlingDue,
      repliedAt: i.repliedAt,
      extensions: i.extensionCount,
      evaluation: evals.length ? evals[evals.length - 1].result : null,
      rehandled: evals.filter((e) => e.result === 'unsatisfied').length,
      open: statusIn('underDeadline', i.status),
    };
  });
}

const date = (v: unknown) => (typeof v === 'string' ? new Date(v) : null);

/** Replays an item's action log (oldest first) into its facts. */
export function factsFromLog(logs: ActionLog[]): ItemFacts[] {
  const byItem = new Map<string, ItemFacts>();
  for (const l of [...logs].sort((a, b) => a.id - b.id)) {
    if (l.entityType !== 'item') continue;
    const after = (l.after ? JSON.parse(l.after) : {}) as Record<string, unknown>;
    let f = byItem.get(l.entityId);
    if (!f) {
      f = { itemNo: l.entityId, year: 0, leadDept: null, dispatchDue: null, dispatchedAt: null, handlingDue: null, repliedAt: null, extensions: 0, evaluation: null, rehandled: 0, open: false };
      byItem.set(l.entityId, f);
    }
    switch (l.action) {
      case 'item.submitted': f.year = Number(String(after.submittedOn).slice(0, 4)); break;
      case 'item.meetingDecided':
      case 'item.higherLevelDecided': f.leadDept = (after.leadDept as string | null) ?? null; break;
      case 'task.DispatchItem': f.dispatchedAt = l.createdAt; if (after.leadDept) f.leadDept = after.leadDept as string; break;
      case 'item.dispatchDueSet': f.dispatchDue = date(after.dispatchDue); f.open = true; break;
      case 'item.handlingDueSet': f.handlingDue = date(after.handlingDue); f.open = true; break;
      case 'extension.applied': f.handlingDue = date(after.handlingDue); f.extensions = Number(after.extensionCount); break;
      case 'item.replied': f.repliedAt = date(after.repliedAt); f.open = false; break;
      case 'task.RecordEvaluation':
        f.evaluation = after.result as string;
        if (after.result === 'unsatisfied') f.rehandled++;
        break;
    }
  }
  return [...byItem.values()];
}
