/** The item's state changes: each validates, runs in the caller's transaction and writes the action log. */
export { submit } from './submit.js';
export { screen } from './screen.js';
export { merge } from './merge.js';
export { list } from './list.js';
export { decide } from './decide.js';
export { setDispatchDue, setHandlingDue } from './deadlines.js';
export { dispatch, assertDepartments } from './dispatch.js';
export { recordHandling } from './reply.js';
export { review } from './review.js';
export { recordFollowup, recordEnterpriseEvaluation } from './evaluate.js';
export { reReview } from './re-review.js';
export { publish } from './publish.js';
export { awaitPublication, approvePublication, publicationDraft } from './publication.js';
export { requestExtension, decideExtension, applyExtension, refuseExtension, loadExtension } from './extension.js';
export { WORKER_ACTOR, type CommandContext } from './context.js';
