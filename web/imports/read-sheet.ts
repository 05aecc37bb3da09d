/**
 * Rows of an uploaded spreadsheet as header → text, read as a stream: .xlsx through exceljs's streaming reader,
 * .csv (RFC 4180) in UTF-8 — or GB18030, as Excel in Chinese saves it — so that 100 000 rows never sit in memory
 * as objects at once.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { isoDate } from '../../core/calendar/dates.js';

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (the header is row 1). */
  rowNo: number;
  values: Record<string, string>;
}

export type SheetKind = 'xlsx' | 'csv';

export function sheetKindOf(fileName: string, head: Buffer): SheetKind | null {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'xlsx' && head[0] === 0x50 && head[1] === 0x4b) return 'xlsx';
  if (ext === 'csv' && !head.subarray(0, 4096).includes(0)) return 'csv';
  return null;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellText(v.result);
    return '';
  }
  return String(v);
}

async function* xlsxRows(path: string): AsyncGenerator<string[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(path), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit' });
  // exceljs 4.4's streaming reader names each sheet from xl/workbook.xml, which exceljs itself stores last in the
  // archive; a sheet parsed before it reads `model.sheets` of nothing and throws, at random (exceljs#3064). Only the
  // first sheet's rows are read here, never its name, so an empty model stands in until the workbook's arrives.
  (reader as unknown as { model?: unknown }).model ??= { sheets: [] };
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cellText(cell.value).trim()));
      yield Array.from(cells, (c) => c ?? '');
    }
    return; // the first sheet only
  }
}

function decode(buf: Buffer): string {
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('gb18030').decode(body);
  }
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
export function* csvRecords(text: string): Generator<string[]> {
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      yield record;
      record = [];
      field = '';
    } else field += c;
  }
  if (field || record.length) yield [...record, field];
}

async function* csvRows(path: string): AsyncGenerator<string[]> {
  for (const r of csvRecords(decode(await readFile(path)))) yield r.map((c) => c.trim());
}

/** The rows after the header, skipping empty ones. */
export async function* sheetRows(path: string, kind: SheetKind): AsyncGenerator<SheetRow> {
  let headers: string[] | null = null;
  let rowNo = 0;
  for await (const cells of kind === 'xlsx' ? xlsxRows(path) : csvRows(path)) {
    rowNo++;
    if (!headers) {
      headers = cells.map((h) => h.trim());
      continue;
    }
    if (cells.every((c) => !c)) continue;
    yield { rowNo, values: Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])) };
  }
}

export async function sheetPreview(path: string, kind: SheetKind, sample = 5): Promise<{ headers: string[]; sample: Record<string, string>[]; total: number }> {
  const rows: Record<string, string>[] = [];
  let total = 0;
  for await (const r of sheetRows(path, kind)) {
    if (rows.length < sample) rows.push(r.values);
    total++;
  }
  const headers = rows.length ? Object.keys(rows[0]) : [];
  return { headers, sample: rows, total };
}
