/** An item as a staff member may see it: departments see the items they lead or cooperate on; others 404. */
import { ItemEntity, type Item } from '../../db/entities/index.js';
import { notFound } from '../../core/errors.js';
import { departmentsOf, seesAllItems, type Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';

export function actorMaySeeItem(actor: Actor, item: Item): boolean {
  if (seesAllItems(actor)) return true;
  const mine = departmentsOf(actor);
  const co = item.coDepts ? item.coDepts.split(',') : [];
  return mine.some((d) => d === item.leadDept || co.includes(d));
}

export async function itemForActor(deps: AppDeps, actor: Actor, itemNo: string): Promise<Item> {
  const item = await deps.db.getRepository(ItemEntity).findOneBy({ itemNo });
  if (!item || !actorMaySeeItem(actor, item)) throw notFound('ITEM_NOT_FOUND', `议题 ${itemNo} 不存在`);
  return item;
}
