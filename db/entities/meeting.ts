import { EntitySchema } from 'typeorm';
import { id, createdAt, str, text, instant } from './columns.js';

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
