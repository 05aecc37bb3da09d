/** Calls the express API with the session cookie and the CSRF token the server set beside it. */
import { reactive } from 'vue';
import { i18n } from './i18n';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details?: { fields?: { field: string; message: string; text?: string }[] }) {
    super(message);
  }

  /** What to show: each field's problem in words (the server's `text`, web/field-labels.ts), else the message. */
  lines(): string[] {
    return this.details?.fields?.length ? this.details.fields.map((f) => f.text ?? (f.field ? i18n.global.t('parts.fieldMessage', { field: f.field, message: f.message }) : f.message)) : [this.message];
  }
}

export interface Actor {
  userId: string;
  displayName: string;
  groups: string[];
}

export const session = reactive<{ user: Actor | null; checked: boolean }>({ user: null, checked: false });

function csrfToken(): string {
  const c = document.cookie.split('; ').find((x) => x.startsWith('qq_csrf='));
  return c ? decodeURIComponent(c.slice(8)) : '';
}

export async function api<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  return send<T>(path, {
    method,
    headers: { accept: 'application/json', 'x-csrf-token': csrfToken(), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
}

/** Uploads a file as the raw request body (attachments, imports): the API takes its name in `?name=`. */
export function uploadFile<T = any>(path: string, file: File, query: Record<string, string> = {}): Promise<T> {
  const q = new URLSearchParams({ name: file.name, ...query });
  return send<T>(`${path}?${q}`, { method: 'POST', body: file, headers: { accept: 'application/json', 'content-type': 'application/octet-stream', 'x-csrf-token': csrfToken() } });
}

async function send<T>(path: string, init: RequestInit): Promise<T> {
  const res = await fetch(path, { ...init, credentials: 'same-origin' });
  const text = await res.text();
  const json = text ? JSON.parse(text) : null;
  if (!res.ok) {
    if (res.status === 401) session.user = null;
    throw new ApiError(res.status, json?.code ?? 'HTTP_' + res.status, json?.message ?? res.statusText, json?.details);
  }
  return json as T;
}

export async function loadSession(): Promise<Actor | null> {
  if (session.checked) return session.user;
  try {
    session.user = await api<Actor>('GET', '/api/auth/me');
  } catch {
    session.user = null;
  }
  session.checked = true;
  return session.user;
}

export const has = (...groups: string[]) => !!session.user && groups.some((g) => session.user!.groups.includes(g));
export const query = (o: Record<string, unknown>) =>
  new URLSearchParams(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => [k, String(v)])).toString();
