/** Public endpoints (no account): form 1, tracking, form 3, published results, meetings held, 典型做法. */
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { HumanCheck } from '../public-guard/human-check.js';
import { rateLimit } from '../public-guard/rate-limit.js';
import type { AppDeps } from '../deps.js';
import { parseForm1, submitItem } from '../usecases/submit-item.js';
import { publishedResults, resultsQuerySchema, submitEnterpriseEvaluation, trackItem } from '../usecases/public-items.js';
import { parse, z } from '../validation.js';
import { openDataRows, toCsv } from '../usecases/exports.js';
import { calendarDays, workingDayAfter } from '../usecases/calendar-query.js';
import { atomFeed, heldMeetings, meetingsQuerySchema, publishedResult } from '../usecases/publicity.js';
import { casesQuerySchema, publishedCase, publishedCases } from '../usecases/practice-cases.js';

export function publicRoutes(deps: AppDeps): Router {
  const r = Router();
  const humanCheck = new HumanCheck(deps.config.secret, deps.clock, deps.db);
  const limit = rateLimit({ name: 'public-items', db: deps.db, limit: deps.config.publicSubmissionsPerHour, windowMs: 3600_000, clock: deps.clock });
  r.get('/challenge', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(humanCheck.issue());
  });
  r.post('/items', limit, async (req, res) => {
    const input = parseForm1(req.body);
    await humanCheck.verify((req.body as { challenge?: unknown } | undefined)?.challenge, input.clientRequestId ?? randomUUID());
    const result = await submitItem(deps, input, 'enterprise');
    res.status(result.replayed ? 200 : 201).json(result);
  });
  r.get('/items/:itemNo', async (req, res) => {
    const { code } = parse(z.object({ code: z.string().min(1) }), req.query);
    res.json(await trackItem(deps, req.params.itemNo, code));
  });
  r.post('/items/:itemNo/evaluation', async (req, res) => {
    await submitEnterpriseEvaluation(deps, req.params.itemNo, req.body);
    res.status(201).json({ ok: true });
  });
  // Open data: every published result, personal data masked.
  r.get('/results.csv', async (_req, res) => {
    const rows = await openDataRows(deps);
    res.type('text/csv; charset=utf-8').attachment('qinqing-results.csv').send(toCsv(rows));
  });
  r.get('/results.json', async (_req, res) => {
    const rows = await openDataRows(deps);
    res.attachment('qinqing-results.json').json(rows);
  });
  // The working calendar, for staff pages and integrators (no personal data).
  r.get('/calendar/working-day', async (req, res) => {
    res.json(await workingDayAfter(deps, req.query));
  });
  r.get('/calendar/days', async (req, res) => {
    res.json(await calendarDays(deps, req.query));
  });
  r.get('/results/:itemNo', async (req, res) => {
    res.json(await publishedResult(deps, req.params.itemNo));
  });
  r.get('/meetings', async (req, res) => {
    res.json(await heldMeetings(deps, parse(meetingsQuerySchema, req.query)));
  });
  r.get('/cases', async (req, res) => {
    res.json(await publishedCases(deps, parse(casesQuerySchema, req.query)));
  });
  r.get('/cases/:id', async (req, res) => {
    res.json(await publishedCase(deps, req.params.id));
  });
  r.get('/feed.atom', async (_req, res) => {
    res.type('application/atom+xml; charset=utf-8').send(await atomFeed(deps));
  });
  r.get('/results', async (req, res) => {
    res.json(await publishedResults(deps, parse(resultsQuerySchema, req.query)));
  });
  return r;
}
