/** An uploaded file's name as given, made safe to show and to send back: no path, no control characters. */
export function safeFileName(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  return raw.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim().slice(-200);
}
