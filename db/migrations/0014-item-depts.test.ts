import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../data-source.js';
import { ItemEntity } from '../entities/index.js';

let db: DataSource;
beforeAll(async () => {
  db = createDataSource('sqlite::memory:');
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
});
afterAll(async () => {
  await db?.destroy();
});

const ran = async (name: string) => (await db.query<{ name: string }[]>('SELECT name FROM migrations')).some((m) => m.name === name);

describe('the item–department migration', () => {
  it('enters the items already routed, each department once, and leaves out the items not yet routed', async () => {
    // given items written before the table existed
    while (await ran('ItemDepts1796300000000')) await db.undoLastMigration({ transaction: 'each' });
    const base = { channel: 'visit' as const, enterpriseName: '乌审旗甲有限公司', personInCharge: '张三', phone: '13800000000', submittedOn: '2026-11-02', problem: '用地', trackingCodeHash: 'x'.repeat(64) };
    await db.getRepository(ItemEntity).insert([
      { ...base, itemNo: 'QQM1', status: 'handling', leadDept: 'dept-zj', coDepts: 'dept-fgw,dept-rs' },
      { ...base, itemNo: 'QQM2', status: 'handling', leadDept: 'dept-fgw', coDepts: null },
      { ...base, itemNo: 'QQM3', status: 'submitted', leadDept: null, coDepts: null },
    ]);
    // when the migration runs
    await db.runMigrations({ transaction: 'each' });
    // then each routed item has a row per department
    const rows = await db.query<{ no: string; dept: string; role: string }[]>('SELECT i.item_no AS no, d.dept_code AS dept, d.role AS role FROM item_dept d JOIN item i ON i.id = d.item_id ORDER BY i.item_no, d.dept_code');
    expect(rows.map((r) => `${r.no} ${r.dept} ${r.role}`)).toEqual([
      'QQM1 dept-fgw co', 'QQM1 dept-rs co', 'QQM1 dept-zj lead', 'QQM2 dept-fgw lead',
    ]);
  });
});
