/** One handler per topic of the models; `test/contract.test.ts` checks this table against bpmn/. */
import { TOPIC, type Topic } from '../../core/contract.js';
import type { HandlerFactory } from '../types.js';
import { createHandler as problemListAdd } from './problem-list-add.js';
import { createHandler as itemMerge } from './item-merge.js';
import { createHandler as dispatchDeadline } from './dispatch-deadline.js';
import { createHandler as handlingDeadline } from './handling-deadline.js';
import { createHandler as supervisionRaise } from './supervision-raise.js';
import { createHandler as extensionApply } from './extension-apply.js';
import { createHandler as extensionRefuse } from './extension-refuse.js';
import { createHandler as enterpriseNotify } from './enterprise-notify.js';
import { createHandler as resultPublish } from './result-publish.js';
import { createHandler as meetingApply } from './meeting-apply.js';
import { createHandler as quarterOpen } from './quarter-open.js';
import { createHandler as publicationDeadline } from './publication-deadline.js';
import { createHandler as publicationRemind } from './publication-remind.js';

export const HANDLERS: Record<Topic, HandlerFactory> = {
  [TOPIC.problemListAdd]: problemListAdd,
  [TOPIC.itemMerge]: itemMerge,
  [TOPIC.dispatchDeadline]: dispatchDeadline,
  [TOPIC.handlingDeadline]: handlingDeadline,
  [TOPIC.supervisionRaise]: supervisionRaise,
  [TOPIC.extensionApply]: extensionApply,
  [TOPIC.extensionRefuse]: extensionRefuse,
  [TOPIC.enterpriseNotify]: enterpriseNotify,
  [TOPIC.resultPublish]: resultPublish,
  [TOPIC.meetingApply]: meetingApply,
  [TOPIC.quarterOpen]: quarterOpen,
  [TOPIC.publicationDeadline]: publicationDeadline,
  [TOPIC.publicationRemind]: publicationRemind,
};
