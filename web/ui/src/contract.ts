/** The names the models, the server and the pages share (core/contract.ts): imported, never spelled again here. */
export { GROUP, TASK, LEAD_HANDLING_TASKS } from '../../../core/contract';
