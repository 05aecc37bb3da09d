/** The one error middleware: AppError → its status and code; an unreachable engine → 503; anything else → 500. */
import type { ErrorRequestHandler } from 'express';
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
    if ((err as { type?: string }).type === 'entity.parse.failed') {
      res.status(400).json({ code: 'MALFORMED_JSON', message: '请求体不是合法的 JSON' });
      return;
    }
    if ((err as { type?: string }).type === 'entity.too.large') {
      res.status(413).json({ code: 'PAYLOAD_TOO_LARGE', message: '请求体过大' });
      return;
    }
    const code = (err as { code?: string }).code ?? '';
    const engineDown =
      err instanceof TypeError || // fetch: network failure
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
