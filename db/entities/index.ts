/**
 * The domain records, as TypeORM entity schemas (no decorators: they run the same under tsc, ts-jest and ESM).
 * Calendar dates are `YYYY-MM-DD` strings (Asia/Shanghai); instants are `Date`s stored in UTC.
 */
import { EntitySchema } from 'typeorm';

const id = { type: 'integer' as const, primary: true, generated: 'increment' as const };
const createdAt = { type: 'datetime' as const, createDate: true, precision: 3, name: 'created_at' };
const str = (length: number, nullable = false) => ({ type: 'varchar' as const, length, nullable });
const text = (nullable = true) => ({ type: 'text' as const, nullable });
const instant = (name: string, nullable = true) => ({ type: 'datetime' as const, precision: 3, nullable, name });
const int = (name?: string, def = 0) => ({ type: 'int' as const, default: def, ...(name ? { name } : {}) });

export interface Department {
  id: number;
  code: string;
  name: string;
  contact: string | null;
  phone: string | null;
  createdAt: Date;
}
export const DepartmentEntity = new EntitySchema<Department>({
  name: 'Department',
  tableName: 'department',
  columns: {
    id,
    code: str(64),
    name: str(100),
    contact: str(50, true),
    phone: str(30, true),
    createdAt,
  },
  uniques: [{ name: 'uq_department_code', columns: ['code'] }],
});

export interface Enterprise {
  id: number;
  name: string;
  creditCode: string | null;
  personInCharge: string | null;
  phone: string | null;
  createdAt: Date;
}
export const EnterpriseEntity = new EntitySchema<Enterprise>({
  name: 'Enterprise',
  tableName: 'enterprise',
  columns: {
    id,
    name: str(200),
    creditCode: { ...str(18, true), name: 'credit_code' },
    personInCharge: { ...str(50, true), name: 'person_in_charge' },
    phone: str(30, true),
    createdAt,
  },
  uniques: [{ name: 'uq_enterprise_name', columns: ['name'] }],
});

/** Where an item came from (the seed's channels). */
export const CHANNELS = ['online', 'hotline12345', 'eSupervision', 'visit', 'oneStop', 'cannotDo', 'creditComplaint', 'meeting'] as const;
export type Channel = (typeof CHANNELS)[number];

/** An item's state in the ledger; the engine holds the authoritative flow, this mirrors it for queries. */
export const ITEM_STATUS = [
  'submitted', 'declined', 'merged', 'listed', 'explained', 'escalated', 'awaitingDispatch', 'handling',
  'reviewing', 'replied', 'closed', 'published',
] as const;
export type ItemStatus = (typeof ITEM_STATUS)[number];

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
  status: ItemStatus;
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

export const MEETING_STATUS = ['proposed', 'planned', 'held'] as const;
export interface Meeting {
  id: number;
  meetingNo: string;
  title: string;
  kind: string;
  quarterKey: string;
  plannedDate: string | null;
  place: string | null;
  heldDate: string | null;
  status: (typeof MEETING_STATUS)[number];
  minutes: string | null;
  processInstanceId: string | null;
  createdAt: Date;
}
export const MeetingEntity = new EntitySchema<Meeting>({
  name: 'Meeting',
  tableName: 'meeting',
  columns: {
    id,
    meetingNo: { ...str(32), name: 'meeting_no' },
    title: str(200),
    kind: str(32),
    quarterKey: { ...str(8), name: 'quarter_key' },
    plannedDate: { ...str(10, true), name: 'planned_date' },
    place: str(200, true),
    heldDate: { ...str(10, true), name: 'held_date' },
    status: str(16),
    minutes: text(),
    processInstanceId: { ...str(64, true), name: 'process_instance_id' },
    createdAt,
  },
  uniques: [{ name: 'uq_meeting_no', columns: ['meetingNo'] }],
});

/** One agenda topic of a meeting and the decision taken on it. */
export interface MeetingTopic {
  id: number;
  meetingId: number;
  itemId: number;
  decision: string | null;
  leadDept: string | null;
  coDepts: string | null;
  answer: string | null;
  reReviewDate: string | null;
  appliedAt: Date | null;
}
export const MeetingTopicEntity = new EntitySchema<MeetingTopic>({
  name: 'MeetingTopic',
  tableName: 'meeting_topic',
  columns: {
    id,
    meetingId: { type: 'int', name: 'meeting_id' },
    itemId: { type: 'int', name: 'item_id' },
    decision: str(16, true),
    leadDept: { ...str(64, true), name: 'lead_dept' },
    coDepts: { ...str(500, true), name: 'co_depts' },
    answer: text(),
    reReviewDate: { ...str(10, true), name: 're_review_date' },
    appliedAt: instant('applied_at'),
  },
  uniques: [{ name: 'uq_meeting_topic', columns: ['meetingId', 'itemId'] }],
});

