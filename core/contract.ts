/**
 * The contract between the BPMN models in bpmn/ and the TypeScript code: every process key, task key, topic,
 * message, variable and error code that appears in both. `test/contract.test.ts` fails when the models use a
 * name that is not here, or a handler exists without a topic in a model.
 */

export const PROCESS = {
  item: 'qinqing-item',
  meeting: 'qinqing-meeting',
  quarter: 'qinqing-quarter',
} as const;

/** External-task topics: one worker handler each (workers/handlers/). */
export const TOPIC = {
  problemListAdd: 'problem-list-add',
  itemMerge: 'item-merge',
  dispatchDeadline: 'dispatch-deadline',
  handlingDeadline: 'handling-deadline',
  supervisionRaise: 'supervision-raise',
  extensionApply: 'extension-apply',
  extensionRefuse: 'extension-refuse',
  enterpriseNotify: 'enterprise-notify',
  resultPublish: 'result-publish',
  meetingApply: 'meeting-apply',
  quarterOpen: 'quarter-open',
  publicationDeadline: 'publication-deadline',
  publicationRemind: 'publication-remind',
} as const;
export type Topic = (typeof TOPIC)[keyof typeof TOPIC];

/** User tasks (BPMN ids = task definition keys); each has its completion in web/task-completion/. */
export const TASK = {
  screenItem: 'ScreenItem',
  dispatchItem: 'DispatchItem',
  handleItem: 'HandleItem',
  sendOpinion: 'SendOpinion',
  consolidateReply: 'ConsolidateReply',
  approveExtension: 'ApproveExtension',
  reviewReply: 'ReviewReply',
  recordEvaluation: 'RecordEvaluation',
  reReviewItem: 'ReReviewItem',
  /** 审核公开内容: the coordinator checks (and may redact) the text before a concluded result is published. */
  reviewPublication: 'ReviewPublication',
  planMeeting: 'PlanMeeting',
  recordMeeting: 'RecordMeeting',
} as const;
export type TaskKey = (typeof TASK)[keyof typeof TASK];

/** Each known task's form: the `id` of its file in bpmn/forms/, named by the task's `camunda:formRef`. */
export const formIdOf = (task: TaskKey): string => `${task}Form`;

const TASK_KEYS: readonly string[] = Object.values(TASK);

/**
 * Which known task an engine task is: the form it shows decides (the code validates that form's fields), so a
 * designer may rename a task's id and the code still completes it; a task without a known form is its own id.
 */
export function taskKindOf(task: { taskDefinitionKey: string; operatonFormRef?: { key?: string | null } | null; camundaFormRef?: { key?: string | null } | null }): string {
  const byForm = (task.operatonFormRef ?? task.camundaFormRef)?.key?.replace(/Form$/, '');
  if (byForm && TASK_KEYS.includes(byForm)) return byForm;
  return task.taskDefinitionKey;
}

export const isTaskKey = (k: string): k is TaskKey => TASK_KEYS.includes(k);

/** The lead department's handling tasks: where it may ask for an extension or return an item that is not its own. */
export const LEAD_HANDLING_TASKS: readonly string[] = [TASK.handleItem, TASK.consolidateReply];

/** Other activities the code looks for in running instances (ids in the models). */
export const ACTIVITY = {
  awaitMeetingDecision: 'AwaitMeetingDecision',
  quarterGateway: 'QuarterGateway',
  /** 交办超时: the timer on 交办议题, on `${dispatchDue}`; a holiday notice entered later re-times it. */
  dispatchOverdue: 'DispatchOverdue',
  /** The ladder's timers (on `${handlingRemindAt}`, `${handlingDue}`, `${ladderNoticeAt}`, `${ladderEscalateAt}`); an extension re-times them. */
  handlingOverdue: 'HandlingOverdue',
  reminderDue: 'ReminderDue',
  noticeDue: 'NoticeDue',
  escalationDue: 'EscalationDue',
  /** 公开审核超时: the timer on 审核公开内容, on `${publicationDue}`. */
  publicationOverdue: 'PublicationOverdue',
} as const;

