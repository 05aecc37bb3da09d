import { EntitySchema } from 'typeorm';
import { id, createdAt, str, text, instant, int } from './columns.js';

/** Form 2 (议题办理情况表): one department's part in handling an item, in one handling round. */
export interface HandlingRecord {
  id: number;
  itemId: number;
  round: number;
  deptCode: string;
  role: 'lead' | 'cooperator';
  content: string;
  /** 反馈情况: how the result was fed back to the enterprise (form 2). */
  feedback: string | null;
  contact: string;
  phone: string;
  taskId: string;
  submittedBy: string;
  createdAt: Date;
}
export const HandlingRecordEntity = new EntitySchema<HandlingRecord>({
  name: 'HandlingRecord',
  tableName: 'handling_record',
  columns: {
    id,
    itemId: { type: 'int', name: 'item_id' },
    round: int(undefined, 1),
    deptCode: { ...str(64), name: 'dept_code' },
    role: str(16),
    content: text(false),
    feedback: text(true),
    contact: str(50),
    phone: str(30),
    taskId: { ...str(64), name: 'task_id' },
    submittedBy: { ...str(64), name: 'submitted_by' },
    createdAt,
  },
  uniques: [{ name: 'uq_handling_task', columns: ['taskId'] }],
});

/** `withdrawn`: stored, but the model never received it (the engine refused or could not be reached). */
export const EXTENSION_STATUS = ['pending', 'approved', 'rejected', 'refusedLimit', 'withdrawn'] as const;
export interface ExtensionRequest {
  id: number;
  itemId: number;
  deptCode: string;
  requestedBy: string;
  reason: string;
  days: number;
  status: (typeof EXTENSION_STATUS)[number];
  decidedBy: string | null;
  decisionNote: string | null;
  oldDue: Date | null;
  newDue: Date | null;
  createdAt: Date;
  decidedAt: Date | null;
}
export const ExtensionRequestEntity = new EntitySchema<ExtensionRequest>({
  name: 'ExtensionRequest',
  tableName: 'extension_request',
  columns: {
    id,
    itemId: { type: 'int', name: 'item_id' },
    deptCode: { ...str(64), name: 'dept_code' },
    requestedBy: { ...str(64), name: 'requested_by' },
    reason: text(false),
    days: { type: 'int' },
    status: str(16),
    decidedBy: { ...str(64, true), name: 'decided_by' },
    decisionNote: { ...text(), name: 'decision_note' },
    oldDue: instant('old_due'),
    newDue: instant('new_due'),
    createdAt,
    decidedAt: instant('decided_at'),
  },
  indices: [{ name: 'ix_extension_item', columns: ['itemId'] }],
});

/** Form 3 (总体评价表) from the enterprise, or the 12345 follow-up operator's record of the call. */
export interface Evaluation {
  id: number;
  itemId: number;
  source: 'followup' | 'enterprise';
  result: string;
  overallOpinion: string | null;
  otherSuggestions: string | null;
  remarks: string | null;
  evaluatorName: string | null;
  phone: string | null;
  recordedBy: string | null;
  round: number;
  createdAt: Date;
}
export const EvaluationEntity = new EntitySchema<Evaluation>({
  name: 'Evaluation',
  tableName: 'evaluation',
  columns: {
    id,
    itemId: { type: 'int', name: 'item_id' },
    source: str(16),
    result: str(16),
    overallOpinion: { ...text(), name: 'overall_opinion' },
    otherSuggestions: { ...text(), name: 'other_suggestions' },
    remarks: text(),
    evaluatorName: { ...str(50, true), name: 'evaluator_name' },
    phone: str(30, true),
    recordedBy: { ...str(64, true), name: 'recorded_by' },
    round: int(undefined, 1),
    createdAt,
  },
  indices: [{ name: 'ix_evaluation_item', columns: ['itemId'] }],
});

/** A supervision step raised by the model (提醒, 催办, 通报, 督办, overdue dispatch, missed quarter). */
export interface Supervision {
  id: number;
  dedupeKey: string;
  itemId: number | null;
  quarterKey: string | null;
  level: string;
  deptCode: string | null;
  message: string;
  createdAt: Date;
}
export const SupervisionEntity = new EntitySchema<Supervision>({
  name: 'Supervision',
  tableName: 'supervision',
  columns: {
    id,
    dedupeKey: { ...str(128), name: 'dedupe_key' },
    itemId: { type: 'int', nullable: true, name: 'item_id' },
    quarterKey: { ...str(8, true), name: 'quarter_key' },
    level: str(32),
    deptCode: { ...str(64, true), name: 'dept_code' },
    message: text(false),
    createdAt,
  },
  uniques: [{ name: 'uq_supervision_dedupe', columns: ['dedupeKey'] }],
});
