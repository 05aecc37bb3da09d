/**
 * Which actors of the action log are not people in the identity service: the workers and the app's housekeeping
 * (`system…`), the enterprise (`enterprise`, `enterprise:…`), an Open311 client (`open311:…`). The server names
 * them in Chinese (./actor-names.ts), the UI in its own language; both classify them here.
 */
export type ActorKind = 'system' | 'enterprise' | 'open311';

export function actorKind(actor: string): ActorKind | null {
  if (actor.startsWith('system')) return 'system';
  if (actor === 'enterprise' || actor.startsWith('enterprise:')) return 'enterprise';
  if (actor.startsWith('open311:')) return 'open311';
  return null;
}
