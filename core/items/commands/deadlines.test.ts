import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { givenItem, logOf, memoryDb, reload, run } from '../../../test/support/item-fixtures.js';
import { setDispatchDue, setHandlingDue } from './deadlines.js';

describe('the limits on an item', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('awaits dispatch until the dispatch limit, saying whether the calendar was sure of it', async () => {
    const item = await givenItem(db, { status: 'listed' });
    const due = new Date('2026-11-23T23:59:59+08:00');
    await run(db, (c) => setDispatchDue(c, item, due, false));
    expect(await reload(db, item)).toMatchObject({ status: 'awaitingDispatch', dispatchDue: due });
    expect((await logOf(db, item))[0]).toMatchObject({ action: 'item.dispatchDueSet', after: { calendarCertain: false, dispatchDue: due.toISOString() } });
  });

  it('is handled until the handling limit, which the log keeps for the assessment', async () => {
    const item = await givenItem(db, { status: 'awaitingDispatch' });
    const due = new Date('2026-11-27T23:59:59+08:00');
    await run(db, (c) => setHandlingDue(c, item, due, 7));
    expect(await reload(db, item)).toMatchObject({ status: 'handling', handlingDue: due });
    expect((await logOf(db, item))[0]).toMatchObject({ action: 'item.handlingDueSet', after: { handlingDue: due.toISOString(), replyDays: 7 } });
  });
});
