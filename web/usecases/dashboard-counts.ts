/**
 * The dashboard's counts of a year's items, taken by the database (GROUP BY, SUM) rather than by reading the year
 * into the app: a city's year is a hundred thousand items (docs/performance.md).
 */
import type { EntityManager } from 'typeorm';
import { EvaluationEntity, ItemEntity } from '../../db/entities/index.js';

const rate = (num: number, den: number) => (den === 0 ? null : Math.round((num / den) * 1000) / 10);
const when = (cond: string) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;
const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

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

export async function yearCounts(tx: EntityManager, year: number): Promise<YearCounts> {
  const items = () => tx.getRepository(ItemEntity).createQueryBuilder('i').where('i.submitted_on BETWEEN :from AND :to', yearRange(year));
  const countBy = async (expr: string) => Object.fromEntries(
    (await items().select(expr, 'k').addSelect('COUNT(*)', 'n').groupBy(expr).getRawMany<{ k: string | null; n: string | number }>())
      .map((r) => [r.k ?? 'none', Number(r.n)]),
  );
  const sums = await items()
    .select('COUNT(*)', 'total')
    .addSelect(when('i.dispatched_at IS NOT NULL AND i.dispatch_due IS NOT NULL'), 'dispatched')
    .addSelect(when('i.dispatched_at IS NOT NULL AND i.dispatch_due IS NOT NULL AND i.dispatched_at <= i.dispatch_due'), 'dispatchedOnTime')
    .addSelect(when('i.replied_at IS NOT NULL AND i.handling_due IS NOT NULL'), 'replied')
    .addSelect(when('i.replied_at IS NOT NULL AND i.handling_due IS NOT NULL AND i.replied_at <= i.handling_due'), 'repliedOnTime')
    .addSelect('COALESCE(SUM(i.extension_count), 0)', 'extensions')
    .getRawOne<Record<string, string | number | null>>();
  // Every 12345 follow-up of the year's items; 联系不上 reached nobody and does not count.
  const followups = await tx.getRepository(EvaluationEntity).createQueryBuilder('e')
    .innerJoin(ItemEntity.options.name, 'i', 'i.id = e.item_id')
    .select(when("e.result <> 'unreachable'"), 'reached')
    .addSelect(when("e.result IN ('satisfied', 'basic')"), 'satisfied')
    .where("e.source = 'followup'")
    .andWhere('i.submitted_on BETWEEN :from AND :to', yearRange(year))
    .getRawOne<Record<string, string | number | null>>();
  const n = (v: string | number | null | undefined) => Number(v ?? 0);
  return {
    total: n(sums?.total),
    byStatus: await countBy('i.status'),
    byChannel: await countBy('i.channel'),
    byDepartment: await countBy('i.lead_dept'),
    byMonth: await countBy('SUBSTR(i.submitted_on, 1, 7)'),
    onTimeDispatchRate: rate(n(sums?.dispatchedOnTime), n(sums?.dispatched)),
    onTimeReplyRate: rate(n(sums?.repliedOnTime), n(sums?.replied)),
    satisfactionRate: rate(n(followups?.satisfied), n(followups?.reached)),
    extensions: n(sums?.extensions),
  };
}
