/** The form of every user task in the models, by task definition key. */
import { TASK, type TaskKey } from '../../core/contract.js';
import type { TaskForm } from './form.js';
import * as item from './item-forms.js';
import * as meeting from './meeting-forms.js';

export const FORMS: Record<TaskKey, TaskForm> = {
  [TASK.screenItem]: item.screenItem,
  [TASK.dispatchItem]: item.dispatchItem,
  [TASK.handleItem]: item.handleItem,
  [TASK.sendOpinion]: item.sendOpinion,
  [TASK.consolidateReply]: item.consolidateReply,
  [TASK.approveExtension]: item.approveExtension,
  [TASK.reviewReply]: item.reviewReply,
  [TASK.recordEvaluation]: item.recordEvaluation,
  [TASK.reReviewItem]: item.reReviewItem,
  [TASK.reviewPublication]: item.reviewPublication,
  [TASK.planMeeting]: meeting.planMeeting,
  [TASK.recordMeeting]: meeting.recordMeeting,
};
