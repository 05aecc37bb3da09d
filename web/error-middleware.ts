/** The one error middleware: AppError and client errors → their 4xx and code; an unreachable engine → 503; anything else (a bug) → 500. */
import type { ErrorRequestHandler } from 'express';
import { clientErrorOf } from './client-errors.js';
import { AppError } from '../core/errors.js';
import { EngineError } from '../core/engine/engine-client.js';
import type { Logger } from '../core/log/logger.js';

export function errorMiddleware(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    if (res.headersSent) {
      // A streamed download failed or was cancelled half-way: no answer can be sent any more, only the end cut.
      log.warn('response broken off', { method: req.method, path: req.path, error: (err as Error).message });
      res.destroy();
      return;
    }
    if (err instanceof AppError) {
      res.status(err.status).json({ code: err.code, message: err.message, details: err.details });
      return;
    }
    const client = clientErrorOf(err);
    if (client) {
      res.status(client.status).json({ code: client.code, message: client.message });
      return;
    }
    const code = (err as { code?: string }).code ?? '';
    const engineDown =
      (err instanceof TypeError && err.message === 'fetch failed') || // fetch: network failure (any other TypeError is a bug)
      ['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE'].includes(code) ||
      (err as Error).name === 'TimeoutError' ||
      (err instanceof EngineError && err.status >= 500);
    log.error('request failed', { method: req.method, path: req.path, error: (err as Error).message });
    if (engineDown) {
      res.status(503).json({ code: 'ENGINE_UNAVAILABLE', message: '流程引擎暂时不可用，请稍后重试' });
      return;
    }
    res.status(500).json({ code: 'INTERNAL_ERROR', message: '服务器内部错误' });
  };
}
