import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { givenItem, logOf, memoryDb, reload, run } from '../../../test/support/item-fixtures.js';
import { approvePublication, awaitPublication, publicationDraft } from './publication.js';

describe('the publication review', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('starts from the masked text and records a redaction with its note', async () => {
    // given an evaluated item waiting for its review
    const item = await givenItem(db, { status: 'replied', reply: '已联系经办人13700001234，配方成本每吨1200元' });
    await run(db, (c) => awaitPublication(c, item, new Date('2026-12-04T15:59:59Z')), 'system:worker');
    const waiting = await reload(db, item);
    expect(waiting.status).toBe('awaitingPublication');
    // when the coordinator takes the cost out of the offered draft
    const draft = publicationDraft(waiting);
    expect(draft.publicAnswer).toBe('已联系经办人137****1234，配方成本每吨1200元');
    await run(db, (c) => approvePublication(c, waiting, { publicProblem: draft.publicProblem, publicAnswer: '已联系经办人137****1234', note: '删除成本数据' }));
    // then the approved text is kept and the log says it was redacted
    const reviewed = await reload(db, item);
    expect([reviewed.publicAnswer, reviewed.reply]).toEqual(['已联系经办人137****1234', '已联系经办人13700001234，配方成本每吨1200元']);
    const log = await logOf(db, item);
    expect(log.at(-1)).toMatchObject({ action: 'item.publicationReviewed', actor: 'coordinator', after: { redacted: true, note: '删除成本数据' } });
  });

  it('refuses a review of an item that is not waiting for one', async () => {
    const item = await givenItem(db, { status: 'handling' });
    await expect(run(db, (c) => approvePublication(c, item, { publicProblem: 'x', publicAnswer: 'y' }))).rejects.toMatchObject({ code: 'ITEM_NOT_AWAITING_PUBLICATION', status: 409 });
  });
});
