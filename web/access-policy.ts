/**
 * Who may call each operation of the API, in one table: `public` (anyone), `staff` (any signed-in user; the use
 * case then limits what a department sees to its own items and tasks) or the groups that may. The staff router
 * checks it before any input is read, so a caller without the right gets 403 whatever the body; an operation
 * without a row here is refused, and `test/authorization-matrix.test.ts` fails for an OpenAPI operation without
 * one.
 */
import type { RequestHandler } from 'express';
import { GROUP } from '../core/contract.js';
import { AppError, forbidden } from '../core/errors.js';
import { hasGroup } from './auth/actor.js';

export type Access = 'public' | 'staff' | readonly string[];

const C = GROUP.coordinator;
const S = GROUP.supervisor;
const D = GROUP.designer;
const A = GROUP.admin;

export const ACCESS: Record<string, Access> = {
  'GET /api/public/challenge': 'public',
  'POST /api/public/items': 'public',
  'GET /api/public/items/{itemNo}': 'public',
  'POST /api/public/items/{itemNo}/evaluation': 'public',
  'GET /api/public/results': 'public',
  'GET /api/public/results.csv': 'public',
  'GET /api/public/results.json': 'public',
  'GET /api/public/results/{itemNo}': 'public',
  'GET /api/public/meetings': 'public',
  'GET /api/public/cases': 'public',
  'GET /api/public/cases/{id}': 'public',
  'GET /api/public/feed.atom': 'public',
  'GET /api/public/calendar/working-day': 'public',
  'GET /api/public/calendar/days': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'staff',
  'GET /api/auth/me': 'staff',

  'GET /api/tasks': 'staff',
  'GET /api/tasks/{id}': 'staff',
  'POST /api/tasks/{id}/claim': 'staff',
  'POST /api/tasks/{id}/unclaim': 'staff',
  'GET /api/tasks/{id}/form': 'staff',
  'GET /api/tasks/{id}/diagram': 'staff',
  'GET /api/tasks/{id}/colleagues': 'staff',
  'POST /api/tasks/{id}/transfer': 'staff',
  'POST /api/tasks/{id}/delegate': 'staff',
  'POST /api/tasks/{id}/resolve': 'staff',
  'POST /api/tasks/{id}/return': 'staff',
  'POST /api/tasks/{id}/copy': 'staff',
  'POST /api/tasks/{id}/remind': [C, S],
  'POST /api/tasks/{id}/complete': 'staff',

  'GET /api/items': 'staff',
  'POST /api/items': [C],
  'GET /api/items/export.xlsx': 'staff',
  'GET /api/items/{itemNo}': 'staff',
  'GET /api/items/{itemNo}/forms/{form}.docx': 'staff',
  'GET /api/items/{itemNo}/similar': 'staff',
  'GET /api/items/{itemNo}/notes': 'staff',
  'POST /api/items/{itemNo}/comments': 'staff',
  'POST /api/items/{itemNo}/attachments': 'staff',
  'GET /api/items/{itemNo}/attachments/{id}': 'staff',
  'POST /api/items/{itemNo}/extensions': 'staff',
  'POST /api/items/{itemNo}/higher-level-decision': [C],

  'GET /api/imports': [C, S],
  'POST /api/imports': [C],
  'POST /api/imports/{id}/start': [C],
  'GET /api/imports/{id}': [C, S],
  'GET /api/imports/{id}/errors.csv': [C, S],

  'GET /api/designer/models': [D],
  'GET /api/designer/versions': [D],
  'POST /api/designer/check': [D],
  'POST /api/designer/deploy': [D],
  'GET /api/designer/drafts': [D],
  'PUT /api/designer/drafts': [D],
  'DELETE /api/designer/drafts/{id}': [D],
  'GET /api/designer/migrations': [D],
  'POST /api/designer/migrations/plan': [D],
  'POST /api/designer/migrations/validate': [D],
  'POST /api/designer/migrations': [D],
  'GET /api/designer/migrations/{batchId}': [D],

  'GET /api/notice-templates': [C],
  'PUT /api/notice-templates/{notice}': [C],
  'DELETE /api/notice-templates/{notice}': [C],
  'GET /api/ladder-rules': [C, S],
  'PUT /api/ladder-rules/{level}': [C],
  'DELETE /api/ladder-rules/{level}': [C],
  'GET /api/calendar': 'staff',
  'POST /api/calendar': [C],

  'GET /api/meetings': [C, S],
  'GET /api/enterprises': [C, S],
  'GET /api/cases': [C, S],
  'POST /api/cases': [C],
  'PUT /api/cases/{id}': [C],
  'POST /api/cases/{id}/publish': [C],
  'POST /api/cases/{id}/withdraw': [C],
  'GET /api/enterprises/of-items': [C],
  'GET /api/enterprises/{id}': [C, S],
  'PUT /api/enterprises/{id}': [C],
  'POST /api/meetings': [C],
  'GET /api/meetings/{id}': [C, S],
  'GET /api/dashboard': [C, S],
  'GET /api/assessment': [C, S],
  'GET /api/assessment.xlsx': [C, S],
  'GET /api/departments': 'staff',
  'GET /api/notifications': 'staff',
  'GET /api/notification-webhooks': [C],
  'POST /api/notification-webhooks': [C],

  'GET /api/admin/users': [A],
  'POST /api/admin/users/{id}/unlock': [A],
  'POST /api/admin/users/{id}/password': [A],
};

/** The rules by method: every staff request looks its own up. */
const ROUTES = new Map<string, { pattern: RegExp; access: Access }[]>();
for (const [key, access] of Object.entries(ACCESS)) {
  const [method, path] = key.split(' ');
  const pattern = new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}/?$`);
  ROUTES.set(method, [...(ROUTES.get(method) ?? []), { pattern, access }]);
}

/** The rule for a request, or undefined when the table has none. */
export function accessOf(method: string, path: string): Access | undefined {
  return ROUTES.get(method === 'HEAD' ? 'GET' : method)?.find((r) => r.pattern.test(path))?.access;
}

/** After authentication: the caller's groups against the operation's rule; an operation without a rule is 404. */
export function accessPolicy(): RequestHandler {
  return (req, _res, next) => {
    const access = accessOf(req.method, req.baseUrl + req.path);
    if (access === undefined) throw new AppError(404, 'NOT_FOUND', `没有这个地址：${req.method} ${req.baseUrl + req.path}`);
    if (access !== 'public' && access !== 'staff' && !hasGroup(req.actor!, ...access)) throw forbidden();
    next();
  };
}
