import { EntitySchema } from 'typeorm';
import { createdAt, str } from './columns.js';

/** A year for which an administrator entered the State Council's holiday notice. */
export interface CalendarYear {
  year: number;
  noticeTitle: string;
  enteredBy: string;
  createdAt: Date;
}
export const CalendarYearEntity = new EntitySchema<CalendarYear>({
  name: 'CalendarYear',
  tableName: 'calendar_year',
  columns: {
    year: { type: 'int', primary: true },
    noticeTitle: { ...str(200), name: 'notice_title' },
    enteredBy: { ...str(64), name: 'entered_by' },
    createdAt,
  },
});

export interface CalendarDay {
  date: string;
  year: number;
  kind: 'holiday' | 'workday';
  name: string;
}
export const CalendarDayEntity = new EntitySchema<CalendarDay>({
  name: 'CalendarDay',
  tableName: 'calendar_day',
  columns: {
    date: { type: 'varchar', length: 10, primary: true },
    year: { type: 'int' },
    kind: str(16),
    name: str(50),
  },
  indices: [{ name: 'ix_calendar_day_year', columns: ['year'] }],
});
