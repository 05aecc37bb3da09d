/**
 * A minimal structured logger (JSON lines on stdout). Personal data never goes in: callers log ids and item
 * numbers, and `redact` masks anything that looks like a mobile number, an ID number or an e-mail address as a last guard.
 */
export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

import { EMAIL, ID_CARD, MOBILE, mobileDigits } from '../privacy/personal-data.js';

export function redact(s: string): string {
  return s.replace(EMAIL, '***@***').replace(ID_CARD, '******************').replace(MOBILE, (m) => { const d = mobileDigits(m); return `${d.slice(0, 3)}****${d.slice(7)}`; });
}

export function createLogger(name: string, silent = false): Logger {
  const write = (level: string, msg: string, fields?: Record<string, unknown>) => {
    if (silent) return;
    const line = JSON.stringify({ t: new Date().toISOString(), level, name, msg, ...fields });
    process.stdout.write(redact(line) + '\n');
  };
  return {
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}
