/**
 * The engine nodes of a cluster (every node on one database, so any of them answers any request): requests are
 * spread over them in turn, and a node that could not be reached is left out for a while. With one URL this is
 * a constant.
 */

/** How long a node that did not answer is left out before it is tried again. */
export const DOWN_FOR_MS = 5_000;

/** Errors that mean the request never reached the engine: safe to send to another node whatever it does. */
const NOT_SENT = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** Errors after which the engine may or may not have run the request: only a read is sent again elsewhere. */
const CUT_OFF = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET']);

export type Failure = 'not-sent' | 'cut-off' | null;

/** What a transport error says about the request: not sent at all, cut off on the way, or nothing of the node. */
export function failureOf(e: unknown): Failure {
  const err = e as { code?: string; name?: string; cause?: { code?: string } };
  const code = err?.code ?? err?.cause?.code;
  if (code && NOT_SENT.has(code)) return 'not-sent';
  if ((code && CUT_OFF.has(code)) || err?.name === 'TimeoutError' || /socket hang up/.test(String((e as Error)?.message))) return 'cut-off';
  return null;
}

export class EngineNodes {
  private readonly downUntil = new Map<string, number>();
  private next = 0;

  constructor(readonly urls: readonly string[], private readonly now: () => number = Date.now) {
    if (!urls.length) throw new Error('at least one engine URL is needed');
  }

  /** The nodes to try for one request, in order: the next in turn first, nodes left out last. */
  order(): string[] {
    const start = this.next++ % this.urls.length;
    const turn = [...this.urls.slice(start), ...this.urls.slice(0, start)];
    const t = this.now();
    const up = turn.filter((u) => (this.downUntil.get(u) ?? 0) <= t);
    return [...up, ...turn.filter((u) => !up.includes(u))];
  }

  markDown(url: string): void {
    this.downUntil.set(url, this.now() + DOWN_FOR_MS);
  }

  markUp(url: string): void {
    this.downUntil.delete(url);
  }

  /** Nodes now left out (for the health page and the log). */
  down(): string[] {
    const t = this.now();
    return this.urls.filter((u) => (this.downUntil.get(u) ?? 0) > t);
  }
}
