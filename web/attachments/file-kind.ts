/**
 * What a file is, by its first bytes, not by what the uploader says: only documents and pictures a county office
 * exchanges are kept, and the name's extension must agree with the content.
 */
export interface FileKind {
  contentType: string;
  extensions: string[];
}

const ZIP_OFFICE: Record<string, FileKind> = {
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
};

const starts = (b: Buffer, sig: number[]) => sig.every((x, i) => b[i] === x);

export function fileKindOf(content: Buffer, fileName: string): FileKind | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (starts(content, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { contentType: 'application/pdf', extensions: ['pdf'] };
  if (starts(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { contentType: 'image/png', extensions: ['png'] };
  if (starts(content, [0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] };
  if (starts(content, [0x50, 0x4b, 0x03, 0x04])) return ZIP_OFFICE[ext] ?? null; // OOXML is a zip; the name says which
  if (starts(content, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return ext === 'xls' ? { contentType: 'application/vnd.ms-excel', extensions: ['xls'] } : { contentType: 'application/msword', extensions: ['doc'] };
  }
  if (!content.includes(0) && isUtf8(content)) return { contentType: 'text/plain; charset=utf-8', extensions: ['txt'] };
  return null;
}

function isUtf8(b: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/** Accepted when the content is a known kind and the name's extension is one of that kind's. */
export function acceptedKind(content: Buffer, fileName: string): FileKind | null {
  const kind = fileKindOf(content, fileName);
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  return kind && kind.extensions.includes(ext) ? kind : null;
}