/** An invited enterprise and whether its representative came. */
export interface MeetingAttendance {
  id: number;
  meetingId: number;
  enterpriseName: string;
  representative: string | null;
  phone: string | null;
  attended: boolean;
}
export const MeetingAttendanceEntity = new EntitySchema<MeetingAttendance>({
  name: 'MeetingAttendance',
  tableName: 'meeting_attendance',
  columns: {
    id,
    meetingId: { type: 'int', name: 'meeting_id' },
    enterpriseName: { ...str(200), name: 'enterprise_name' },
    representative: str(50, true),
    phone: str(30, true),
    attended: { type: 'boolean', default: false },
  },
  uniques: [{ name: 'uq_meeting_attendance', columns: ['meetingId', 'enterpriseName'] }],
});

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

export const EXTENSION_STATUS = ['pending', 'approved', 'rejected', 'refusedLimit'] as const;
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

/** A notice to a person or group, at most once per (event, recipient, channel). */
export interface Notification {
  id: number;
  dedupeKey: string;
  channel: 'inapp' | 'email' | 'sms' | WebhookKind;
  recipientType: 'enterprise' | 'group' | 'user';
  recipient: string;
  address: string | null;
  subject: string;
  body: string;
  itemId: number | null;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  sentAt: Date | null;
  readAt: Date | null;
  /** Not before this instant (quiet hours); null = at once. */
  scheduledAt: Date | null;
  createdAt: Date;
}
export const NotificationEntity = new EntitySchema<Notification>({
  name: 'Notification',
  tableName: 'notification',
  columns: {
    id,
    dedupeKey: { ...str(191), name: 'dedupe_key' },
    channel: str(16),
    recipientType: { ...str(16), name: 'recipient_type' },
    recipient: str(100),
    address: str(200, true),
    subject: str(200),
    body: text(false),
    itemId: { type: 'int', nullable: true, name: 'item_id' },
    status: str(16),
    attempts: int(),
    sentAt: instant('sent_at'),
    readAt: instant('read_at'),
    scheduledAt: instant('scheduled_at'),
    createdAt,
  },
  uniques: [{ name: 'uq_notification_dedupe', columns: ['dedupeKey'] }],
  indices: [{ name: 'ix_notification_recipient', columns: ['recipientType', 'recipient'] }],
});

export const WEBHOOK_KINDS = ['wecom', 'dingtalk'] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

/** A group robot (企业微信 / 钉钉) that receives a group's notices. */
export interface NotificationWebhook {
  id: number;
  groupCode: string;
  kind: WebhookKind;
  url: string;
  secret: string | null;
  enabled: boolean;
  createdAt: Date;
}
export const NotificationWebhookEntity = new EntitySchema<NotificationWebhook>({
  name: 'NotificationWebhook',
  tableName: 'notification_webhook',
  columns: {
    id,
    groupCode: { ...str(64), name: 'group_code' },
    kind: str(16),
    url: str(500),
    secret: str(200, true),
    enabled: { type: 'boolean', default: true },
    createdAt,
  },
  uniques: [{ name: 'uq_webhook_group_url', columns: ['groupCode', 'url'] }],
});

/** A year for which an administrator entered the State Council's holiday notice. */
export interface CalendarYear {
  year: number;
  noticeTitle: string;
  enteredBy: string;
  createdAt: Date;
}
export const CalendarYearEntity = new EntitySchema<CalendarYear>({
  name: 'CalendarYear',
  tableName: 'calendar_year',
  columns: {
    year: { type: 'int', primary: true },
    noticeTitle: { ...str(200), name: 'notice_title' },
    enteredBy: { ...str(64), name: 'entered_by' },
    createdAt,
  },
});

export interface CalendarDay {
  date: string;
  year: number;
  kind: 'holiday' | 'workday';
  name: string;
}
export const CalendarDayEntity = new EntitySchema<CalendarDay>({
  name: 'CalendarDay',
  tableName: 'calendar_day',
  columns: {
    date: { type: 'varchar', length: 10, primary: true },
    year: { type: 'int' },
    kind: str(16),
    name: str(50),
  },
  indices: [{ name: 'ix_calendar_day_year', columns: ['year'] }],
});

/** Who did what, when, with the state before and after (decidim's action log). */
export interface ActionLog {
  id: number;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  createdAt: Date;
}
export const ActionLogEntity = new EntitySchema<ActionLog>({
  name: 'ActionLog',
  tableName: 'action_log',
  columns: {
    id,
    actor: str(64),
    action: str(64),
    entityType: { ...str(32), name: 'entity_type' },
    entityId: { ...str(64), name: 'entity_id' },
    before: text(),
    after: text(),
    createdAt,
  },
  indices: [{ name: 'ix_action_log_entity', columns: ['entityType', 'entityId'] }],
});

