/**
 * An xlsx of one streamed data sheet (and a small sheet describing it) written as it goes, with real backpressure: each row's XML is written into the zip entry of the
 * sheet, and `addRow` waits while the zip (and the HTTP response behind it) is not ready for more. exceljs's
 * streaming writer buffered ~190 MB for a 100 000-row ledger because it ignores the consumer's pace (ADR 0009).
 *
 * Strings are inline (`t="inlineStr"`), so no shared-string table grows in memory; the header row is bold.
 */
import archiver from 'archiver';
import { PassThrough, type Writable } from 'node:stream';
import { once } from 'node:events';

export interface XlsxColumn {
  header: string;
  /** Width in characters. */
  width: number;
}

export type XlsxCell = string | number | null | undefined;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
  + '<Default Extension="xml" ContentType="application/xml"/>'
  + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
  + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
  + '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
  + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
  + '</Types>';

const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">`
  + `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK_RELS = `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">`
  + `<Relationship Id="rId1" Type="${NS_REL}/worksheet" Target="worksheets/sheet1.xml"/>`
  + `<Relationship Id="rId2" Type="${NS_REL}/styles" Target="styles.xml"/>`
  + `<Relationship Id="rId3" Type="${NS_REL}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`;

/** Style 0: normal; style 1: bold (the header row). */
const STYLES = `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">`
  + '<fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
  + '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
  + '</styleSheet>';

/** Characters XML 1.0 cannot carry at all (control characters other than tab and line breaks, lone surrogates). */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xmlText(s: string): string {
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function inlineCell(ref: string, value: string, style = ''): string {
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

function aboutSheet(rows: readonly (readonly [string, string])[]): string {
  const body = rows.map(([label, value], i) => `<row r="${i + 1}">${inlineCell(`A${i + 1}`, label, ' s="1"')}${value ? inlineCell(`B${i + 1}`, value) : ''}</row>`).join('');
  return `${XML_HEAD}<worksheet xmlns="${NS_MAIN}"><cols><col min="1" max="1" width="16" customWidth="1"/><col min="2" max="2" width="60" customWidth="1"/></cols><sheetData>${body}</sheetData></worksheet>`;
}

export class XlsxSheetWriter {
  private readonly zip = archiver('zip', { zlib: { level: 6 } });
  private readonly sheet = new PassThrough({ highWaterMark: 256 * 1024 });
  private readonly columns: string[];
  private rowNumber = 0;
  private readonly done: Promise<void>;
  /** Rejects when the reader goes away before the end (a cancelled download), so that a waiting `addRow` stops. */
  private readonly gone: Promise<never>;
  private finished = false;

  /**
   * @param about a second, small sheet describing the export (how it was made: filters, time, who), as label–value
   *   rows; it follows the data sheet in the file
   */
  constructor(out: Writable, sheetName: string, columns: readonly XlsxColumn[], about: { name: string; rows: readonly (readonly [string, string])[] }) {
    this.columns = columns.map((_, i) => columnName(i));
    this.done = new Promise((resolve, reject) => {
      this.zip.on('error', reject);
      out.on('error', reject);
      out.on('finish', () => resolve());
      out.on('close', () => resolve());
    });
    this.gone = new Promise<never>((_, reject) => {
      out.on('close', () => {
        if (this.finished) return;
        reject(new Error('the reader closed the download before its end'));
        this.zip.abort();
      });
    });
    this.gone.catch(() => undefined);
    this.zip.pipe(out);
    this.zip.append(CONTENT_TYPES, { name: '[Content_Types].xml' });
    this.zip.append(ROOT_RELS, { name: '_rels/.rels' });
    const sheets = `<sheet name="${xmlText(sheetName.slice(0, 31))}" sheetId="1" r:id="rId1"/><sheet name="${xmlText(about.name.slice(0, 31))}" sheetId="2" r:id="rId3"/>`;
    this.zip.append(`${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets>${sheets}</sheets></workbook>`, { name: 'xl/workbook.xml' });
    this.zip.append(WORKBOOK_RELS, { name: 'xl/_rels/workbook.xml.rels' });
    this.zip.append(STYLES, { name: 'xl/styles.xml' });
    this.zip.append(this.sheet, { name: 'xl/worksheets/sheet1.xml' });
    // archiver writes its entries in order: the small sheet goes in once the streamed one has ended.
    this.zip.append(aboutSheet(about.rows), { name: 'xl/worksheets/sheet2.xml' });
    const cols = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('');
    this.sheet.write(`${XML_HEAD}<worksheet xmlns="${NS_MAIN}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${cols}</cols><sheetData>`);
    this.writeRow(columns.map((c) => c.header), 1);
  }

  /** Adds one row; resolves when the zip can take more, so a slow reader slows the writer instead of filling memory. */
  async addRow(values: readonly XlsxCell[]): Promise<void> {
    if (!this.writeRow(values, 0)) await Promise.race([once(this.sheet, 'drain'), this.gone]);
  }

  /** Ends the sheet and the zip; resolves once everything is handed to `out`. */
  async finish(): Promise<void> {
    this.finished = true;
    this.sheet.end('</sheetData></worksheet>');
    await this.zip.finalize();
    await this.done;
  }

  private writeRow(values: readonly XlsxCell[], style: 0 | 1): boolean {
    const r = ++this.rowNumber;
    const s = style ? ' s="1"' : '';
    let xml = `<row r="${r}">`;
    values.forEach((v, i) => {
      if (v === null || v === undefined || v === '') return;
      const ref = `${this.columns[i]}${r}`;
      xml += typeof v === 'number' && Number.isFinite(v)
        ? `<c r="${ref}"${s}><v>${v}</v></c>`
        : inlineCell(ref, String(v), s);
    });
    return this.sheet.write(xml + '</row>');
  }
}
