/**
 * 会后交办: applies each agenda topic's decision to its item's process (message MeetingDecided, carrying the
 * meeting day from which the dispatch deadline counts), then tells the quarter's watch that a meeting was held.
 * Idempotent: a topic is marked applied in the same transaction that correlates it, and a redelivery skips
 * applied topics.
 */
import { ItemEntity, MeetingEntity, MeetingTopicEntity } from '../../db/entities/index.js';
import { decisionChange, decisionVariables } from '../../core/decision.js';
import { recordAction } from '../../db/action-log.js';
import { vars } from '../../core/engine/engine-client.js';
import { ACTIVITY, MESSAGE, PROCESS, VAR } from '../../core/contract.js';
import type { HandlerFactory } from '../types.js';
import { WORKER_ACTOR } from './item-access.js';

export const createHandler: HandlerFactory = ({ db, engine, log }) => async (task) => {
  const meetingId = Number(task.get(VAR.meetingId));
  const meeting = await db.getRepository(MeetingEntity).findOneByOrFail({ id: meetingId });
  const topics = await db.getRepository(MeetingTopicEntity).findBy({ meetingId });
  for (const topic of topics.filter((t) => !t.appliedAt)) {
    await db.transaction(async (tx) => {
      const item = await tx.getRepository(ItemEntity).findOneByOrFail({ id: topic.itemId });
      const change = { ...decisionChange(topic), meetingId };
      await tx.getRepository(ItemEntity).update({ id: item.id }, change);
      await tx.getRepository(MeetingTopicEntity).update({ id: topic.id }, { appliedAt: new Date() });
      await recordAction(tx, { actor: WORKER_ACTOR, action: 'item.meetingDecided', entityType: 'item', entityId: item.itemNo, before: { status: item.status }, after: { decision: topic.decision, leadDept: topic.leadDept, coDepts: topic.coDepts, meeting: meeting.meetingNo } });
      const waiting = await engine.processInstances({ processDefinitionKey: PROCESS.item, businessKey: item.itemNo, activityIdIn: [ACTIVITY.awaitMeetingDecision] });
      if (waiting.length === 0) {
        log.warn('item not waiting for a meeting decision; topic marked applied', { itemNo: item.itemNo, meetingNo: meeting.meetingNo });
        return;
      }
      await engine.correlate({ messageName: MESSAGE.meetingDecided, processInstanceId: waiting[0].id, processVariables: decisionVariables(topic, meeting.heldDate!, meetingId) });
    });
  }
  // The quarter's watch waits at its event-based gateway for a held meeting; there may be none (a second
  // meeting in the quarter, or an activity other than a dialogue meeting).
  if (meeting.kind !== 'dialogue') return {};
  const watch = await engine.processInstances({ processDefinitionKey: PROCESS.quarter, activityIdIn: [ACTIVITY.quarterGateway], variables: [{ name: VAR.quarterKey, operator: 'eq', value: meeting.quarterKey }] });
  if (watch.length > 0) {
    await engine.correlate({ messageName: MESSAGE.meetingHeld, processInstanceId: watch[0].id, processVariables: vars({ [VAR.meetingId]: meetingId }) });
  }
  return {};
};
