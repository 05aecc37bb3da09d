/**
 * Keeps the working calendar in step with the administrator-entered notices in the database.
 */
import type { DataSource } from 'typeorm';
import { CalendarDayEntity, CalendarYearEntity } from '../../db/entities/index.js';
import { WorkingCalendar } from './working-calendar.js';

export class CalendarService {
  private current: WorkingCalendar | null = null;

  constructor(private readonly db: DataSource) {}

  async get(): Promise<WorkingCalendar> {
    if (!this.current) await this.reload();
    return this.current!;
  }

  /** Called after an administrator enters a notice. */
  async reload(): Promise<void> {
    const years = await this.db.getRepository(CalendarYearEntity).find();
    const days = await this.db.getRepository(CalendarDayEntity).find();
    this.current = new WorkingCalendar(
      years.map((y) => y.year),
      days.map((d) => ({ date: d.date, kind: d.kind, name: d.name })),
    );
  }
}
