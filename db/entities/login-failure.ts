import { EntitySchema } from 'typeorm';
import { instant, str } from './columns.js';

/** A user's failed sign-ins since the last success, and until when the engine refuses the next one. */
export interface LoginFailure {
  userId: string;
  failures: number;
  lockedUntil: Date;
}
export const LoginFailureEntity = new EntitySchema<LoginFailure>({
  name: 'LoginFailure',
  tableName: 'login_failure',
  columns: {
    userId: { ...str(64), primary: true, name: 'user_id' },
    failures: { type: 'int', default: 0 },
    lockedUntil: instant('locked_until', false),
  },
});
