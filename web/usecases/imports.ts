/**
 * 批量导入: a coordinator uploads a spreadsheet from another channel (12345 work orders, 电子监察, visit
 * registers), maps its columns (a mapping can be saved for next time), and starts the import; each row becomes an
 * item through the same intake as one typed in, in the background, with progress and a per-row error report.
 * Rows whose source id is already registered are reported, not duplicated: re-importing a file is safe.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHANNELS, ColumnMappingEntity, ImportJobEntity, ImportRowErrorEntity, type ImportJob } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { GROUP } from '../../core/contract.js';
import { AppError, badRequest, notFound } from '../../core/errors.js';
import { requireGroup, type Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';
import { parse, z } from '../validation.js';
import { IMPORT_FIELDS, mappingProblems, suggestMapping, type Columns } from '../imports/mapping.js';
import { sheetKindOf, sheetPreview } from '../imports/read-sheet.js';
import { importFilePath, importsDir, kindOfJob } from '../imports/files.js';
import { runImport } from '../imports/run-import.js';
import { claimLapsed, lapsedJobs, leaseFor } from '../imports/import-lease.js';
import { safeFileName } from '../attachments/file-name.js';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const dirOf = (deps: AppDeps) => importsDir(deps.config.dataDir);

export async function uploadImport(deps: AppDeps, actor: Actor, rawName: unknown, content: unknown) {
  requireGroup(actor, GROUP.coordinator);
  const fileName = safeFileName(rawName);
  if (!Buffer.isBuffer(content) || content.length === 0) throw badRequest('IMPORT_EMPTY', '文件内容为空');
  if (content.length > MAX_IMPORT_BYTES) throw new AppError(413, 'IMPORT_TOO_LARGE', '导入文件不能超过50MB');
  const kind = sheetKindOf(fileName, content);
  if (!kind) throw new AppError(415, 'IMPORT_TYPE_REFUSED', '只能导入 .xlsx 或 .csv 文件');
  const storedAs = `${randomBytes(12).toString('hex')}.${kind}`;
  await mkdir(dirOf(deps), { recursive: true });
  await writeFile(join(dirOf(deps), storedAs), content, { mode: 0o600 });
  let preview;
  try {
    preview = await sheetPreview(join(dirOf(deps), storedAs), kind);
  } catch {
    throw badRequest('IMPORT_UNREADABLE', '文件无法读取：请确认是有效的 Excel (.xlsx) 或 CSV 文件');
  }
  if (!preview.headers.length) throw badRequest('IMPORT_NO_ROWS', '文件中没有数据行（第1行应为表头）');
  const job = await deps.db.transaction(async (tx) => {
    const r = await tx.getRepository(ImportJobEntity).insert({ fileName, storedAs, status: 'uploaded', total: preview.total, createdBy: actor.userId });
    await recordAction(tx, { actor: actor.userId, action: 'import.uploaded', entityType: 'import', entityId: String(r.identifiers[0].id), after: { fileName, rows: preview.total } });
    return tx.getRepository(ImportJobEntity).findOneByOrFail({ id: r.identifiers[0].id as number });
  });
  const mappings = await deps.db.getRepository(ColumnMappingEntity).find({ order: { name: 'ASC' } });
  return {
    job: jobView(job),
    headers: preview.headers,
    sample: preview.sample,
    fields: IMPORT_FIELDS,
    suggested: suggestMapping(preview.headers),
    mappings: mappings.map((m) => ({ name: m.name, channel: m.channel, columns: JSON.parse(m.columns) as Columns })),
  };
}

const startSchema = z.object({
  channel: z.enum(CHANNELS).exclude(['online']),
  columns: z.record(z.enum(Object.keys(IMPORT_FIELDS) as [keyof typeof IMPORT_FIELDS]), z.string().trim().min(1).max(100)),
  /** Save this mapping under a name for the next file of the same kind. */
  saveAs: z.string().trim().min(1).max(100).optional(),
});

