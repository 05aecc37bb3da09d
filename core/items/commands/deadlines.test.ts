import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { givenItem, logOf, memoryDb, reload, run } from '../../../test/support/item-fixtures.js';
import { recordLadderRetimed, retimeDispatchDue, setDispatchDue, setHandlingDue } from './deadlines.js';

describe('the limits on an item', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('awaits dispatch until the dispatch limit, saying whether the calendar was sure of it', async () => {
    const item = await givenItem(db, { status: 'listed' });
    const due = new Date('2026-11-23T23:59:59+08:00');
    await run(db, (c) => setDispatchDue(c, item, due, false, { dispatchFrom: '2026-11-20', workingDays: 1 }));
    expect(await reload(db, item)).toMatchObject({ status: 'awaitingDispatch', dispatchDue: due });
    expect((await logOf(db, item))[0]).toMatchObject({ action: 'item.dispatchDueSet', after: { calendarCertain: false, dispatchDue: due.toISOString(), dispatchFrom: '2026-11-20', workingDays: 1 } });
  });

  it('is handled until the handling limit, which the log keeps for the assessment', async () => {
    const item = await givenItem(db, { status: 'awaitingDispatch' });
    const due = new Date('2026-11-27T23:59:59+08:00');
    await run(db, (c) => setHandlingDue(c, item, due, 7));
    expect(await reload(db, item)).toMatchObject({ status: 'handling', handlingDue: due });
    expect((await logOf(db, item))[0]).toMatchObject({ action: 'item.handlingDueSet', after: { handlingDue: due.toISOString(), replyDays: 7 } });
  });

  it('moves a limit that a holiday notice entered later changes, saying why', async () => {
    const item = await givenItem(db, { status: 'awaitingDispatch', dispatchDue: new Date('2027-02-09T23:59:59+08:00') });
    const moved = new Date('2027-02-13T23:59:59+08:00');
    await run(db, (c) => retimeDispatchDue(c, item, moved, '2027年放假通知'));
    await run(db, (c) => recordLadderRetimed(c, item, { handlingRemindAt: new Date('2027-02-04T09:00:00+08:00') }, '2027年放假通知'));
    expect((await reload(db, item)).dispatchDue).toEqual(moved);
    expect(await logOf(db, item)).toEqual([
      { actor: 'coordinator', action: 'item.deadlineRetimed', after: { dispatchDue: moved.toISOString(), reason: '2027年放假通知' } },
      { actor: 'coordinator', action: 'item.ladderRetimed', after: { handlingRemindAt: '2027-02-04T01:00:00.000Z', reason: '2027年放假通知' } },
    ]);
  });
});
