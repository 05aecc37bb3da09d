import { describe, expect, it } from '@jest/globals';
import { maskName, maskPhone, maskText } from './mask.js';
import { redact } from '../log/logger.js';

describe('masking personal data for the public', () => {
  it('keeps the family name only', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳明月')).toBe('欧***');
  });

  it('keeps the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('0477-7654321')).toBe('047****4321');
    expect(maskPhone('7654321')).toBe('76****21');
  });

  it('masks phone numbers written inside free text', () => {
    expect(maskText('请联系13812341234或0477-7654321')).toBe('请联系138****1234或0477-****321');
  });

  it('keeps phones and e-mail addresses out of log lines', () => {
    expect(redact('{"phone":"13812341234","email":"a.b@c.cn"}')).toBe('{"phone":"138****1234","email":"***@***"}');
  });
});

describe('masking personal data written in any common way', () => {
  it.each([
    ['+8615174347702', '151****7702'],
    ['0086 151 7434 7702', '151****7702'],
    ['159-8753-6405', '159****6405'],
    ['159 8753 6405', '159****6405'],
    ['１５９８７５３６４０５', '159****6405'],
    ['(0477)8512345', '0477-****345'],
    ['0477 851 2345', '0477-****345'],
    ['010-12345678', '010-****5678'],
    ['150626199001011234', '1506**********1234'],
    ['15062619900101123X', '1506**********123X'],
    ['zhang.san@example.com', 'z***@example.com'],
  ])('masks %s inside a sentence', (raw, masked) => {
    expect(maskText(`请联系${raw}，谢谢`)).toBe(`请联系${masked}，谢谢`);
  });

  it('leaves dates, amounts and item numbers alone', () => {
    const text = '2026-12-02 前补助 1500000 元，议题 QQ20261202A1B2C3';
    expect(maskText(text)).toBe(text);
  });
});