export async function startImport(deps: AppDeps, actor: Actor, jobId: number, body: unknown) {
  requireGroup(actor, GROUP.coordinator);
  const input = parse(startSchema, body);
  const job = await deps.db.getRepository(ImportJobEntity).findOneBy({ id: jobId });
  if (!job) throw notFound('IMPORT_NOT_FOUND', '导入任务不存在');
  if (job.status !== 'uploaded') throw new AppError(409, 'IMPORT_ALREADY_STARTED', '该文件已开始导入');
  const { headers } = await sheetPreview(importFilePath(deps.config.dataDir, job), kindOfJob(job), 1);
  const problems = mappingProblems(input.columns, headers);
  if (problems.length) throw badRequest('IMPORT_MAPPING_INVALID', problems.join('；'), { problems });
  const claimed = await deps.db.transaction(async (tx) => {
    // Only one start wins: the status moves from uploaded to running once.
    const r = await tx.getRepository(ImportJobEntity).update({ id: job.id, status: 'uploaded' }, { status: 'running', channel: input.channel, columns: JSON.stringify(input.columns), ...leaseFor(deps.config.instanceId, deps.config.imports.leaseMs) });
    if (!r.affected) return false;
    if (input.saveAs) {
      const repo = tx.getRepository(ColumnMappingEntity);
      const existing = await repo.findOneBy({ name: input.saveAs });
      if (existing) await repo.update({ id: existing.id }, { channel: input.channel, columns: JSON.stringify(input.columns), updatedBy: actor.userId });
      else await repo.insert({ name: input.saveAs, channel: input.channel, columns: JSON.stringify(input.columns), updatedBy: actor.userId });
    }
    await recordAction(tx, { actor: actor.userId, action: 'import.started', entityType: 'import', entityId: String(job.id), after: { channel: input.channel, columns: input.columns } });
    return true;
  });
  if (!claimed) throw new AppError(409, 'IMPORT_ALREADY_STARTED', '该文件已开始导入');
  // In the background: the answer is the job, whose progress the page polls.
  void runImport(deps, job.id, actor.userId);
  return jobView((await deps.db.getRepository(ImportJobEntity).findOneByOrFail({ id: job.id })));
}

function jobView(j: ImportJob) {
  const { storedAs: _s, columns, claimedBy: _c, leaseUntil: _l, rowsRead: _r, ...rest } = j;
  return { ...rest, columns: columns ? (JSON.parse(columns) as Columns) : null };
}

export async function importStatus(deps: AppDeps, actor: Actor, jobId: number) {
  requireGroup(actor, GROUP.coordinator, GROUP.supervisor);
  const job = await deps.db.getRepository(ImportJobEntity).findOneBy({ id: jobId });
  if (!job) throw notFound('IMPORT_NOT_FOUND', '导入任务不存在');
  const errors = await deps.db.getRepository(ImportRowErrorEntity).find({ where: { jobId }, order: { rowNo: 'ASC' }, take: 200 });
  return { job: jobView(job), errors: errors.map((e) => ({ rowNo: e.rowNo, messages: JSON.parse(e.messages) as string[] })) };
}

export async function listImports(deps: AppDeps, actor: Actor) {
  requireGroup(actor, GROUP.coordinator, GROUP.supervisor);
  return (await deps.db.getRepository(ImportJobEntity).find({ order: { id: 'DESC' }, take: 50 })).map(jobView);
}

/** Every refused row with its reasons, as CSV (UTF-8 with BOM, for Excel). */
export async function importErrorsCsv(deps: AppDeps, actor: Actor, jobId: number): Promise<string> {
  requireGroup(actor, GROUP.coordinator, GROUP.supervisor);
  const errors = await deps.db.getRepository(ImportRowErrorEntity).find({ where: { jobId }, order: { rowNo: 'ASC' } });
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return '\ufeff行号,原因\r\n' + errors.map((e) => `${e.rowNo},${q((JSON.parse(e.messages) as string[]).join('；'))}`).join('\r\n') + '\r\n';
}

/**
 * Takes over the imports whose instance stopped (its lease ran out) and runs them on from their checkpoint; every
 * web instance does this on a schedule, and only one gets each job. Answers the jobs taken.
 */
export async function takeOverImports(deps: AppDeps): Promise<number[]> {
  const taken: number[] = [];
  for (const job of await lapsedJobs(deps.db)) {
    if (!(await claimLapsed(deps.db, job.id, deps.config.instanceId, deps.config.imports.leaseMs))) continue;
    deps.log.info('took over an import', { jobId: job.id, instanceId: deps.config.instanceId });
    taken.push(job.id);
    void runImport(deps, job.id, job.createdBy);
  }
  return taken;
}
