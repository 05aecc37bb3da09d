/**
 * A fixed-window limit per client address, counted in the database: every app instance behind the proxy counts
 * into the same window.
 */
import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { AppError } from '../../core/errors.js';
import { countHit, pruneWindows } from '../../db/shared-guards.js';

/** Old windows are pruned about once in this many requests. */
const PRUNE_EVERY = 200;

export function rateLimit(opts: { name: string; limit: number; windowMs: number; clock: () => Date; db: DataSource }): RequestHandler {
  let requests = 0;
  return async (req, res, next) => {
    const now = opts.clock().getTime();
    const windowStart = now - (now % opts.windowMs);
    if (++requests % PRUNE_EVERY === 0) await pruneWindows(opts.db, windowStart);
    const hits = await countHit(opts.db, `${opts.name}:${req.ip ?? 'unknown'}`.slice(0, 120), windowStart);
    if (hits > opts.limit) {
      res.setHeader('Retry-After', String(Math.ceil((windowStart + opts.windowMs - now) / 1000)));
      throw new AppError(429, 'RATE_LIMITED', '提交过于频繁，请稍后再试');
    }
    next();
  };
}
