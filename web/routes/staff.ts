/** Staff endpoints: thin — parse the request, call one use case, answer. */
import express, { Router } from 'express';
import { DepartmentEntity, NotificationEntity } from '../../db/entities/index.js';
import { In } from 'typeorm';
import { GROUP, isTaskKey } from '../../core/contract.js';
import { actorOf, authenticate, CSRF_COOKIE, login, logout, newCsrfToken, SESSION_COOKIE } from '../auth/sessions.js';
import { requireGroup } from '../auth/actor.js';
import { accessPolicy } from '../access-policy.js';
import type { AppDeps } from '../deps.js';
import { parse, z } from '../validation.js';
import { claimTask, inbox, inboxQuerySchema, unclaimTask } from '../usecases/inbox.js';
import { completeTask } from '../usecases/complete-task.js';
import { taskForActor } from '../usecases/task-access.js';
import { taskForm } from '../usecases/task-form.js';
import { taskDiagram } from '../usecases/task-diagram.js';
import { dueView } from '../usecases/due.js';
import { addAttachment, addComment, attachmentFile, notesOf } from '../usecases/item-notes.js';
import { similarItems } from '../usecases/similar-items.js';
import { itemDocument } from '../usecases/item-documents.js';
import { noticeTemplates, resetNoticeTemplate, saveNoticeTemplate } from '../usecases/notice-templates.js';
import { ladderRules, resetLadderRule, saveLadderRule } from '../usecases/ladder-rules.js';
import { importErrorsCsv, importStatus, listImports, MAX_IMPORT_BYTES, startImport, uploadImport } from '../usecases/imports.js';
import { colleaguesOf, copyTask, delegateTask, remindTask, resolveDelegation, returnTask, transferTask } from '../usecases/task-operations.js';
import { designerRoutes } from './designer.js';
import { FORMS } from '../task-completion/index.js';
import { ledgerQuerySchema, queryLedger } from '../usecases/ledger.js';
import { exportLedgerXlsx } from '../usecases/exports.js';
import { itemDetail } from '../usecases/item-detail.js';
import { enterpriseDetail, inviteesForItems, listEnterprises, updateEnterprise } from '../usecases/enterprises.js';
import { createCase, listCases, setCasePublished, updateCase } from '../usecases/practice-cases.js';
import { requestExtension } from '../usecases/request-extension.js';
import { recordHigherLevelDecision } from '../usecases/higher-level-decision.js';
import { parseStaffIntake, submitItem } from '../usecases/submit-item.js';
import { listMeetings, meetingDetail, proposeMeeting } from '../usecases/meetings.js';
import { dashboard } from '../usecases/dashboard.js';
import { calendarYears, enterCalendarNotice } from '../usecases/calendar-notice.js';
import { isoDate } from '../../core/calendar/dates.js';
import { addWebhook, listWebhooks } from '../usecases/webhooks.js';
import { annualAssessment, writeAssessmentXlsx } from '../usecases/assessment.js';
import { listUsers, resetPassword, unlockUser } from '../usecases/user-admin.js';

