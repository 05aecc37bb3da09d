/** English names of the codes whose Chinese names the server keeps (web/labels.ts, core/items/status.ts). */
import type { ItemStatus } from '../../../../core/items/status.js';

export const STATUS_EN: Record<ItemStatus, string> = {
  submitted: 'Submitted, awaiting screening', declined: 'Not accepted', merged: 'Merged into another item', listed: 'On the problem list, for the dialogue meeting',
  explained: 'Cannot be solved yet, explained', escalated: 'Referred to a higher level', awaitingDispatch: 'Awaiting dispatch', handling: 'Being handled',
  reviewing: 'Being handled (reply under review)', replied: 'Replied, awaiting follow-up', awaitingPublication: 'Followed up, publication under review', closed: 'Concluded', published: 'Concluded and published',
};

export const CHANNEL_EN: Record<string, string> = {
  online: 'Online', hotline12345: '12345 hotline', eSupervision: 'E-supervision', visit: 'Field visit', oneStop: 'One-stop service centre',
  cannotDo: '"Cannot get it done" window', creditComplaint: 'Integrity complaints window', meeting: 'At a dialogue meeting',
};

export const DECISION_EN: Record<string, string> = {
  none: '', onSpot: 'Answered on the spot', single: 'One department', multi: 'Lead and cooperating departments', escalate: 'Referred to a higher level', explain: 'Explained',
};

export const EVALUATION_EN: Record<string, string> = {
  satisfied: 'Satisfied', basic: 'Mostly satisfied', unsatisfied: 'Not satisfied', unreachable: 'Could not be reached',
};

export const TASK_EN: Record<string, string> = {
  ScreenItem: 'Screen the item', DispatchItem: 'Dispatch the item', HandleItem: 'Handle and reply', SendOpinion: 'Give a cooperating opinion', ConsolidateReply: 'Consolidate the reply',
  ApproveExtension: 'Approve an extension', ReviewReply: 'Review the reply', RecordEvaluation: '12345 follow-up evaluation', ReReviewItem: 'Re-examine the item', ReviewPublication: 'Review the public text',
  PlanMeeting: 'Prepare the dialogue meeting', RecordMeeting: 'Record the dialogue meeting',
};

export const ACTION_EN: Record<string, string> = {
  'item.submitted': 'Item submitted', 'task.claimed': 'Task claimed', 'task.unclaimed': 'Task unclaimed', 'item.status': 'Status changed',
  'extension.requested': 'Extension requested', 'item.published': 'Result published', 'evaluation.enterprise': 'Enterprise evaluation',
  'item.listed': 'Put on the problem list', 'item.merged': 'Merged', 'item.meetingDecided': 'Decided at the dialogue meeting', 'item.higherLevelDecided': 'Decided by the higher level',
  'item.dispatchDueSet': 'Dispatch deadline set', 'item.handlingDueSet': 'Handling deadline set', 'item.commented': 'Comment', 'item.attached': 'Attachment uploaded',
  'extension.applied': 'Extension in force', 'extension.withdrawn': 'Extension request did not reach the process, withdrawn', 'extension.rejected': 'Extension not approved', 'extension.refusedLimit': 'Extension refused: more than 2', 'evaluation.submitted': 'Follow-up evaluation',
  'item.declined': 'Not accepted', 'item.explained': 'Cannot be solved yet, explained', 'item.escalated': 'Referred to a higher level', 'item.replied': 'Reply sent to the enterprise',
  'item.dispatched': 'Dispatched', 'item.replySubmitted': 'Handling result submitted', 'item.opinionSent': 'Cooperating opinion given', 'item.returnedForRehandling': 'Returned for re-handling',
  'item.evaluated': 'Follow-up evaluation recorded', 'item.publicationDueSet': 'Publication review deadline set', 'item.publicationReviewed': 'Public text reviewed', 'item.closed': 'Concluded with an explanation',
  'item.deadlineRetimed': 'Dispatch deadline recalculated after a holiday notice', 'item.ladderRetimed': 'Supervision times recalculated after a holiday notice',
  'task.transferred': 'Transferred', 'task.delegated': 'Delegated', 'task.resolved': 'Delegation handed back', 'task.returned': 'Returned', 'task.copied': 'Copied to', 'task.reminded': 'Task reminder',
  'supervision.remind': 'Due reminder', 'supervision.urge': 'Urged', 'supervision.notice': 'Circulated notice', 'supervision.escalate': 'Supervision (reported to the leader in charge)',
  'supervision.dispatchOverdue': 'Dispatch overdue, supervised', 'supervision.skipped': 'Supervision step 1 disabled, not sent',
};

