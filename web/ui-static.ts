/**
 * Serves the built UI (dist/ui, by `npm run build:ui`) on the app's own port: hashed assets cached for a year,
 * and index.html for every other page path, so that the client-side routes survive a reload.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';

export function uiDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = here.includes(join('dist', 'web')) ? join(here, '..', '..') : join(here, '..');
  return join(root, 'dist', 'ui');
}

export function uiRoutes(dir = uiDir()): Router {
  const r = Router();
  const index = join(dir, 'index.html');
  r.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }));
  r.get(/^\/(?!api\/|open311\/|healthz).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    if (!existsSync(index)) {
      res.status(503).type('text/plain; charset=utf-8').send('界面尚未构建：请运行 npm run build:ui');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; frame-ancestors 'self'");
    res.sendFile(index);
  });
  return r;
}