/** A staff login: the browser holds the random token, the database only its hash. */
export interface StaffSession {
  tokenHash: string;
  userId: string;
  displayName: string;
  groups: string;
  expiresAt: Date;
  createdAt: Date;
}
export const StaffSessionEntity = new EntitySchema<StaffSession>({
  name: 'StaffSession',
  tableName: 'staff_session',
  columns: {
    tokenHash: { type: 'varchar', length: 64, primary: true, name: 'token_hash' },
    userId: { ...str(64), name: 'user_id' },
    displayName: { ...str(100), name: 'display_name' },
    groups: text(false),
    expiresAt: instant('expires_at', false),
    createdAt,
  },
});

/** 意见 on an item or meeting, written beside its tasks (a department's note, a coordinator's instruction). */
export interface Comment {
  id: number;
  entityKey: string;
  taskId: string | null;
  author: string;
  body: string;
  createdAt: Date;
}
export const CommentEntity = new EntitySchema<Comment>({
  name: 'Comment',
  tableName: 'item_comment',
  columns: {
    id,
    entityKey: { ...str(40), name: 'entity_key' },
    taskId: { ...str(64, true), name: 'task_id' },
    author: str(64),
    body: { type: 'text' },
    createdAt,
  },
  indices: [{ name: 'ix_comment_entity', columns: ['entityKey'] }],
});

/** 附件: a file kept under the data folder by its SHA-256, described here. */
export interface Attachment {
  id: number;
  entityKey: string;
  taskId: string | null;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  createdAt: Date;
}
export const AttachmentEntity = new EntitySchema<Attachment>({
  name: 'Attachment',
  tableName: 'attachment',
  columns: {
    id,
    entityKey: { ...str(40), name: 'entity_key' },
    taskId: { ...str(64, true), name: 'task_id' },
    fileName: { ...str(200), name: 'file_name' },
    contentType: { ...str(100), name: 'content_type' },
    size: { type: 'integer' },
    sha256: str(64),
    uploadedBy: { ...str(64), name: 'uploaded_by' },
    createdAt,
  },
  indices: [{ name: 'ix_attachment_entity', columns: ['entityKey'] }],
});

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

/** The bureau's wording of one notice to enterprises, replacing the default in core/notify/notice-templates.ts. */
export interface NoticeTemplateRow {
  notice: string;
  subject: string;
  body: string;
  updatedBy: string;
  updatedAt: Date;
}
export const NoticeTemplateEntity = new EntitySchema<NoticeTemplateRow>({
  name: 'NoticeTemplate',
  tableName: 'notice_template',
  columns: {
    notice: { type: 'varchar', length: 32, primary: true },
    subject: str(200),
    body: { type: 'text' },
    updatedBy: { ...str(64), name: 'updated_by' },
    updatedAt: { type: 'datetime', precision: 3, updateDate: true, name: 'updated_at' },
  },
});

/** The bureau's rule for one step of the supervision ladder, replacing the default in core/supervision/ladder.ts. */
export interface LadderRuleRow {
  level: string;
  enabled: boolean;
  workingDays: number;
  /** Comma-separated: lead, co, coordinator, supervisor. */
  recipients: string;
  updatedBy: string;
  updatedAt: Date;
}
export const LadderRuleEntity = new EntitySchema<LadderRuleRow>({
  name: 'LadderRule',
  tableName: 'ladder_rule',
  columns: {
    level: { type: 'varchar', length: 16, primary: true },
    enabled: { type: 'boolean', default: true },
    workingDays: { type: 'int', name: 'working_days' },
    recipients: str(200),
    updatedBy: { ...str(64), name: 'updated_by' },
    updatedAt: { type: 'datetime', precision: 3, updateDate: true, name: 'updated_at' },
  },
});

export const ENTITIES = [
  DepartmentEntity, EnterpriseEntity, ItemEntity, MeetingEntity, MeetingTopicEntity, MeetingAttendanceEntity,
  HandlingRecordEntity, ExtensionRequestEntity, EvaluationEntity, SupervisionEntity, NotificationEntity,
  CalendarYearEntity, CalendarDayEntity, ActionLogEntity, StaffSessionEntity, NotificationWebhookEntity, CommentEntity, AttachmentEntity,
  ColumnMappingEntity, ImportJobEntity, ImportRowErrorEntity, NoticeTemplateEntity, LadderRuleEntity,
];
