/**
 * Runs one import job: each row through the staff intake, a few at a time, counting progress as it goes. A run
 * holds the job's lease (import-lease.ts) and writes a checkpoint every few rows — the rows read, the counts and
 * the refused rows' reasons in one transaction — so that a run cut off (the instance died, or was stopped) is
 * taken over after the last checkpoint. Each row is submitted under a request id of its own (job and row), so a
 * row submitted after the checkpoint and submitted again by the takeover is found, not created twice.
 */
import { ImportJobEntity, ImportRowErrorEntity } from '../../db/entities/index.js';
import { AppError } from '../../core/errors.js';
import type { AppDeps } from '../deps.js';
import { parseStaffIntake, submitItem } from '../usecases/submit-item.js';
import { importFilePath, kindOfJob } from './files.js';
import { endRun, renewEvery, renewLease } from './import-lease.js';
import { rowToIntake, type Columns } from './mapping.js';
import { sheetRows, type SheetRow } from './read-sheet.js';

/** Rows in flight at once: the engine starts one instance per row. */
const PARALLEL = 4;
/** A checkpoint is written every this many rows. */
const CHECKPOINT_EVERY = 50;

/** The request id of one row of one job: the same on every run of the job. */
export const rowRequestId = (jobId: number, rowNo: number) => `import-${jobId}-row-${rowNo}`;

class LeaseLost extends Error {}

export async function runImport(deps: AppDeps, jobId: number, actor: string): Promise<void> {
  const { instanceId, imports: { leaseMs } } = deps.config;
  const job = await deps.db.getRepository(ImportJobEntity).findOneByOrFail({ id: jobId });
  const columns = JSON.parse(job.columns!) as Columns;
  // A takeover goes on from the last checkpoint's counts.
  const counts = { done: job.done, created: job.created, failed: job.failed };
  let rowsRead = job.rowsRead;
  let errors: { jobId: number; rowNo: number; messages: string }[] = [];
  let lost = false;
  const checkpoint = async () => {
    const batch = errors;
    errors = [];
    await deps.db.transaction(async (tx) => {
      if (!(await renewLease(tx, jobId, instanceId, leaseMs, { ...counts, rowsRead }))) throw new LeaseLost();
      if (batch.length) await tx.getRepository(ImportRowErrorEntity).insert(batch);
    });
  };
  // Between checkpoints the lease is kept alive; a lost lease stops the run at its next row.
  const heartbeat = setInterval(() => {
    deps.db.transaction((tx) => renewLease(tx, jobId, instanceId, leaseMs)).then((held) => { if (!held) lost = true; }, () => undefined);
  }, renewEvery(leaseMs));
  heartbeat.unref();
  const one = async (row: SheetRow) => {
    const input = () => parseStaffIntake({ ...rowToIntake(row.values, columns, job.channel!), clientRequestId: rowRequestId(jobId, row.rowNo) });
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
    let read = 0;
    for await (const row of sheetRows(importFilePath(deps.config.dataDir, job), kindOfJob(job))) {
      if (read++ < rowsRead) continue; // settled before the checkpoint
      if (lost) throw new LeaseLost();
      const p = one(row).finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (inFlight.size >= PARALLEL) await Promise.race(inFlight);
      if (read - rowsRead >= CHECKPOINT_EVERY) {
        // A checkpoint counts only settled rows: the rows in flight land first.
        await Promise.all(inFlight);
        rowsRead = read;
        await checkpoint();
      }
    }
    await Promise.all(inFlight);
    rowsRead = read;
    await checkpoint();
    await endRun(deps.db, jobId, instanceId, 'finished', deps.clock());
  } catch (e) {
    if (e instanceof LeaseLost) {
      deps.log.warn('import taken over by another instance', { jobId, instanceId });
      return;
    }
    deps.log.error('import failed', { jobId, error: (e as Error).message });
    await checkpoint().catch(() => undefined);
    await endRun(deps.db, jobId, instanceId, 'failed', deps.clock()).catch(() => undefined);
  } finally {
    clearInterval(heartbeat);
  }
}
