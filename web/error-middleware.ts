/** The one error middleware: AppError and client errors → their 4xx and code; an unreachable engine or database → 503; anything else (a bug) → 500. */
import type { ErrorRequestHandler } from 'express';
import { clientErrorOf } from './client-errors.js';
import { AppError } from '../core/errors.js';
import { EngineError } from '../core/engine/engine-client.js';
import { failureOf } from '../core/engine/engine-nodes.js';
import type { Logger } from '../core/log/logger.js';

const ENGINE_REFUSED: Record<number, { status: number; code: string; message: string }> = {
  400: { status: 409, code: 'ENGINE_REFUSED', message: '流程当前所处环节不允许此操作，请刷新后重试' },
  404: { status: 404, code: 'NOT_FOUND', message: '所请求的对象不存在或已办结' },
  409: { status: 409, code: 'CONFLICT', message: '数据已被他人同时修改，请刷新后重试' },
};

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
    const client = clientErrorOf(err, req.headers['content-encoding'] !== undefined);
    if (client) {
      res.status(client.status).json({ code: client.code, message: client.message });
      return;
    }
    // The engine refusing a request is the caller's problem when it says the thing is missing or not possible now.
    if (err instanceof EngineError && [400, 404, 409].includes(err.status)) {
      log.warn('engine refused a request', { method: req.method, path: req.path, status: err.status, type: err.type });
      const refused = ENGINE_REFUSED[err.status];
      res.status(refused.status).json({ code: refused.code, message: refused.message });
      return;
    }
    const code = (err as { code?: string }).code ?? '';
    // A request the engine client could not get through (never sent, or cut off on the way: the same judgement
    // that makes it try another node), or an engine that failed it.
    const engineDown =
      (err instanceof TypeError && err.message === 'fetch failed') || // fetch: network failure (any other TypeError is a bug)
      failureOf(err) !== null ||
      (err instanceof EngineError && err.status >= 500);
    // The database gone for a moment (restarted, connection cut) is as passing as the engine being down.
    const dbCode = (err as { driverError?: { code?: string } }).driverError?.code ?? code;
    const dbDown = ['PROTOCOL_CONNECTION_LOST', 'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR', 'ER_SERVER_SHUTDOWN', 'SQLITE_BUSY'].includes(dbCode);
    log.error('request failed', { method: req.method, path: req.path, error: (err as Error).message });
    if (dbDown) {
      res.status(503).json({ code: 'DATABASE_UNAVAILABLE', message: '数据库暂时不可用，请稍后重试' });
      return;
    }
    if (engineDown) {
      res.status(503).json({ code: 'ENGINE_UNAVAILABLE', message: '流程引擎暂时不可用，请稍后重试' });
      return;
    }
    res.status(500).json({ code: 'INTERNAL_ERROR', message: '服务器内部错误' });
  };
}
