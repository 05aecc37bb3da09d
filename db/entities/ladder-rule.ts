import { EntitySchema } from 'typeorm';
import { str } from './columns.js';

/** The bureau's rule for one step of the supervision ladder, replacing the default in core/supervision/ladder.ts. */
export interface LadderRuleRow {
  level: string;
  enabled: boolean;
  workingDays: number;
  /** Comma-separated: lead, co, coordinator, supervisor. */
  recipients: string;
  updatedBy: string;
  updatedAt: Date;
}
export const LadderRuleEntity = new EntitySchema<LadderRuleRow>({
  name: 'LadderRule',
  tableName: 'ladder_rule',
  columns: {
    level: { type: 'varchar', length: 16, primary: true },
    enabled: { type: 'boolean', default: true },
    workingDays: { type: 'int', name: 'working_days' },
    recipients: str(200),
    updatedBy: { ...str(64), name: 'updated_by' },
    updatedAt: { type: 'datetime', precision: 3, updateDate: true, name: 'updated_at' },
  },
});
