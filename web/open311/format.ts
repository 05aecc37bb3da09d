/** Open311 GeoReport v2 answers in JSON or XML (the format is the path's extension). */
import type { Response } from 'express';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function toXml(name: string, value: unknown): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) return value.map((v) => toXml(name, v)).join('');
  if (typeof value === 'object') return `<${name}>${Object.entries(value as Record<string, unknown>).map(([k, v]) => toXml(k, v)).join('')}</${name}>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** Sends a list: JSON array, or XML `<root><item>…</item></root>`. */
export function sendList(res: Response, format: string, root: string, item: string, rows: unknown[], status = 200): void {
  if (format === 'xml') {
    res.status(status).type('application/xml; charset=utf-8').send(`<?xml version="1.0" encoding="utf-8"?><${root}>${rows.map((r) => toXml(item, r)).join('')}</${root}>`);
  } else {
    res.status(status).json(rows);
  }
}

export function sendOpen311Error(res: Response, format: string, status: number, description: string): void {
  sendList(res, format, 'errors', 'error', [{ code: status, description }], status);
}
