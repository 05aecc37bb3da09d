import { EntitySchema } from 'typeorm';
import type { Channel } from './item.js';
import { id, createdAt, str } from './columns.js';

/** A saved column mapping for a recurring spreadsheet (12345 work orders, 电子监察 exports…). */
export interface ColumnMapping {
  id: number;
  name: string;
  channel: Channel;
  /** JSON: item field → the spreadsheet's column header. */
  columns: string;
  updatedBy: string;
  createdAt: Date;
}
export const ColumnMappingEntity = new EntitySchema<ColumnMapping>({
  name: 'ColumnMapping',
  tableName: 'column_mapping',
  columns: {
    id,
    name: str(100),
    channel: str(32),
    columns: { type: 'text' },
    updatedBy: { ...str(64), name: 'updated_by' },
    createdAt,
  },
  uniques: [{ name: 'uq_column_mapping_name', columns: ['name'] }],
});

export const IMPORT_STATUS = ['uploaded', 'running', 'finished', 'failed'] as const;
/** One uploaded spreadsheet and how far its import got. */
export interface ImportJob {
  id: number;
  fileName: string;
  storedAs: string;
  channel: Channel | null;
  columns: string | null;
  status: (typeof IMPORT_STATUS)[number];
  total: number;
  done: number;
  created: number;
  failed: number;
  createdBy: string;
  createdAt: Date;
  finishedAt: Date | null;
  /** The app instance running the import, while its lease lasts; another instance takes it over after that. */
  claimedBy: string | null;
  leaseUntil: Date | null;
  /** Rows read and settled (created or refused) at the last checkpoint: a takeover goes on after them. */
  rowsRead: number;
}
export const ImportJobEntity = new EntitySchema<ImportJob>({
  name: 'ImportJob',
  tableName: 'import_job',
  columns: {
    id,
    fileName: { ...str(200), name: 'file_name' },
    storedAs: { ...str(100), name: 'stored_as' },
    channel: str(32, true),
    columns: { type: 'text', nullable: true },
    status: str(16),
    total: { type: 'integer', default: 0 },
    done: { type: 'integer', default: 0 },
    created: { type: 'integer', default: 0 },
    failed: { type: 'integer', default: 0 },
    createdBy: { ...str(64), name: 'created_by' },
    createdAt,
    finishedAt: { type: 'datetime', precision: 3, nullable: true, name: 'finished_at' },
    claimedBy: { ...str(64, true), name: 'claimed_by' },
    leaseUntil: { type: 'datetime', precision: 3, nullable: true, name: 'lease_until' },
    rowsRead: { type: 'integer', default: 0, name: 'rows_read' },
  },
});

/** Why one row of an import was not taken (row numbers as the spreadsheet shows them). */
export interface ImportRowError {
  id: number;
  jobId: number;
  rowNo: number;
  /** JSON array of zh-CN messages. */
  messages: string;
}
export const ImportRowErrorEntity = new EntitySchema<ImportRowError>({
  name: 'ImportRowError',
  tableName: 'import_row_error',
  columns: {
    id,
    jobId: { type: 'integer', name: 'job_id' },
    rowNo: { type: 'integer', name: 'row_no' },
    messages: { type: 'text' },
  },
  indices: [{ name: 'ix_import_row_error_job', columns: ['jobId', 'rowNo'] }],
});
