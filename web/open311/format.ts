/** Open311 GeoReport v2 answers in JSON or XML (the format is the path's extension). */
import type { Request, Response } from 'express';

function escapeXml(s: string): string {
  // Characters XML 1.0 cannot carry are dropped rather than sent as invalid XML.
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Lists whose XML form wraps each member in a singular element (`<attributes><attribute>…`). */
const MEMBER: Record<string, string> = { attributes: 'attribute', values: 'value', endpoints: 'endpoint', formats: 'format' };

function toXml(name: string, value: unknown): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) {
    const member = MEMBER[name];
    return member ? `<${name}>${value.map((v) => toXml(member, v)).join('')}</${name}>` : value.map((v) => toXml(name, v)).join('');
  }
  if (typeof value === 'object') return `<${name}>${Object.entries(value as Record<string, unknown>).map(([k, v]) => toXml(k, v)).join('')}</${name}>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

const XML_HEAD = '<?xml version="1.0" encoding="utf-8"?>';

/** Sends a list: JSON array, or XML `<root><item>…</item></root>`. */
export function sendList(res: Response, format: string, root: string, item: string, rows: unknown[], status = 200): void {
  if (format === 'xml') {
    res.status(status).type('application/xml; charset=utf-8').send(`${XML_HEAD}<${root}>${rows.map((r) => toXml(item, r)).join('')}</${root}>`);
  } else {
    res.status(status).json(rows);
  }
}

/** Sends one object: JSON object, or XML `<root>…</root>` (a service definition, the discovery document). */
export function sendObject(res: Response, format: string, root: string, value: Record<string, unknown>, status = 200): void {
  if (format === 'xml') res.status(status).type('application/xml; charset=utf-8').send(`${XML_HEAD}${toXml(root, value)}`);
  else res.status(status).json(value);
}

export function sendOpen311Error(res: Response, format: string, status: number, description: string): void {
  sendList(res, format, 'errors', 'error', [{ code: status, description }], status);
}

/** The answer format a request asks for by its path: `.xml`, else JSON. */
export function formatOf(req: Request): 'xml' | 'json' {
  return /\.xml$/i.test(req.path) ? 'xml' : 'json';
}
