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
