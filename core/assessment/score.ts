/**
 * 年度部门考核 — the annual department assessment (documented in docs/decisions/0006-assessment.md).
 *
 * Per lead department and year (by the item's submission date):
 *   dispatch rate  = items dispatched by their dispatch deadline / items dispatched
 *   reply rate     = items replied by their (extended) handling deadline / items replied
 *   satisfaction   = (满意 + 基本满意) / follow-ups that reached the enterprise (联系不上 does not count)
 *   extension rate = items extended at least once / items led
 *   overdue        = items replied late or still open past the deadline, and their Shanghai days past it
 *   re-handling    = unsatisfied follow-ups that sent an item back
 * score = 100 × Σ weightᵢ·rateᵢ / Σ weightᵢ (a rate without data counts as 1; extension counts as 1 − rate)
 *         − overduePenaltyPerDay × overdue days (at most maxOverduePenalty) − rehandlePenalty × re-handlings,
 *         never below 0, rounded to one decimal.
 */
import type { ItemFacts } from './facts.js';

import { daysLate } from '../items/overdue.js';

export interface AssessmentWeights {
  dispatch: number;
  reply: number;
  satisfaction: number;
  noExtension: number;
  overduePenaltyPerDay: number;
  maxOverduePenalty: number;
  rehandlePenalty: number;
}

export const DEFAULT_WEIGHTS: AssessmentWeights = {
  dispatch: 20, reply: 40, satisfaction: 30, noExtension: 10, overduePenaltyPerDay: 0.5, maxOverduePenalty: 20, rehandlePenalty: 2,
};

/** What is counted of a lead department's items in a year, before rates and score (ledger, log or SQL alike). */
export interface DepartmentTally {
  dept: string;
  items: number;
  dispatched: number;
  dispatchedOnTime: number;
  replied: number;
  repliedOnTime: number;
  extendedItems: number;
  extensions: number;
  overdueItems: number;
  overdueDays: number;
  evaluated: number;
  satisfied: number;
  rehandled: number;
}

export interface DepartmentAssessment extends DepartmentTally {
  dispatchRate: number | null;
  replyRate: number | null;
  satisfactionRate: number | null;
  extensionRate: number | null;
  score: number;
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);
const round = (x: number | null, digits = 4) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

export function assess(facts: ItemFacts[], year: number, now: Date, w: AssessmentWeights = DEFAULT_WEIGHTS): DepartmentAssessment[] {
  return scoreTallies(tallyFacts(facts, year, now), w);
}

/** Each lead department's counts from its items' facts. */
export function tallyFacts(facts: ItemFacts[], year: number, now: Date): DepartmentTally[] {
  const byDept = new Map<string, ItemFacts[]>();
  // Pushed, not copied: a city's year is a hundred thousand items (copying the list per item took 50 s).
  for (const f of facts) {
    if (f.year !== year || !f.leadDept) continue;
    const list = byDept.get(f.leadDept);
    if (list) list.push(f);
    else byDept.set(f.leadDept, [f]);
  }
  return [...byDept.entries()].map(([dept, fs]) => {
    const dispatched = fs.filter((f) => f.dispatchedAt && f.dispatchDue);
    const replied = fs.filter((f) => f.repliedAt && f.handlingDue);
    const late = replied.filter((f) => f.repliedAt! > f.handlingDue!);
    const openLate = fs.filter((f) => f.open && !f.repliedAt && f.handlingDue && f.handlingDue < now);
    const evaluated = fs.filter((f) => f.evaluation && f.evaluation !== 'unreachable');
    return {
      dept,
      items: fs.length,
      dispatched: dispatched.length,
      dispatchedOnTime: dispatched.filter((f) => f.dispatchedAt! <= f.dispatchDue!).length,
      replied: replied.length,
      repliedOnTime: replied.length - late.length,
      extendedItems: fs.filter((f) => f.extensions > 0).length,
      extensions: fs.reduce((s, f) => s + f.extensions, 0),
      overdueItems: late.length + openLate.length,
      overdueDays: late.reduce((s, f) => s + daysLate(f.handlingDue!, f.repliedAt!), 0) + openLate.reduce((s, f) => s + daysLate(f.handlingDue!, now), 0),
      evaluated: evaluated.length,
      satisfied: evaluated.filter((f) => f.evaluation === 'satisfied' || f.evaluation === 'basic').length,
      rehandled: fs.reduce((s, f) => s + f.rehandled, 0),
    };
  });
}

/** Rates and score of each department from its counts, best first (ties by code). */
export function scoreTallies(tallies: DepartmentTally[], w: AssessmentWeights = DEFAULT_WEIGHTS): DepartmentAssessment[] {
  const rows = tallies.map((t) => {
    const rates = {
      dispatch: ratio(t.dispatchedOnTime, t.dispatched),
      reply: ratio(t.repliedOnTime, t.replied),
      satisfaction: ratio(t.satisfied, t.evaluated),
      extension: ratio(t.extendedItems, t.items),
    };
    const weighted = w.dispatch * (rates.dispatch ?? 1) + w.reply * (rates.reply ?? 1) + w.satisfaction * (rates.satisfaction ?? 1) + w.noExtension * (1 - (rates.extension ?? 0));
    const total = w.dispatch + w.reply + w.satisfaction + w.noExtension;
    const score = Math.max(0, (100 * weighted) / total - Math.min(w.maxOverduePenalty, w.overduePenaltyPerDay * t.overdueDays) - w.rehandlePenalty * t.rehandled);
    return {
      ...t,
      dispatchRate: round(rates.dispatch),
      replyRate: round(rates.reply),
      satisfactionRate: round(rates.satisfaction),
      extensionRate: round(rates.extension),
      score: Math.round(score * 10) / 10,
    };
  });
  return rows.sort((a, b) => b.score - a.score || a.dept.localeCompare(b.dept));
}
