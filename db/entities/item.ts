import { EntitySchema } from 'typeorm';
import { id, createdAt, str, text, instant, int } from './columns.js';

/** Where an item came from (the seed's channels). */
export const CHANNELS = ['online', 'hotline12345', 'eSupervision', 'visit', 'oneStop', 'cannotDo', 'creditComplaint', 'meeting'] as const;
export type Channel = (typeof CHANNELS)[number];

/** 议题 — form 1 (议题表) plus the ledger fields (涉企问题工作台账) and form 2's result. */
export interface Item {
  id: number;
  itemNo: string;
  channel: Channel;
  sourceRef: string | null;
  enterpriseId: number | null;
  enterpriseName: string;
  personInCharge: string;
  phone: string;
  email: string | null;
  submittedOn: string;
  problem: string;
  suggestion: string | null;
  remarks: string | null;
  /** One of ITEM_STATUS (core/items/status.ts); written only through core/items/item-store.ts. */
  status: string;
  trackingCodeHash: string;
  clientRequestId: string | null;
  processInstanceId: string | null;
  mergedIntoId: number | null;
  meetingId: number | null;
  decision: string | null;
  leadDept: string | null;
  coDepts: string | null;
  dispatchDue: Date | null;
  dispatchedAt: Date | null;
  handlingDue: Date | null;
  repliedAt: Date | null;
  reply: string | null;
  extensionCount: number;
  rehandleCount: number;
  evaluation: string | null;
  reReviewDate: string | null;
  /** The problem and the answer as the coordinator approved them for publication (审核公开内容); null before. */
  publicProblem: string | null;
  publicAnswer: string | null;
  publishedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
export const ItemEntity = new EntitySchema<Item>({
  name: 'Item',
  tableName: 'item',
  columns: {
    id,
    itemNo: { ...str(32), name: 'item_no' },
    channel: str(32),
    sourceRef: { ...str(64, true), name: 'source_ref' },
    enterpriseId: { type: 'int', nullable: true, name: 'enterprise_id' },
    enterpriseName: { ...str(200), name: 'enterprise_name' },
    personInCharge: { ...str(50), name: 'person_in_charge' },
    phone: str(30),
    email: str(200, true),
    submittedOn: { ...str(10), name: 'submitted_on' },
    problem: text(false),
    suggestion: text(),
    remarks: text(),
    status: str(32),
    trackingCodeHash: { ...str(64), name: 'tracking_code_hash' },
    clientRequestId: { ...str(64, true), name: 'client_request_id' },
    processInstanceId: { ...str(64, true), name: 'process_instance_id' },
    mergedIntoId: { type: 'int', nullable: true, name: 'merged_into_id' },
    meetingId: { type: 'int', nullable: true, name: 'meeting_id' },
    decision: str(16, true),
    leadDept: { ...str(64, true), name: 'lead_dept' },
    coDepts: { ...str(500, true), name: 'co_depts' },
    dispatchDue: instant('dispatch_due'),
    dispatchedAt: instant('dispatched_at'),
    handlingDue: instant('handling_due'),
    repliedAt: instant('replied_at'),
    reply: text(),
    extensionCount: int('extension_count'),
    rehandleCount: int('rehandle_count'),
    evaluation: str(16, true),
    reReviewDate: { ...str(10, true), name: 're_review_date' },
    publicProblem: { ...text(), name: 'public_problem' },
    publicAnswer: { ...text(), name: 'public_answer' },
    publishedAt: instant('published_at'),
    closedAt: instant('closed_at'),
    createdAt,
    updatedAt: { type: 'datetime', updateDate: true, precision: 3, name: 'updated_at' },
  },
  uniques: [
    { name: 'uq_item_no', columns: ['itemNo'] },
    { name: 'uq_item_client_request', columns: ['clientRequestId'] },
    { name: 'uq_item_channel_source', columns: ['channel', 'sourceRef'] },
  ],
  indices: [
    { name: 'ix_item_status', columns: ['status'] },
    { name: 'ix_item_lead_dept', columns: ['leadDept'] },
  ],
});
