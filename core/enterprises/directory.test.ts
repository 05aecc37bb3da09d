import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { noteEnterprise, type EnterpriseSeen } from './directory.js';
import { EnterpriseEntity } from '../../db/entities/index.js';
import { openDatabase } from '../../db/data-source.js';
import { freshDbUrl } from '../../test/support/harness.js';

let db: DataSource;
let drop: () => Promise<void>;

// On the run's own database (MariaDB with QQ_TEST_DB=mariadb): the upsert by name is spelled per dialect.
beforeAll(async () => {
  const fresh = await freshDbUrl();
  drop = fresh.drop;
  db = await openDatabase(fresh.url);
});
afterAll(async () => {
  await db?.destroy();
  await drop?.();
});

const note = (d: EnterpriseSeen) => db.transaction((tx) => noteEnterprise(tx, d));
const entry = (id: number) => db.getRepository(EnterpriseEntity).findOneByOrFail({ id });

describe('the enterprise directory', () => {
  it('keeps one entry per name, with the latest contact, when no credit code is given', async () => {
    // given an enterprise seen once
    const first = await note({ name: '乌审旗名录单元测试有限公司', personInCharge: '张甲', phone: '13800000001' });
    // when it comes again with a new phone, and again with no contact at all
    const second = await note({ name: ' 乌审旗名录单元测试有限公司 ', personInCharge: '张甲', phone: '13800000009' });
    const third = await note({ name: '乌审旗名录单元测试有限公司' });
    // then it is one entry, whose contact is the latest one given
    expect([second, third]).toEqual([first, first]);
    expect(await entry(first)).toMatchObject({ name: '乌审旗名录单元测试有限公司', personInCharge: '张甲', phone: '13800000009', creditCode: null });
    // and another name is another entry
    expect(await note({ name: '乌审旗名录单元测试另一公司' })).not.toBe(first);
  });

  it('gives a name-only entry its credit code when the code comes later, and finds it by the code from then on', async () => {
    // given an entry known by name only
    const id = await note({ name: '乌审旗名录代码测试有限公司', phone: '13800000002' });
    // when the code comes with the name, then with a new name (the enterprise renamed)
    const withCode = await note({ name: '乌审旗名录代码测试有限公司', creditCode: '91110000600037341l' });
    const renamed = await note({ name: '乌审旗名录代码测试（更名）有限公司', creditCode: '91110000600037341L', personInCharge: '李乙' });
    // then it is the same entry throughout, now with its code and the latest contact
    expect([withCode, renamed]).toEqual([id, id]);
    expect(await entry(id)).toMatchObject({ name: '乌审旗名录代码测试有限公司', creditCode: '91110000600037341L', personInCharge: '李乙', phone: '13800000002' });
  });
});
