/** A fixed-window limit per client address (in memory: one app instance; behind several, the proxy limits too). */
import type { RequestHandler } from 'express';
import { AppError } from '../../core/errors.js';

export function rateLimit(opts: { limit: number; windowMs: number; clock: () => Date }): RequestHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return (req, res, next) => {
    const now = opts.clock().getTime();
    const key = req.ip ?? 'unknown';
    let w = windows.get(key);
    if (!w || now - w.start >= opts.windowMs) {
      if (windows.size > 10_000) for (const [k, v] of windows) if (now - v.start >= opts.windowMs) windows.delete(k);
      w = { start: now, count: 0 };
      windows.set(key, w);
    }
    w.count++;
    if (w.count > opts.limit) {
      res.setHeader('Retry-After', String(Math.ceil((w.start + opts.windowMs - now) / 1000)));
      throw new AppError(429, 'RATE_LIMITED', '提交过于频繁，请稍后再试');
    }
    next();
  };
}
