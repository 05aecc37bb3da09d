/**
 * The dashboard's counts of a year's items, summed from the database's groups of the year (one pass, shared with
 * the assessment's tally) rather than by reading the year into the app: a city's year is a hundred thousand items
 * (docs/performance.md).
 */
import type { EntityManager } from 'typeorm';
import { EvaluationEntity, ItemEntity } from '../../db/entities/index.js';
import { countWhen, yearRange, type YearGroup } from '../../core/assessment/year-groups.js';

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

/** The board's counts of `year` from its groups (core/assessment/year-groups.ts) and its follow-ups. */
export async function yearCounts(tx: EntityManager, year: number, groups: YearGroup[]): Promise<YearCounts> {
  // Every 12345 follow-up of the year's items; 联系不上 reached nobody and does not count.
  const followups = await tx.getRepository(EvaluationEntity).createQueryBuilder('e')
    .innerJoin(ItemEntity.options.name, 'i', 'i.id = e.item_id')
    .select(countWhen("e.result <> 'unreachable'"), 'reached')
    .addSelect(countWhen("e.result IN ('satisfied', 'basic')"), 'satisfied')
    .where("e.source = 'followup'")
    .andWhere('i.submitted_on BETWEEN :from AND :to', yearRange(year))
    .getRawOne<Record<string, string | number | null>>();
  const sum = (k: 'items' | 'dispatched' | 'dispatchedOnTime' | 'replied' | 'repliedOnTime' | 'extensions') => groups.reduce((s, g) => s + g[k], 0);
  /** Items per key; items without one (no department: answered on the spot, explained, not yet decided) under `none`. */
  const by = (key: (g: YearGroup) => string | null) => {
    const out: Record<string, number> = {};
    for (const g of groups) { const k = key(g) ?? 'none'; out[k] = (out[k] ?? 0) + g.items; }
    return out;
  };
  const n = (v: string | number | null | undefined) => Number(v ?? 0);
  return {
    total: sum('items'),
    byStatus: by((g) => g.status),
    byChannel: by((g) => g.channel),
    byDepartment: by((g) => g.dept),
    byMonth: by((g) => g.month),
    onTimeDispatchRate: rate(sum('dispatchedOnTime'), sum('dispatched')),
    onTimeReplyRate: rate(sum('repliedOnTime'), sum('replied')),
    satisfactionRate: rate(n(followups?.satisfied), n(followups?.reached)),
    extensions: sum('extensions'),
  };
}