export const MESSAGE = {
  meetingDecided: 'MeetingDecided',
  higherLevelDecided: 'HigherLevelDecided',
  extensionRequested: 'ExtensionRequested',
  meetingHeld: 'MeetingHeld',
  itemReturned: 'ItemReturned',
} as const;

/** Process variables read or written by code. */
export const VAR = {
  itemNo: 'itemNo',
  screening: 'screening',
  mergeInto: 'mergeInto',
  decision: 'decision',
  leadDept: 'leadDept',
  coDepts: 'coDepts',
  coDept: 'coDept',
  coDeptCount: 'coDeptCount',
  meetingId: 'meetingId',
  meetingDate: 'meetingDate',
  /** The day a department returned the item (退回); dispatching again counts from it. */
  returnedOn: 'returnedOn',
  /** The day the dispatch limit counts from: the return day, else the meeting day (set by the model). */
  dispatchFrom: 'dispatchFrom',
  dispatchWorkingDays: 'dispatchWorkingDays',
  dispatchDue: 'dispatchDue',
  replyDays: 'replyDays',
  handlingDue: 'handlingDue',
  /** The ladder's times, computed from the bureau's rules (core/supervision/ladder.ts) when handling starts. */
  handlingRemindAt: 'handlingRemindAt',
  ladderNoticeAt: 'ladderNoticeAt',
  ladderEscalateAt: 'ladderEscalateAt',
  extensionCount: 'extensionCount',
  extensionRequestId: 'extensionRequestId',
  extensionApproved: 'extensionApproved',
  reviewApproved: 'reviewApproved',
  evaluation: 'evaluation',
  reReviewDate: 'reReviewDate',
  reReviewOutcome: 'reReviewOutcome',
  level: 'level',
  notice: 'notice',
  refusal: 'refusal',
  quarterKey: 'quarterKey',
  quarterEnd: 'quarterEnd',
  /** Working days the coordinator has to review a result before it is published (the model says 2). */
  publicationWorkingDays: 'publicationWorkingDays',
  publicationDue: 'publicationDue',
} as const;

/** Each step of the supervision ladder: its timer event in the item model and the variable that timer waits for. */
export const LADDER_TIMER = {
  remind: { activity: ACTIVITY.reminderDue, variable: VAR.handlingRemindAt },
  urge: { activity: ACTIVITY.handlingOverdue, variable: VAR.handlingDue },
  notice: { activity: ACTIVITY.noticeDue, variable: VAR.ladderNoticeAt },
  escalate: { activity: ACTIVITY.escalationDue, variable: VAR.ladderEscalateAt },
} as const;

/** Screening outcomes (ScreenItem). */
export const SCREENING = ['accept', 'merge', 'answer', 'decline'] as const;
export type Screening = (typeof SCREENING)[number];

/** Meeting / higher-level decisions per topic (the seed's 分级分类交办). */
export const DECISION = ['onSpot', 'single', 'multi', 'escalate', 'explain'] as const;
export type Decision = (typeof DECISION)[number];

/** Follow-up evaluation (12345 回访). */
export const EVALUATION = ['satisfied', 'basic', 'unsatisfied', 'unreachable'] as const;
export type Evaluation = (typeof EVALUATION)[number];

/** Supervision levels raised by the model (提醒 → 催办 → 通报 → 督办; overdue dispatch; missed quarter). */
export const SUPERVISION_LEVEL = ['remind', 'urge', 'notice', 'escalate', 'dispatchOverdue', 'quarterMissed'] as const;
export type SupervisionLevel = (typeof SUPERVISION_LEVEL)[number];

/** Notices to the enterprise (enterprise-notify's `notice` input). */
export const NOTICE = ['declined', 'merged', 'answered', 'explained', 'escalated', 'progress', 'replied'] as const;
export type Notice = (typeof NOTICE)[number];

/** Engine groups with a fixed meaning; departments are groups of type DEPARTMENT named dept-*. */
export const GROUP = {
  coordinator: 'qq-coordinator',
  supervisor: 'qq-supervisor',
  followup: 'qq-followup',
  designer: 'qq-designer',
  /** 系统管理员: unlocks accounts and resets passwords. */
  admin: 'qq-admin',
} as const;
export const DEPARTMENT_GROUP_TYPE = 'DEPARTMENT';
