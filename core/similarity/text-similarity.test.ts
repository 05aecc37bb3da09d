import { describe, expect, it } from '@jest/globals';
import { similarity } from './text-similarity.js';

describe('the similarity of two problem descriptions', () => {
  it('is high for the same problem told in other words from another channel', () => {
    const online = '企业办理施工许可时需要重复提交材料，希望实行一次告知。';
    const hotline = '来电反映：办理施工许可需要重复提交材料，希望一次性告知。';
    expect(similarity(online, hotline)).toBeGreaterThan(0.4);
  });

  it('is low for a different problem, and ignores punctuation and spacing', () => {
    expect(similarity('企业办理施工许可时需要重复提交材料', '园区道路照明不足，夜间通行不安全')).toBeLessThan(0.1);
    expect(similarity('用地 审批，材料！', '用地审批材料')).toBe(1);
  });

  it('is zero when either text has nothing to compare', () => {
    expect(similarity('', '施工许可')).toBe(0);
  });
});
