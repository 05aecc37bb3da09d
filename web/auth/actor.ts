/** The signed-in staff member and what their groups allow. */
import { GROUP } from '../../core/contract.js';
import { forbidden } from '../../core/errors.js';

export interface Actor {
  userId: string;
  displayName: string;
  groups: string[];
}

export const isDepartmentGroup = (g: string) => g.startsWith('dept-');

export function departmentsOf(actor: Actor): string[] {
  return actor.groups.filter(isDepartmentGroup);
}

export function hasGroup(actor: Actor, ...groups: string[]): boolean {
  return groups.some((g) => actor.groups.includes(g));
}

/** Coordinators, supervisors and follow-up operators work across departments; department staff see their own. */
export function seesAllItems(actor: Actor): boolean {
  return hasGroup(actor, GROUP.coordinator, GROUP.supervisor, GROUP.followup);
}

export function requireGroup(actor: Actor, ...groups: string[]): void {
  if (!hasGroup(actor, ...groups)) throw forbidden();
}
