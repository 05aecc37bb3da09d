/**
 * 交办时限: the meeting's decisions are dispatched within `dispatchWorkingDays` (the model says 1) working days
 * of the meeting day — or of the day a department returned the item — on the official calendar; the deadline
 * is the end of that working day.
 */
import { setDispatchDue } from '../../core/items/commands/deadlines.js';
import { VAR, GROUP } from '../../core/contract.js';
import { endOfDay, isoDate } from '../../core/calendar/dates.js';
import type { HandlerFactory } from '../types.js';
import { asWorker, itemOfTask } from './item-access.js';

export const createHandler: HandlerFactory = ({ db, calendar, notifier, clock }) => async (task) => {
  const days = Number(task.get(VAR.dispatchWorkingDays));
  const from = (task.get<string | null>(VAR.dispatchFrom) ?? task.get<string | null>(VAR.meetingDate) ?? isoDate(clock())) as string;
  const answer = (await calendar.get()).addWorkingDays(from, days);
  const dispatchDue = endOfDay(answer.date);
  const item = await db.transaction(async (tx) => {
    const item = await itemOfTask(tx, task);
    await setDispatchDue(asWorker(tx, clock()), item, dispatchDue, answer.certain);
    return item;
  });
  if (!answer.certain) {
    // The package and the administrator lack that year's notice: the date assumes plain weekends.
    await notifier.notify({
      dedupeKey: `${task.id}:calendar`,
      recipientType: 'group',
      recipient: GROUP.coordinator,
      subject: `日历缺少${answer.date.slice(0, 4)}年节假日数据`,
      body: `议题 ${item.itemNo} 的交办时限 ${answer.date} 落在尚未录入国务院放假通知的年份，请在“工作日历”中录入后核对。`,
      itemId: item.id,
    });
  }
  return { variables: { [VAR.dispatchDue]: dispatchDue } };
};
