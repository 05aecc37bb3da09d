/** The task's process diagram as deployed, and where the instance now stands (for the bpmn-js viewer). */
import type { Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';
import { taskForActor } from './task-access.js';

export async function taskDiagram(deps: AppDeps, actor: Actor, taskId: string): Promise<{ xml: string; active: string[] }> {
  const { task } = await taskForActor(deps, actor, taskId);
  const [xml, active] = await Promise.all([deps.engine.processDefinitionXml(task.processDefinitionId), deps.engine.activeActivityIds(task.processInstanceId)]);
  return { xml, active };
}
