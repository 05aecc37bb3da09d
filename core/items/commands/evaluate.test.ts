import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { EvaluationEntity } from '../../../db/entities/index.js';
import { givenItem, logOf, memoryDb, reload, run } from '../../../test/support/item-fixtures.js';
import { recordEnterpriseEvaluation, recordFollowup } from './evaluate.js';

describe('evaluating an answered item', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('by the 12345 follow-up: unsatisfied counts a re-handling round', async () => {
    const item = await givenItem(db, { status: 'replied' });
    await run(db, (c) => recordFollowup(c, item, { result: 'unsatisfied', overallOpinion: '问题未解决' }), 'followup');
    expect(await reload(db, item)).toMatchObject({ evaluation: 'unsatisfied', rehandleCount: 1 });
    expect(await db.getRepository(EvaluationEntity).findBy({ itemId: item.id })).toEqual([expect.objectContaining({ source: 'followup', round: 1, recordedBy: 'followup' })]);
    expect((await logOf(db, item)).map((l) => l.action)).toEqual(['item.evaluated']);
  });

  it('by the enterprise on form 3, only once it has its answer', async () => {
    const open = await givenItem(db, { status: 'handling' });
    const form3 = { result: 'satisfied' as const, overallOpinion: '满意', evaluatorName: '张三', phone: '13812345678' };
    await expect(run(db, (c) => recordEnterpriseEvaluation(c, open, form3))).rejects.toMatchObject({ code: 'ITEM_NOT_REPLIED', status: 409 });
    const answered = await givenItem(db, { status: 'published' });
    await run(db, (c) => recordEnterpriseEvaluation(c, answered, form3), `enterprise:${answered.itemNo}`);
    expect(await db.getRepository(EvaluationEntity).countBy({ itemId: answered.id, source: 'enterprise' })).toBe(1);
    expect((await reload(db, answered)).evaluation).toBeNull();
    expect(await logOf(db, answered)).toEqual([{ actor: `enterprise:${answered.itemNo}`, action: 'evaluation.submitted', after: { result: 'satisfied' } }]);
  });
});