export const EXTENSION_EN: Record<string, string> = {
  pending: 'Awaiting approval', approved: 'Approved', rejected: 'Not approved', refusedLimit: 'Refused: more than 2', withdrawn: 'Withdrawn',
};

export const MEETING_KIND_EN: Record<string, string> = { dialogue: 'Dialogue meeting', symposium: 'Symposium', coBuilding: 'Joint activity', consultation: 'Asking enterprises for advice', chamberContact: 'Chamber liaison' };
export const MEETING_STATUS_EN: Record<string, string> = { proposed: 'Being prepared', planned: 'Prepared', held: 'Held', cancelled: 'Cancelled' };

/** The steps an enterprise follows on the tracking page (core/items/public-timeline.ts), by their keys. */
export const PUBLIC_STEP_EN: Record<string, string> = {
  received: 'We have received your problem', listed: 'On the problem list, for the dialogue meeting', merged: 'Handled together with a similar problem',
  declined: 'Not accepted after review', meetingDecided: 'Discussed at the dialogue meeting', dispatched: 'Dispatched to the responsible department',
  extended: 'The time limit was extended', escalated: 'Referred to a higher level', higherLevelDecided: 'The higher level has decided',
  explained: 'Cannot be solved yet: explained to you', replied: 'The department has replied', evaluationReceived: 'We have received your evaluation',
  followedUp: 'The 12345 hotline has followed up', published: 'The result is published', closed: 'Concluded',
};

/** The supervision ladder's steps (core/supervision/ladder.ts) and who each step tells (web/usecases/ladder-rules.ts). */
export const LADDER_EN: Record<string, string> = { remind: 'Reminder', urge: 'Urging', notice: 'Public notice', escalate: 'Supervision' };
export const RECIPIENT_EN: Record<string, string> = { lead: 'Handling (lead) department', co: 'Cooperating departments', coordinator: 'Business office (coordinator)', supervisor: 'Supervision office and the leader in charge' };

/** The notices sent to enterprises (core/contract.ts NOTICE) and their templates' placeholders. */
export const NOTICE_EN: Record<string, string> = { declined: 'Not accepted', merged: 'Merged', answered: 'Answered on the spot', explained: 'Explanation', escalated: 'Referred upwards', progress: 'Progress', replied: 'Result' };
export const PLACEHOLDER_EN: Record<string, string> = { itemNo: 'Item number', reply: 'The reply or explanation', trackUrl: 'Address for tracking and evaluation', reReviewDate: 'Re-review date ("to be announced" when not set)' };

/** Spreadsheet imports: the fields a column can fill (web/imports/mapping.ts) and a job's states. */
export const IMPORT_FIELD_EN: Record<string, string> = {
  sourceRef: 'Source number', submittedOn: 'Submitted on', enterpriseName: 'Enterprise', personInCharge: 'Person in charge', phone: 'Phone',
  email: 'E-mail', creditCode: 'Unified social credit code', problem: 'Problem', suggestion: 'Suggestion', remarks: 'Remarks',
};
export const IMPORT_STATUS_EN: Record<string, string> = { uploaded: 'Waiting to import', running: 'Importing', finished: 'Imported', failed: 'Interrupted' };

/** The work calendar: what kind of day, and what the kind rests on. */
export const DAY_KIND_EN: Record<string, string> = { workday: 'Working day', weekend: 'Weekend', holiday: 'Public holiday', adjustedWorkday: 'Adjusted working day' };
export const DAY_SOURCE_EN: Record<string, string> = { notice: 'holiday notice', statutory: 'statutory holiday (projected)', weekend: 'weekend (provisional)', weekday: 'working day (provisional)' };

/** The statutory holidays by the names the notices and the projection give them (core/calendar). */
export const HOLIDAY_EN: Record<string, string> = {
  元旦: 'New Year\'s Day', 春节: 'Spring Festival', 清明: 'Qingming Festival', 清明节: 'Qingming Festival', 劳动节: 'Labour Day',
  端午: 'Dragon Boat Festival', 端午节: 'Dragon Boat Festival', 中秋: 'Mid-Autumn Festival', 中秋节: 'Mid-Autumn Festival',
  国庆: 'National Day', 国庆节: 'National Day', 节假日: 'Holiday', 调休上班: 'Adjusted working day',
};
