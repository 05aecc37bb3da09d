/**
 * 会后交办: applies each agenda topic's decision to its item's process (message MeetingDecided, carrying the
 * meeting day from which the dispatch deadline counts), then tells the quarter's watch that a meeting was held.
 * Idempotent: a topic is marked applied in the same transaction that correlates it, and a redelivery skips
 * applied topics.
 */
import { MeetingEntity, MeetingTopicEntity } from '../../db/entities/index.js';
import { decisionVariables } from '../../core/decision.js';
import { applyTopic, skipTopic } from '../../core/meetings/apply-topic.js';
import { loadItem } from '../../core/items/item-store.js';
import { vars } from '../../core/engine/engine-client.js';
import { ACTIVITY, MESSAGE, PROCESS, VAR } from '../../core/contract.js';
import type { HandlerFactory } from '../types.js';
import { asWorker } from './item-access.js';

export const createHandler: HandlerFactory = ({ db, engine, log, clock }) => async (task) => {
  const meetingId = Number(task.get(VAR.meetingId));
  const meeting = await db.getRepository(MeetingEntity).findOneByOrFail({ id: meetingId });
  const topics = await db.getRepository(MeetingTopicEntity).findBy({ meetingId });
  for (const topic of topics.filter((t) => !t.appliedAt)) {
    await db.transaction(async (tx) => {
      const c = asWorker(tx, clock());
      const item = await loadItem(tx, { id: topic.itemId });
      const waiting = await engine.processInstances({ processDefinitionKey: PROCESS.item, businessKey: item.itemNo, activityIdIn: [ACTIVITY.awaitMeetingDecision] });
      if (waiting.length === 0) {
        log.warn('item not waiting for a meeting decision; topic marked applied', { itemNo: item.itemNo, meetingNo: meeting.meetingNo });
        await skipTopic(c, meeting, topic, item);
        return;
      }
      await applyTopic(c, meeting, topic, item);
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
