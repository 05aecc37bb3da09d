import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../../db/data-source.js';
import { rateLimit } from './rate-limit.js';

describe('the public rate limit', () => {
  let db: DataSource;
  beforeAll(async () => { db = await openDatabase('sqlite::memory:'); });
  afterAll(async () => { await db.destroy(); });

  const hit = async (limiter: ReturnType<typeof rateLimit>, ip: string) => {
    const headers: Record<string, string> = {};
    const res = { setHeader: (k: string, v: string) => { headers[k] = v; } } as unknown as Response;
    try {
      await limiter({ ip } as Request, res, () => undefined);
      return 'passed';
    } catch (e) {
      return `${(e as { code: string }).code} retry ${headers['Retry-After']}`;
    }
  };

  it('counts one window over every app instance, per address, and opens again in the next window', async () => {
    // given two app instances with a limit of 3 an hour, at 08:40
    let now = new Date('2026-11-27T08:40:00Z');
    const opts = { name: 'form1', limit: 3, windowMs: 3600_000, clock: () => now, db };
    const [one, two] = [rateLimit(opts), rateLimit(opts)];
    // when one address sends four times, alternating between them
    const seen = [await hit(one, '10.0.0.1'), await hit(two, '10.0.0.1'), await hit(one, '10.0.0.1'), await hit(two, '10.0.0.1')];
    // then the fourth is refused, saying when to come back; another address is not
    expect(seen).toEqual(['passed', 'passed', 'passed', 'RATE_LIMITED retry 1200']);
    expect(await hit(two, '10.0.0.2')).toBe('passed');
    // and in the next hour the first address may send again
    now = new Date('2026-11-27T09:00:01Z');
    expect(await hit(one, '10.0.0.1')).toBe('passed');
  });
});
