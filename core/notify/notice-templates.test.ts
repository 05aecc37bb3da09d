import { describe, expect, it } from '@jest/globals';
import { DEFAULT_TEMPLATES, render, unknownPlaceholders } from './notice-templates.js';

describe('notice templates', () => {
  it('fill in the item’s values', () => {
    expect(render(DEFAULT_TEMPLATES.declined.body, { itemNo: 'QQ1', reply: '不属于涉企问题。', trackUrl: 'x', reReviewDate: '' })).toBe('您提交的议题 QQ1经筛查不予列入问题清单。说明：不属于涉企问题。');
  });

  it('name the placeholders that do not exist, and the defaults use none of those', () => {
    expect(unknownPlaceholders('议题 {itmNo} 已办结，{reply}')).toEqual(['itmNo']);
    for (const t of Object.values(DEFAULT_TEMPLATES)) expect(unknownPlaceholders(t.subject + t.body)).toEqual([]);
  });
});
