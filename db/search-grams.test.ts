import { describe, expect, it } from '@jest/globals';
import { indexGrams, keywordGrams } from './search-grams.js';

describe('search tokens', () => {
  it('index a text by its character pairs, each once, lower-cased, across punctuation but not over it', () => {
    expect(indexGrams('用地审批，用地', 'QQ1')).toBe('g用地 g地审 g审批 gqq gq1');
  });

  it('ask a keyword for all of its pairs, and nothing of a single character', () => {
    expect(keywordGrams('用地审批')).toEqual(['g用地', 'g地审', 'g审批']);
    expect(keywordGrams('融资')).toEqual(['g融资']);
    expect(keywordGrams('电')).toEqual([]);
    expect(keywordGrams('"+-*()')).toEqual([]);
  });
});
