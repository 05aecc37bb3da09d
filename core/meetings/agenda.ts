/** Which items may go on a meeting's agenda. */
import { In, IsNull, type EntityManager } from 'typeorm';
import { MeetingTopicEntity } from '../../db/entities/index.js';

/** Of these items, those already on the agenda of another meeting whose decisions are not yet applied. */
export async function onAnotherOpenAgenda(em: EntityManager, itemIds: number[], meetingId: number): Promise<Set<number>> {
  if (!itemIds.length) return new Set();
  const open = await em.getRepository(MeetingTopicEntity).find({ where: { itemId: In(itemIds), appliedAt: IsNull() } });
  return new Set(open.filter((t) => t.meetingId !== meetingId).map((t) => t.itemId));
}
