import { describe, expect, it } from '@jest/globals';
import { creditCodeCheck, isCreditCode } from './credit-code.js';

describe('the unified social credit code', () => {
  it('accepts codes whose check character is right', () => {
    // published codes of well-known enterprises (their business licences are public)
    for (const code of ['91110000600037341L', '91440300708461136T', '911100001000044477']) expect(isCreditCode(code)).toBe(true);
  });

  it('refuses a mistyped character, a wrong check character, a wrong length and the letters the standard leaves out', () => {
    expect(isCreditCode('91110000600037341M')).toBe(false);
    expect(isCreditCode('91110000600037342L')).toBe(false);
    expect(isCreditCode('9111000060003734')).toBe(false);
    expect(isCreditCode('9111000060003734IL')).toBe(false);
    expect(creditCodeCheck('9111000060003734O')).toBeNull();
  });
});
