/**
 * Who did a step, as people read it: a staff member by name and department ("王协调（政务服务中心）"), "系统" for the
 * workers and the app's own housekeeping, "企业" for the enterprise, "12345平台" for an Open311 client. The action
 * log keeps ids (they are what an audit needs); this turns them into words for the pages. Names come from the
 * engine's identity service and are kept a few minutes, so a timeline of fifty steps costs a handful of calls.
 */
import { DEPARTMENT_GROUP_TYPE } from '../contract.js';
import { actorKind, type ActorKind } from './actor-kind.js';
import type { EngineClient } from '../engine/engine-client.js';

const TTL_MS = 5 * 60_000;

const NON_PERSON_NAME: Record<ActorKind, string> = { system: '系统', enterprise: '企业', open311: '12345平台' };

/** Actors that are not people in the identity service. */
export function nonPersonName(actor: string): string | null {
  const kind = actorKind(actor);
  return kind ? NON_PERSON_NAME[kind] : null;
}

export class ActorNames {
  private readonly cache = new Map<string, { name: string; at: number }>();

  constructor(private readonly engine: EngineClient, private readonly now: () => number = Date.now) {}

  /** Each actor's name in words; a staff id the identity service no longer knows stays as it is. */
  async names(actors: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    await Promise.all([...new Set(actors)].map(async (a) => out.set(a, nonPersonName(a) ?? (await this.person(a)))));
    return out;
  }

  private async person(id: string): Promise<string> {
    const hit = this.cache.get(id);
    if (hit && this.now() - hit.at < TTL_MS) return hit.name;
    const [user, groups] = await Promise.all([this.engine.user(id).catch(() => null), this.engine.groupsOf(id).catch(() => [])]);
    const name = user ? `${user.lastName ?? ''}${user.firstName ?? ''}` || id : id;
    const depts = groups.filter((g) => g.type === DEPARTMENT_GROUP_TYPE).map((g) => g.name);
    const text = depts.length ? `${name}（${depts.join('、')}）` : name;
    if (user) this.cache.set(id, { name: text, at: this.now() });
    return text;
  }
}
