/** The express app: JSON API under /api, OpenAPI at /api/openapi.json, Swagger UI at /api/docs, the UI at /. */
import express from 'express';
import swaggerUi from 'swagger-ui-express';
import type { AppDeps } from './deps.js';
import { publicRoutes } from './routes/public.js';
import { open311Routes } from './open311/routes.js';
import { staffRoutes } from './routes/staff.js';
import { errorMiddleware } from './error-middleware.js';
import { openApiDocument } from './openapi.js';
import { notFound } from '../core/errors.js';
import { uiRoutes } from './ui-static.js';
import { requestHygiene } from './request-hygiene.js';

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  app.use(express.json({ limit: '1mb' }));
  app.use('/api', requestHygiene());
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApiDocument);
  });
  app.use('/api/docs', swaggerUi.serve, swaggerUi.setup(openApiDocument));
  app.use('/api/public', publicRoutes(deps));
  app.use('/open311', open311Routes(deps));
  app.use('/api', staffRoutes(deps));
  app.use(uiRoutes());
  app.use((req) => {
    throw notFound('NOT_FOUND', `没有这个地址：${req.method} ${req.path}`);
  });
  app.use(errorMiddleware(deps.log));
  return app;
}
