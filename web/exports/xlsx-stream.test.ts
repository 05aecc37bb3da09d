import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { PassThrough, Writable } from 'node:stream';
import { columnName, XlsxSheetWriter } from './xlsx-stream.js';

async function collect(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks);
}

/** Resolves `true` when `p` is still pending after the event loop has had time to move everything it can. */
function staysPending(p: Promise<unknown>, ms = 300): Promise<boolean> {
  return Promise.race([p.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), ms))]);
}

describe('columnName', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('XlsxSheetWriter', () => {
  it('writes a workbook that opens again with its sheet name, bold headers, widths, text and numbers', async () => {
    // given text XML must escape, a control character XML cannot hold, an emoji and a number
    const buf = await collect(async (out) => {
      const sheet = new XlsxSheetWriter(out, '涉企问题工作台账', [{ header: '议题编号', width: 18 }, { header: '问题', width: 40 }, { header: '次数', width: 8 }], { name: '导出说明', rows: [['导出时间', '2026-12-02 05:43'], ['查询条件', '全部']] });
      await sheet.addRow(['QQ-1', '水 & 电 <接入> "难"\u0007 🙂', 2]);
      await sheet.addRow(['QQ-2', null, 0]);
      await sheet.finish();
    });
    // when it is opened by another library
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    // then everything reads back as written
    expect(ws.name).toBe('涉企问题工作台账');
    expect(ws.getRow(1).values).toEqual([undefined, '议题编号', '问题', '次数']);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.getRow(2).values).toEqual([undefined, 'QQ-1', '水 & 电 <接入> "难" 🙂', 2]);
    expect(ws.getCell('B3').value).toBeNull();
    expect(ws.getCell('C3').value).toBe(0);
    // and the second sheet says how the export was made
    expect(wb.worksheets.map((w) => w.name)).toEqual(['涉企问题工作台账', '导出说明']);
    expect(wb.worksheets[1].getRow(1).values).toEqual([undefined, '导出时间', '2026-12-02 05:43']);
    expect(wb.worksheets[1].getCell('A2').font?.bold).toBe(true);
  });

  it('stops taking rows while its reader does not read, instead of filling memory', async () => {
    // given a reader that takes nothing
    const stalled = new Writable({ highWaterMark: 16 * 1024, write: () => undefined });
    const sheet = new XlsxSheetWriter(stalled, 'ledger', [{ header: 'text', width: 10 }], { name: 'about', rows: [] });
    // when up to 60 MB of rows (1 024 random Chinese characters, 3 KB each) are offered one after another
    const { accepted, waiting } = await offerUntilWaiting(sheet, 20_000);
    // then the writer waits once the zip's and the entry's buffers are full: a few MB, not what was offered
    expect(waiting).not.toBeNull();
    expect(accepted * 3 * 1024).toBeLessThan(16 * 1024 * 1024);
    stalled.destroy();
  });

  it('gives up a waiting row when the reader goes away (a cancelled download)', async () => {
    // given a writer waiting for a reader that takes nothing
    const stalled = new Writable({ highWaterMark: 1024, write: () => undefined });
    const sheet = new XlsxSheetWriter(stalled, 'ledger', [{ header: 'text', width: 10 }], { name: 'about', rows: [] });
    const { waiting } = await offerUntilWaiting(sheet, 20_000);
    // when the reader goes away
    stalled.destroy();
    // then the waiting row fails instead of waiting for ever
    await expect(waiting).rejects.toThrow('closed the download');
  });
});

const randomText = () => Array.from({ length: 1024 }, () => String.fromCharCode(0x4e00 + Math.floor(Math.random() * 20000))).join('');

/** Adds rows of random text until one is not taken; returns how many were, and the one left waiting. */
async function offerUntilWaiting(sheet: XlsxSheetWriter, max: number) {
  for (let accepted = 0; accepted < max; accepted++) {
    const row = sheet.addRow([randomText()]);
    if (await staysPending(row, 50)) return { accepted, waiting: row };
  }
  return { accepted: max, waiting: null };
}
