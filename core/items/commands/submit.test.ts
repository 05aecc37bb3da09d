import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { ActionLogEntity } from '../../../db/entities/index.js';
import { loadItem } from '../item-store.js';
import { memoryDb, run } from '../../../test/support/item-fixtures.js';
import { submit } from './submit.js';

describe('submitting an item', () => {
  let db: DataSource;
  beforeAll(async () => { db = await memoryDb(); });
  afterAll(() => db.destroy());

  it('stores it as submitted with its channel, and logs where it came from but not who called', async () => {
    await run(db, (c) => submit(c, {
      itemNo: 'QQ20261120AAAAAA', channel: 'hotline12345', sourceRef: 'GD1', enterpriseName: '某公司', personInCharge: '王五', phone: '13900001111',
      email: null, submittedOn: '2026-11-20', problem: '证照办理慢', suggestion: null, remarks: null, trackingCodeHash: 'h'.repeat(64),
      clientRequestId: null, processInstanceId: 'pi-1', extensionCount: 0, rehandleCount: 0,
    }), 'open311:key…');
    expect(await loadItem(db.manager, { itemNo: 'QQ20261120AAAAAA' })).toMatchObject({ status: 'submitted', channel: 'hotline12345', processInstanceId: 'pi-1' });
    const [log] = await db.getRepository(ActionLogEntity).findBy({ entityId: 'QQ20261120AAAAAA' });
    expect({ actor: log.actor, action: log.action }).toEqual({ actor: 'open311:key…', action: 'item.submitted' });
    expect(log.after).not.toContain('13900001111');
  });
});
