/**
 * 公开审核时限: a concluded, evaluated result waits for the coordinator's review (审核公开内容) at most
 * `publicationWorkingDays` working days (the model says 2); the model's timer reminds when it waits longer.
 */
import { VAR } from '../../core/contract.js';
import { isoDate } from '../../core/calendar/dates.js';
import { awaitPublication } from '../../core/items/commands/publication.js';
import { workingDaysDeadline } from '../../core/supervision/schedule.js';
import type { HandlerFactory } from '../types.js';
import { asWorker, itemOfTask } from './item-access.js';

export const createHandler: HandlerFactory = ({ db, calendar, clock }) => async (task) => {
  const workingDays = Number(task.get(VAR.publicationWorkingDays));
  // the end of the N-th working day after today, on the official calendar (the same rule as the dispatch limit)
  const { due: publicationDue } = workingDaysDeadline(await calendar.get(), isoDate(clock()), workingDays);
  await db.transaction(async (tx) => awaitPublication(asWorker(tx, clock()), await itemOfTask(tx, task), publicationDue));
  return { variables: { [VAR.publicationDue]: publicationDue } };
};
