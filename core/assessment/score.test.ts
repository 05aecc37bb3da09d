import { describe, expect, it } from '@jest/globals';
import { assess } from './score.js';
import type { ItemFacts } from './facts.js';

const d = (s: string) => new Date(s);
const base = { extensions: 0, evaluation: null, rehandled: 0, open: false, repliedAt: null } as const;

describe('the annual department assessment', () => {
  it('matches a hand-worked example', () => {
    const facts: ItemFacts[] = [
      // 发改委: one item on time and satisfied …
      { ...base, itemNo: 'i1', year: 2026, leadDept: 'dept-fgw', dispatchDue: d('2026-03-02T23:59:59+08:00'), dispatchedAt: d('2026-03-02T10:00:00+08:00'), handlingDue: d('2026-03-09T23:59:59+08:00'), repliedAt: d('2026-03-08T10:00:00+08:00'), evaluation: 'satisfied' },
      // … one dispatched late, extended twice, replied 3 days late, re-handled once, finally 基本满意
      { ...base, itemNo: 'i2', year: 2026, leadDept: 'dept-fgw', dispatchDue: d('2026-04-01T23:59:59+08:00'), dispatchedAt: d('2026-04-03T10:00:00+08:00'), handlingDue: d('2026-04-10T23:59:59+08:00'), repliedAt: d('2026-04-13T10:00:00+08:00'), extensions: 2, evaluation: 'basic', rehandled: 1 },
      // 市场监管局: dispatched on time, still open 11 days past its deadline
      { ...base, itemNo: 'i3', year: 2026, leadDept: 'dept-scjg', dispatchDue: d('2026-12-01T23:59:59+08:00'), dispatchedAt: d('2026-12-01T09:00:00+08:00'), handlingDue: d('2026-12-20T23:59:59+08:00'), open: true },
      // another year does not count
      { ...base, itemNo: 'i4', year: 2025, leadDept: 'dept-scjg', dispatchDue: d('2025-12-01T23:59:59+08:00'), dispatchedAt: d('2025-12-05T09:00:00+08:00'), handlingDue: null },
    ];
    const [scjg, fgw] = assess(facts, 2026, d('2026-12-31T12:00:00+08:00'));
    // 发改委: 100 × (20×0.5 + 40×0.5 + 30×1 + 10×(1−0.5)) / 100 − 0.5×3 − 2×1 = 65 − 1.5 − 2 = 61.5
    expect(fgw).toMatchObject({ dept: 'dept-fgw', items: 2, dispatchRate: 0.5, replyRate: 0.5, satisfactionRate: 1, extensionRate: 0.5, extensions: 2, overdueItems: 1, overdueDays: 3, rehandled: 1, score: 61.5 });
    // 市场监管局: no reply and no follow-up yet count as full marks; 11 days open past the deadline cost 5.5
    expect(scjg).toMatchObject({ dept: 'dept-scjg', items: 1, dispatchRate: 1, replyRate: null, satisfactionRate: null, extensionRate: 0, overdueItems: 1, overdueDays: 11, score: 94.5 });
  });

  it('caps the overdue penalty and never goes below zero', () => {
    const facts: ItemFacts[] = Array.from({ length: 3 }, (_, n) => ({ ...base, itemNo: `x${n}`, year: 2026, leadDept: 'dept-zj', dispatchDue: d('2026-01-05T23:59:59+08:00'), dispatchedAt: d('2026-01-09T09:00:00+08:00'), handlingDue: d('2026-01-12T23:59:59+08:00'), repliedAt: d('2026-06-01T09:00:00+08:00'), evaluation: 'unsatisfied', rehandled: 10, extensions: 2 }));
    const [zj] = assess(facts, 2026, d('2026-12-31T12:00:00+08:00'));
    expect(zj.overdueDays).toBeGreaterThan(40);
    expect(zj.score).toBe(0);
  });
});
