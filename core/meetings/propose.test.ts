import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { ActionLogEntity } from '../../db/entities/index.js';
import { memoryDb, run } from '../../test/support/item-fixtures.js';
import { attachProcess, propose } from './propose.js';

describe('proposing a meeting', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('numbers it by its day, places it in its quarter, logs who proposed it and keeps its process', async () => {
    const m = await run(db, (c) => propose(c, { title: '政企座谈', kind: 'symposium' }));
    expect(m).toMatchObject({ title: '政企座谈', kind: 'symposium', status: 'proposed', quarterKey: '2026Q4', processInstanceId: null });
    expect(m.meetingNo).toMatch(/^HY20261120[0-9A-F]{4}$/);
    await run(db, (c) => attachProcess(c, m, 'pi-7'));
    expect(m.processInstanceId).toBe('pi-7');
    const log = await db.getRepository(ActionLogEntity).findOneByOrFail({ entityId: m.meetingNo });
    expect({ actor: log.actor, action: log.action }).toEqual({ actor: 'coordinator', action: 'meeting.proposed' });
  });
});
