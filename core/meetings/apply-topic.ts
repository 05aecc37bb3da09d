/**
 * 会后交办: one agenda topic's decision reaches its item; the topic is marked applied in the same transaction, so
 * a redelivery of the model's step skips it.
 */
import { MeetingTopicEntity, type Item, type Meeting, type MeetingTopic } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { decide } from '../items/commands/decide.js';
import type { CommandContext } from '../items/commands/context.js';

export async function applyTopic(c: CommandContext, meeting: Meeting, topic: MeetingTopic, item: Item): Promise<void> {
  await decide(c, item, topic, { meeting: { id: meeting.id, meetingNo: meeting.meetingNo } });
  await c.tx.getRepository(MeetingTopicEntity).update({ id: topic.id }, { appliedAt: c.now });
}

/** A topic whose item no longer waits for a decision (handled otherwise meanwhile): marked, the item untouched. */
export async function skipTopic(c: CommandContext, meeting: Meeting, topic: MeetingTopic, item: Item): Promise<void> {
  await c.tx.getRepository(MeetingTopicEntity).update({ id: topic.id }, { appliedAt: c.now });
  await recordAction(c.tx, { actor: c.actor, action: 'meeting.topicSkipped', entityType: 'meeting', entityId: meeting.meetingNo, after: { itemNo: item.itemNo, status: item.status } });
}
