import { EntitySchema } from 'typeorm';
import { id, createdAt, str, text } from './columns.js';

/** Who did what, when, with the state before and after (decidim's action log). */
export interface ActionLog {
  id: number;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  createdAt: Date;
}
export const ActionLogEntity = new EntitySchema<ActionLog>({
  name: 'ActionLog',
  tableName: 'action_log',
  columns: {
    id,
    actor: str(64),
    action: str(64),
    entityType: { ...str(32), name: 'entity_type' },
    entityId: { ...str(64), name: 'entity_id' },
    before: text(),
    after: text(),
    createdAt,
  },
  indices: [{ name: 'ix_action_log_entity', columns: ['entityType', 'entityId'] }],
});
