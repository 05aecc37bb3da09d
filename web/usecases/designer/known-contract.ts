/** What the code needs of any deployment: the names of core/contract.ts and the fields each known form's completion validates. */
import { ACTIVITY, MESSAGE, PROCESS, TOPIC, formIdOf, type TaskKey } from '../../../core/contract.js';
import type { KnownContract } from '../../../core/models/contract-check.js';
import { FORMS } from '../../task-completion/index.js';
import { codedFields } from '../../task-completion/form.js';

export const KNOWN_CONTRACT: KnownContract = {
  topics: Object.values(TOPIC),
  processes: Object.values(PROCESS),
  activities: Object.values(ACTIVITY),
  messages: Object.values(MESSAGE),
  formFields: Object.fromEntries(Object.entries(FORMS).map(([task, form]) => [formIdOf(task as TaskKey), codedFields(form)])),
};
