import { describe, expect, it } from '@jest/globals';
import { deptRowsOf, insertDeptRowsSql } from './item-depts.js';

describe('the departments an item is with', () => {
  it('are its lead and each co-operating department once, the lead as lead even when listed again', () => {
    expect(deptRowsOf('dept-zj', 'dept-fgw, dept-rs,dept-zj,,dept-fgw')).toEqual([
      { dept: 'dept-zj', role: 'lead' }, { dept: 'dept-fgw', role: 'co' }, { dept: 'dept-rs', role: 'co' },
    ]);
  });

  it('are none for an item not yet routed, and then nothing is inserted', () => {
    expect(deptRowsOf(null, null)).toEqual([]);
    expect(insertDeptRowsSql([[1, null, null], [2, undefined, '']])).toBeNull();
  });

  it('are inserted for several items in one statement, one placeholder per value', () => {
    const [sql, params] = insertDeptRowsSql([[7, 'a', 'b'], [8, 'c', null]])!;
    expect(sql).toBe('INSERT INTO item_dept (dept_code, item_id, role) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)');
    expect(params).toEqual(['a', 7, 'lead', 'b', 7, 'co', 'c', 8, 'lead']);
  });
});
