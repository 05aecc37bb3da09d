/**
 * What every API request passes before a route sees it: a body is JSON (but for the two uploads, which carry the
 * file itself), and text carries no control characters or bidirectional overrides — NUL, escape sequences and
 * U+202E could otherwise be stored in a template or a comment and shown to others. Tab and line breaks stay.
 */
import type { Request, RequestHandler } from 'express';
import { AppError } from '../core/errors.js';

const RAW_UPLOADS = [/^\/api\/items\/[^/]+\/attachments\/?$/, /^\/api\/imports\/?$/];

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text without control characters and direction overrides. */
export function cleanText(s: string): string {
  return s.replace(UNSAFE, '');
}

export function clean(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (depth > 32 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => clean(v, depth + 1));
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [cleanText(k), clean(v, depth + 1)]));
}

const hasBody = (req: Request) => Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
const isRawUpload = (req: Request) => req.method === 'POST' && RAW_UPLOADS.some((r) => r.test(req.originalUrl.split('?')[0]));

export function requestHygiene(): RequestHandler {
  return (req, _res, next) => {
    if (isRawUpload(req)) return next();
    if (hasBody(req) && !req.is('application/json') && !req.is('+json')) {
      throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', '请求体须为 JSON（Content-Type: application/json）');
    }
    if (req.body !== undefined) req.body = clean(req.body);
    next();
  };
}
