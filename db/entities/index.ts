/**
 * The domain records, as TypeORM entity schemas (no decorators: they run the same under tsc, ts-jest and ESM).
 * Calendar dates are `YYYY-MM-DD` strings (Asia/Shanghai); instants are `Date`s stored in UTC.
 * One file per aggregate; this index re-exports them and lists the schemas the data source loads.
 */
export * from './department.js';
export * from './enterprise.js';
export * from './item.js';
export * from './meeting.js';
export * from './item-records.js';
export * from './notification.js';
export * from './calendar.js';
export * from './action-log.js';
export * from './staff-session.js';
export * from './notes.js';
export * from './imports.js';
export * from './ladder-rule.js';
export * from './login-failure.js';
export * from './model-draft.js';
export * from './practice-case.js';
import { DepartmentEntity } from './department.js';
import { EnterpriseEntity } from './enterprise.js';
import { ItemEntity } from './item.js';
import { MeetingEntity, MeetingTopicEntity, MeetingAttendanceEntity } from './meeting.js';
import { HandlingRecordEntity, ExtensionRequestEntity, EvaluationEntity, SupervisionEntity } from './item-records.js';
import { NotificationEntity, NotificationWebhookEntity, NoticeTemplateEntity } from './notification.js';
import { CalendarYearEntity, CalendarDayEntity } from './calendar.js';
import { ActionLogEntity } from './action-log.js';
import { StaffSessionEntity } from './staff-session.js';
import { CommentEntity, AttachmentEntity } from './notes.js';
import { ColumnMappingEntity, ImportJobEntity, ImportRowErrorEntity } from './imports.js';
import { LadderRuleEntity } from './ladder-rule.js';
import { ModelDraftEntity } from './model-draft.js';
import { LoginFailureEntity } from './login-failure.js';
import { PracticeCaseEntity } from './practice-case.js';

export const ENTITIES = [
  DepartmentEntity, EnterpriseEntity, ItemEntity, MeetingEntity, MeetingTopicEntity, MeetingAttendanceEntity,
  HandlingRecordEntity, ExtensionRequestEntity, EvaluationEntity, SupervisionEntity, NotificationEntity,
  CalendarYearEntity, CalendarDayEntity, ActionLogEntity, StaffSessionEntity, NotificationWebhookEntity, CommentEntity, AttachmentEntity,
  ColumnMappingEntity, ImportJobEntity, ImportRowErrorEntity, NoticeTemplateEntity, LadderRuleEntity, LoginFailureEntity,
  ModelDraftEntity, PracticeCaseEntity,
];
