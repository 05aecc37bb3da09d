/** Runs one import job: each row through the staff intake, a few at a time, counting progress as it goes. */
import { ImportJobEntity, ImportRowErrorEntity } from '../../db/entities/index.js';
import { AppError } from '../../core/errors.js';
import type { AppDeps } from '../deps.js';
import { parseStaffIntake, submitItem } from '../usecases/submit-item.js';
import { importFilePath, kindOfJob } from './files.js';
import { rowToIntake, type Columns } from './mapping.js';
import { sheetRows, type SheetRow } from './read-sheet.js';

/** Rows in flight at once: the engine starts one instance per row. */
const PARALLEL = 4;
/** Progress is written every this many rows. */
const FLUSH_EVERY = 50;

export async function runImport(deps: AppDeps, jobId: number, actor: string): Promise<void> {
  const job = await deps.db.getRepository(ImportJobEntity).findOneByOrFail({ id: jobId });
  const columns = JSON.parse(job.columns!) as Columns;
  const counts = { done: 0, created: 0, failed: 0 };
  let flushedAt = 0;
  let errors: { jobId: number; rowNo: number; messages: string }[] = [];
  const flush = async () => {
    const batch = errors;
    errors = [];
    await deps.db.transaction(async (tx) => {
      if (batch.length) await tx.getRepository(ImportRowErrorEntity).insert(batch);
      await tx.getRepository(ImportJobEntity).update({ id: jobId }, { ...counts });
    });
  };
  const one = async (row: SheetRow) => {
    const input = () => parseStaffIntake(rowToIntake(row.values, columns, job.channel!));
    try {
      // A row refused for what it says is reported; a passing fault (a busy database, an engine conflict) is
      // tried once more before it is.
      await submitItem(deps, input(), actor).catch(async (e) => {
        if (e instanceof AppError) throw e;
        await new Promise((r) => setTimeout(r, 250));
        return submitItem(deps, input(), actor);
      });
      counts.created++;
    } catch (e) {
      counts.failed++;
      // Named by the spreadsheet's own column, as the person fixing the file sees it.
      const column = (field: string) => columns[field as keyof Columns] ?? field;
      const messages = e instanceof AppError ? ((e.details as { fields?: { field: string; message: string }[] })?.fields?.map((f) => `${column(f.field)}：${f.message}`) ?? [e.message]) : ['系统错误，请稍后重新导入该行'];
      if (!(e instanceof AppError)) deps.log.error('import row failed', { jobId, rowNo: row.rowNo, error: (e as Error).message });
      errors.push({ jobId, rowNo: row.rowNo, messages: JSON.stringify(messages) });
    }
    counts.done++;
  };
  try {
    const inFlight = new Set<Promise<void>>();
    for await (const row of sheetRows(importFilePath(deps.config.dataDir, job), kindOfJob(job))) {
      const p = one(row).finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (inFlight.size >= PARALLEL) await Promise.race(inFlight);
      if (counts.done - flushedAt >= FLUSH_EVERY) {
        flushedAt = counts.done;
        await flush();
      }
    }
    await Promise.all(inFlight);
    await flush();
    await deps.db.transaction((tx) => tx.getRepository(ImportJobEntity).update({ id: jobId }, { status: 'finished', finishedAt: deps.clock() }));
  } catch (e) {
    deps.log.error('import failed', { jobId, error: (e as Error).message });
    await flush().catch(() => undefined);
    await deps.db.transaction((tx) => tx.getRepository(ImportJobEntity).update({ id: jobId }, { status: 'failed', finishedAt: deps.clock() }));
  }
}
