/**
 * 交办时限: the meeting's decisions are dispatched within `dispatchWorkingDays` (the model says 1) working days
 * of the meeting day — or of the day a department returned the item — on the official calendar; the deadline
 * is the end of that working day.
 */
import { VAR, GROUP } from '../../core/contract.js';
import { isoDate } from '../../core/calendar/dates.js';
import { setDispatchDue } from '../../core/items/commands/deadlines.js';
import { workingDaysDeadline } from '../../core/supervision/schedule.js';
import type { HandlerFactory } from '../types.js';
import { asWorker, itemOfTask } from './item-access.js';

export const createHandler: HandlerFactory = ({ db, calendar, notifier, clock }) => async (task) => {
  const workingDays = Number(task.get(VAR.dispatchWorkingDays));
  const from = task.get<string | null>(VAR.dispatchFrom) ?? task.get<string | null>(VAR.meetingDate) ?? isoDate(clock());
  const { due: dispatchDue, certain } = workingDaysDeadline(await calendar.get(), from, workingDays);
  const item = await db.transaction(async (tx) => {
    const item = await itemOfTask(tx, task);
    await setDispatchDue(asWorker(tx, clock()), item, dispatchDue, certain, { dispatchFrom: from, workingDays });
    return item;
  });
  if (!certain) {
    // Neither the package nor the administrator has that year's notice: the date rests on the statutory holidays.
    const day = isoDate(dispatchDue);
    await notifier.notify({
      dedupeKey: `${task.id}:calendar`,
      recipientType: 'group',
      recipient: GROUP.coordinator,
      subject: `日历缺少${day.slice(0, 4)}年节假日数据`,
      body: `议题 ${item.itemNo} 的交办时限 ${day} 按法定节假日推算（暂定），落在尚未录入国务院放假通知的年份；在“设置 → 工作日历”录入通知后，时限自动重算。`,
      itemId: item.id,
    });
  }
  return { variables: { [VAR.dispatchDue]: dispatchDue } };
};
