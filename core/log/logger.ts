/**
 * A minimal structured logger (JSON lines on stdout). Personal data never goes in: callers log ids and item
 * numbers, and `redact` masks anything that looks like a mobile number or an e-mail address as a last guard.
 */
export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;

export function redact(s: string): string {
  return s.replace(PHONE, (m) => `${m.slice(0, 3)}****${m.slice(7)}`).replace(EMAIL, '***@***');
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