export function staffRoutes(deps: AppDeps): Router {
  const r = Router();
  /** `?year=`, this year (Shanghai) by default. */
  const yearOf = (query: unknown) => parse(z.object({ year: z.coerce.number().int().min(2000).max(2100).default(Number(isoDate(deps.clock()).slice(0, 4))) }), query);

  r.post('/auth/login', async (req, res) => {
    const { username, password } = parse(z.object({ username: z.string().min(1), password: z.string().min(1) }), req.body);
    const s = await login(deps, username, password);
    const secure = deps.config.profile === 'production';
    res.cookie(SESSION_COOKIE, s.token, { httpOnly: true, sameSite: 'strict', secure, expires: s.expiresAt, path: '/' });
    res.cookie(CSRF_COOKIE, newCsrfToken(), { httpOnly: false, sameSite: 'strict', secure, expires: s.expiresAt, path: '/' });
    res.json({ token: s.token, user: s.actor, expiresAt: s.expiresAt });
  });

  r.use(authenticate(deps));
  r.use(accessPolicy());

  r.post('/auth/logout', async (req, res) => {
    await logout(deps, req.sessionToken!);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.clearCookie(CSRF_COOKIE, { path: '/' });
    res.status(204).end();
  });
  r.get('/auth/me', (req, res) => {
    res.json(actorOf(req));
  });

  r.get('/tasks', async (req, res) => {
    res.json(await inbox(deps, actorOf(req), parse(inboxQuerySchema, req.query)));
  });
  r.get('/tasks/:id', async (req, res) => {
    const ctx = await taskForActor(deps, actorOf(req), req.params.id);
    const form = isTaskKey(ctx.kind) ? FORMS[ctx.kind] : undefined;
    const due = dueView(await deps.calendar.get(), deps.clock(), ctx.task.due);
    const assigneeName = ctx.task.assignee ? (await deps.actorNames.names([ctx.task.assignee])).get(ctx.task.assignee) : null;
    res.json({ task: ctx.task, assigneeName, candidateGroups: ctx.groups, itemNo: ctx.item?.itemNo ?? null, meetingId: ctx.meeting?.id ?? null, due, kind: ctx.kind, form: form ? { key: ctx.kind, title: form.title } : null });
  });
  r.get('/tasks/:id/form', async (req, res) => {
    res.json(await taskForm(deps, actorOf(req), req.params.id));
  });
  r.get('/tasks/:id/diagram', async (req, res) => {
    res.json(await taskDiagram(deps, actorOf(req), req.params.id));
  });
  r.post('/tasks/:id/claim', async (req, res) => {
    await claimTask(deps, actorOf(req), req.params.id);
    res.status(204).end();
  });
  r.post('/tasks/:id/unclaim', async (req, res) => {
    await unclaimTask(deps, actorOf(req), req.params.id);
    res.status(204).end();
  });
  r.get('/tasks/:id/colleagues', async (req, res) => {
    res.json(await colleaguesOf(deps, actorOf(req), req.params.id));
  });
  for (const [path, op] of Object.entries({ transfer: transferTask, delegate: delegateTask, resolve: resolveDelegation, return: returnTask, copy: copyTask, remind: remindTask })) {
    r.post(`/tasks/:id/${path}`, async (req, res) => {
      await op(deps, actorOf(req), req.params.id, req.body);
      res.status(204).end();
    });
  }
  r.post('/tasks/:id/complete', async (req, res) => {
    await completeTask(deps, actorOf(req), req.params.id, req.body);
    res.status(204).end();
  });

  r.get('/items', async (req, res) => {
    res.json(await queryLedger(deps, actorOf(req), parse(ledgerQuerySchema, req.query)));
  });
  r.get('/items/export.xlsx', async (req, res) => {
    const { page: _p, pageSize: _s, ...filter } = parse(ledgerQuerySchema, req.query);
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').attachment('涉企问题工作台账.xlsx');
    await exportLedgerXlsx(deps, actorOf(req), filter, res);
  });
  r.post('/items', async (req, res) => {
    const actor = actorOf(req);
    requireGroup(actor, GROUP.coordinator);
    res.status(201).json(await submitItem(deps, parseStaffIntake(req.body), actor.userId));
  });
  r.get('/items/:itemNo', async (req, res) => {
    res.json(await itemDetail(deps, actorOf(req), req.params.itemNo));
  });
  r.post('/items/:itemNo/extensions', async (req, res) => {
    res.status(202).json(await requestExtension(deps, actorOf(req), req.params.itemNo, req.body));
  });
  r.get('/items/:itemNo/forms/:form.docx', async (req, res) => {
    const doc = await itemDocument(deps, actorOf(req), req.params.itemNo, req.params.form);
    res.type('application/vnd.openxmlformats-officedocument.wordprocessingml.document').attachment(doc.fileName).send(doc.content);
  });
  r.get('/items/:itemNo/similar', async (req, res) => {
    res.json(await similarItems(deps, actorOf(req), req.params.itemNo));
  });
  r.get('/items/:itemNo/notes', async (req, res) => {
    res.json(await notesOf(deps, actorOf(req), req.params.itemNo));
  });
  r.post('/items/:itemNo/comments', async (req, res) => {
    res.status(201).json(await addComment(deps, actorOf(req), req.params.itemNo, req.body));
  });
  // The file is the raw request body (no multipart parser), its name in ?name=.
  r.post('/items/:itemNo/attachments', express.raw({ type: () => true, limit: deps.config.attachmentMaxBytes + 1 }), async (req, res) => {
    const taskId = typeof req.query.taskId === 'string' ? req.query.taskId : undefined;
    res.status(201).json(await addAttachment(deps, actorOf(req), req.params.itemNo, req.query.name, req.body, taskId));
  });
  r.get('/items/:itemNo/attachments/:id', async (req, res) => {
    const { meta, content } = await attachmentFile(deps, actorOf(req), req.params.itemNo, parse(z.coerce.number().int(), req.params.id));
    // Always a download, never rendered in the page's origin.
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.type(meta.contentType).attachment(meta.fileName).send(content);
  });
  r.post('/items/:itemNo/higher-level-decision', async (req, res) => {
    await recordHigherLevelDecision(deps, actorOf(req), req.params.itemNo, req.body);
    res.status(204).end();
  });

  // Meetings (agendas, invitees) are for the bureau and its supervisors, not for every department.
  r.get('/meetings', async (req, res) => {
    requireGroup(actorOf(req), GROUP.coordinator, GROUP.supervisor);
    res.json(await listMeetings(deps));
  });
  r.post('/meetings', async (req, res) => {
    res.status(201).json(await proposeMeeting(deps, actorOf(req), req.body));
  });
  r.get('/meetings/:id', async (req, res) => {
    requireGroup(actorOf(req), GROUP.coordinator, GROUP.supervisor);
    res.json(await meetingDetail(deps, parse(z.coerce.number().int(), req.params.id)));
  });

  r.get('/enterprises', async (req, res) => {
    res.json(await listEnterprises(deps, actorOf(req), req.query));
  });
  r.get('/cases', async (req, res) => {
    res.json(await listCases(deps, actorOf(req)));
  });
  r.post('/cases', async (req, res) => {
    res.status(201).json(await createCase(deps, actorOf(req), req.body));
  });
  r.put('/cases/:id', async (req, res) => {
    res.json(await updateCase(deps, actorOf(req), req.params.id, req.body));
  });
  r.post('/cases/:id/publish', async (req, res) => {
    res.json(await setCasePublished(deps, actorOf(req), req.params.id, true));
  });
  r.post('/cases/:id/withdraw', async (req, res) => {
    res.json(await setCasePublished(deps, actorOf(req), req.params.id, false));
  });
  r.get('/enterprises/of-items', async (req, res) => {
    res.json(await inviteesForItems(deps, actorOf(req), req.query));
  });
  r.get('/enterprises/:id', async (req, res) => {
    res.json(await enterpriseDetail(deps, actorOf(req), parse(z.coerce.number().int().positive(), req.params.id)));
  });
  r.put('/enterprises/:id', async (req, res) => {
    res.json(await updateEnterprise(deps, actorOf(req), parse(z.coerce.number().int().positive(), req.params.id), req.body));
  });
  r.get('/dashboard', async (req, res) => {
    const { year } = yearOf(req.query);
    res.json(await dashboard(deps, actorOf(req), year));
  });

  r.get('/assessment', async (req, res) => {
    const { year } = yearOf(req.query);
    res.json(await annualAssessment(deps, actorOf(req), year));
  });
  r.get('/assessment.xlsx', async (req, res) => {
    const { year } = yearOf(req.query);
    const a = await annualAssessment(deps, actorOf(req), year);
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').attachment(`${year}年度部门考核.xlsx`);
    await writeAssessmentXlsx(a, res);
  });

  r.get('/departments', async (_req, res) => {
    res.json(await deps.db.getRepository(DepartmentEntity).find({ order: { id: 'ASC' } }));
  });
  r.get('/notifications', async (req, res) => {
    const actor = actorOf(req);
    const rows = await deps.db.getRepository(NotificationEntity).find({
      where: [{ recipientType: 'group', recipient: In(actor.groups.length ? actor.groups : ['-']), channel: 'inapp' }, { recipientType: 'user', recipient: actor.userId, channel: 'inapp' }],
      order: { id: 'DESC' },
      take: 100,
    });
    res.json(rows);
  });

  r.get('/notification-webhooks', async (req, res) => {
    res.json(await listWebhooks(deps, actorOf(req)));
  });
  r.post('/notification-webhooks', async (req, res) => {
    res.status(201).json(await addWebhook(deps, actorOf(req), req.body));
  });

  designerRoutes(r, deps);

  r.get('/imports', async (req, res) => {
    res.json(await listImports(deps, actorOf(req)));
  });
  // The spreadsheet is the raw request body, its name in ?name=.
  r.post('/imports', express.raw({ type: () => true, limit: MAX_IMPORT_BYTES + 1 }), async (req, res) => {
    res.status(201).json(await uploadImport(deps, actorOf(req), req.query.name, req.body));
  });
  r.post('/imports/:id/start', async (req, res) => {
    res.status(202).json(await startImport(deps, actorOf(req), parse(z.coerce.number().int(), req.params.id), req.body));
  });
  r.get('/imports/:id', async (req, res) => {
    res.json(await importStatus(deps, actorOf(req), parse(z.coerce.number().int(), req.params.id)));
  });
  r.get('/imports/:id/errors.csv', async (req, res) => {
    // The answer's type is set once the CSV exists: a refused request answers in JSON, not as an attachment.
    const id = parse(z.coerce.number().int().positive(), req.params.id);
    const csv = await importErrorsCsv(deps, actorOf(req), id);
    res.type('text/csv; charset=utf-8').attachment(`导入错误-${id}.csv`).send(csv);
  });

  r.get('/notice-templates', async (req, res) => {
    res.json(await noticeTemplates(deps, actorOf(req)));
  });
  r.put('/notice-templates/:notice', async (req, res) => {
    await saveNoticeTemplate(deps, actorOf(req), req.params.notice, req.body);
    res.status(204).end();
  });
  r.delete('/notice-templates/:notice', async (req, res) => {
    await resetNoticeTemplate(deps, actorOf(req), req.params.notice);
    res.status(204).end();
  });

  r.get('/ladder-rules', async (req, res) => {
    res.json(await ladderRules(deps, actorOf(req)));
  });
  r.put('/ladder-rules/:level', async (req, res) => {
    await saveLadderRule(deps, actorOf(req), req.params.level, req.body);
    res.status(204).end();
  });
  r.delete('/ladder-rules/:level', async (req, res) => {
    await resetLadderRule(deps, actorOf(req), req.params.level);
    res.status(204).end();
  });

  r.get('/admin/users', async (req, res) => {
    res.json(await listUsers(deps, req.query));
  });
  r.post('/admin/users/:id/unlock', async (req, res) => {
    await unlockUser(deps, actorOf(req), req.params.id);
    res.status(204).end();
  });
  r.post('/admin/users/:id/password', async (req, res) => {
    await resetPassword(deps, actorOf(req), req.params.id, req.body);
    res.status(204).end();
  });

  r.get('/calendar', async (_req, res) => {
    res.json(await calendarYears(deps));
  });
  r.post('/calendar', async (req, res) => {
    const retimed = await enterCalendarNotice(deps, actorOf(req), req.body);
    res.status(201).json({ ...(await calendarYears(deps)), retimed });
  });
  return r;
}
