import { describe, expect, it } from '@jest/globals';
import { ITEM_STATUS, STATUS, STATUS_LABEL, statusIn } from './status.js';

describe('the item statuses', () => {
  it('names only known statuses in every set, and labels each status', () => {
    for (const set of Object.values(STATUS)) for (const s of set) expect(ITEM_STATUS).toContain(s);
    for (const s of ITEM_STATUS) expect(STATUS_LABEL[s]).toBeTruthy();
  });

  it('keeps what the public may see apart from what was never accepted', () => {
    expect(statusIn('public', 'submitted')).toBe(false);
    expect(statusIn('public', 'declined')).toBe(false);
    expect(statusIn('public', 'merged')).toBe(false);
    expect(ITEM_STATUS.filter((s) => !statusIn('public', s))).toEqual(['submitted', 'declined', 'merged']);
  });

  it('lets no finished item owe a step against a deadline', () => {
    expect(STATUS.finished.filter((s) => statusIn('underDeadline', s))).toEqual([]);
  });
});
