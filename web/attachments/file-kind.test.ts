import { describe, expect, it } from '@jest/globals';
import { acceptedKind } from './file-kind.js';

const pdf = Buffer.from('%PDF-1.7\n...');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);

describe('the kind of an uploaded file', () => {
  it('is read from its content and must agree with its name', () => {
    expect(acceptedKind(pdf, '材料.pdf')?.contentType).toBe('application/pdf');
    expect(acceptedKind(png, '现场照片.PNG')?.contentType).toBe('image/png');
    expect(acceptedKind(Buffer.from('情况说明', 'utf8'), '说明.txt')?.contentType).toBe('text/plain; charset=utf-8');
  });

  it('refuses a program renamed to a document, a mismatched name and unknown content', () => {
    expect(acceptedKind(Buffer.from([0x4d, 0x5a, 0x90, 0x00]), '材料.pdf')).toBeNull();
    expect(acceptedKind(pdf, '材料.docx')).toBeNull();
    expect(acceptedKind(Buffer.from('<script>alert(1)</script>'), 'page.html')).toBeNull();
  });
});
