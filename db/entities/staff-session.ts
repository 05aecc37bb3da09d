import { EntitySchema } from 'typeorm';
import { createdAt, text, instant, str } from './columns.js';

/** A staff login: the browser holds the random token, the database only its hash. */
export interface StaffSession {
  tokenHash: string;
  userId: string;
  displayName: string;
  groups: string;
  expiresAt: Date;
  createdAt: Date;
}
export const StaffSessionEntity = new EntitySchema<StaffSession>({
  name: 'StaffSession',
  tableName: 'staff_session',
  columns: {
    tokenHash: { type: 'varchar', length: 64, primary: true, name: 'token_hash' },
    userId: { ...str(64), name: 'user_id' },
    displayName: { ...str(100), name: 'display_name' },
    groups: text(false),
    expiresAt: instant('expires_at', false),
    createdAt,
  },
});
