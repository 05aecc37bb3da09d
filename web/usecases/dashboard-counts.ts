/**
 * The dashboard's counts of a year's items, summed from the database's groups of the year (one pass, shared with
 * the assessment's tally) rather than by reading the year into the app: a city's year is a hundred thousand items
 * (docs/performance.md).
 */
import { reached, satisfied, type YearGroup } from '../../core/assessment/year-groups.js';

const rate = (num: number, den: number) => (den === 0 ? null : Math.round((num / den) * 1000) / 10);

export interface YearCounts {
  total: number;
  byStatus: Record<string, number>;
  byChannel: Record<string, number>;
  /** By lead department; items without one (answered on the spot, explained, not yet decided) under `none`. */
  byDepartment: Record<string, number>;
  byMonth: Record<string, number>;
  onTimeDispatchRate: number | null;
  onTimeReplyRate: number | null;
  satisfactionRate: number | null;
  extensions: number;
}

/** The board's counts of a year from its groups (core/assessment/year-groups.ts). */
export function yearCounts(groups: YearGroup[]): YearCounts {
  const sum = (k: 'items' | 'dispatched' | 'dispatchedOnTime' | 'replied' | 'repliedOnTime' | 'extensions', only: (g: YearGroup) => boolean = () => true) =>
    groups.reduce((s, g) => s + (only(g) ? g[k] : 0), 0);
  /** Items per key; items without one (no department: answered on the spot, explained, not yet decided) under `none`. */
  const by = (key: (g: YearGroup) => string | null) => {
    const out: Record<string, number> = {};
    for (const g of groups) { const k = key(g) ?? 'none'; out[k] = (out[k] ?? 0) + g.items; }
    return out;
  };
  return {
    total: sum('items'),
    byStatus: by((g) => g.status),
    byChannel: by((g) => g.channel),
    byDepartment: by((g) => g.dept),
    byMonth: by((g) => g.month),
    onTimeDispatchRate: rate(sum('dispatchedOnTime'), sum('dispatched')),
    onTimeReplyRate: rate(sum('repliedOnTime'), sum('replied')),
    // each item by its latest 12345 follow-up, as the assessment judges it
    satisfactionRate: rate(sum('items', (g) => satisfied(g.evaluation)), sum('items', (g) => reached(g.evaluation))),
    extensions: sum('extensions'),
  };
}
