/**
 * Open311 GeoReport v2 (with discovery and the servicerequestupdates extension), so that the 12345 platform or any
 * Open311 client can push enterprises' problems and read their status. Posting needs an api_key; reading is
 * public, so answers carry the masked public view only. Our detailed states map to open/closed, with the details
 * in `extended_attributes` (asked for with `extensions=true`). Every answer, errors included, is in the format the
 * path asks for.
 */
import express, { Router, type Request, type Response } from 'express';
import { In, MoreThanOrEqual, LessThanOrEqual, And } from 'typeorm';
import { ActionLogEntity, ItemEntity, type Item } from '../../db/entities/index.js';
import { AppError } from '../../core/errors.js';
import { publicViews, type PublicItem } from '../../core/items/public-view.js';
import { PUBLIC_STEPS } from '../../core/items/public-timeline.js';
import { statusIn, statusList } from '../../core/items/status.js';
import { toEngineDate } from '../../core/calendar/dates.js';
import type { AppDeps } from '../deps.js';
import { submitItem } from '../usecases/submit-item.js';
import { parse, phone, text, z } from '../validation.js';
import { formatOf, sendList, sendObject, sendOpen311Error } from './format.js';
import { clientErrorOf } from '../client-errors.js';
import { clean } from '../request-hygiene.js';

export const SERVICE_CODE = 'enterprise-problem';
/** The formats a path may ask for by its extension. */
const FORMATS = /^(json|xml)$/i;
const iso = (d: Date | null) => (d ? toEngineDate(d).replace(/(\d{2})(\d{2})$/, '$1:$2') : null);

/** GeoReport v2 limits a request's description to 4 000 characters. */
export const MAX_DESCRIPTION = 4000;

const SERVICE = {
  service_code: SERVICE_CODE,
  service_name: '涉企问题诉求',
  description: '政务服务“亲清”政企恳谈：企业办事过程中遇到的困难和问题、意见建议。须提供提交企业（attribute[enterprise_name]）和联系电话（phone，或 attribute[contact_phone]）。',
  metadata: true,
  type: 'realtime',
  keywords: '亲清,恳谈,企业,营商环境',
  group: '政务服务',
};

const DEFINITION = {
  service_code: SERVICE_CODE,
  attributes: [
    { variable: true, code: 'enterprise_name', datatype: 'string', required: true, datatype_description: '提交企业全称', order: 1, description: '提交企业' },
    { variable: true, code: 'contact_phone', datatype: 'string', required: true, datatype_description: '手机号或固定电话（如 13812345678、0477-7654321）；已用标准字段 phone 提交时可不填', order: 2, description: '联系电话' },
    { variable: true, code: 'original_id', datatype: 'string', required: false, datatype_description: '来源系统的工单编号', order: 3, description: '原工单编号' },
    { variable: true, code: 'suggestion', datatype: 'text', required: false, datatype_description: '', order: 4, description: '意见建议' },
  ],
};

const postSchema = z
  .object({
    api_key: z.string().min(1),
    service_code: z.literal(SERVICE_CODE),
    description: z.string().trim().min(1).max(MAX_DESCRIPTION, `问题描述最多${MAX_DESCRIPTION}个字符（GeoReport v2 的上限）`),
    first_name: z.string().trim().max(25).optional(),
    last_name: z.string().trim().max(25).optional(),
    phone: phone.optional(),
    email: z.string().trim().email().optional(),
    attribute: z.object({
      enterprise_name: text(200),
      contact_phone: phone.optional(),
      original_id: z.string().trim().max(64).optional(),
      suggestion: z.string().trim().max(5000).optional(),
    }),
  })
  .refine((p) => p.phone || p.attribute.contact_phone, { path: ['phone'], message: '须提供联系电话（phone 或 attribute[contact_phone]）' });

/** GeoReport's list parameters: `service_code` and `status` may each be several, comma-delimited. */
const commaList = <T extends z.ZodTypeAny>(member: T) =>
  z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)).pipe(z.array(member).min(1));

const requestsQuery = z.object({
  service_request_id: z.string().optional(),
  service_code: commaList(z.string().max(64)).optional(),
  status: commaList(z.enum(['open', 'closed'])).optional(),
  start_date: z.string().datetime({ offset: true }).optional(),
  end_date: z.string().datetime({ offset: true }).optional(),
  extensions: z.string().optional(),
});

/** The discovery document: where the endpoint is, what it speaks, and when it last changed. */
function discovery(publicUrl: string) {
  return {
    changeset: CHANGESET,
    contact: '乌审旗政务服务与数据管理局（企业“一站式”服务中心）',
    key_service: '提交诉求须使用本局发放的 api_key',
    endpoints: [{ specification: 'http://wiki.open311.org/GeoReport_v2', url: `${publicUrl.replace(/\/$/, '')}/open311/v2`, changeset: CHANGESET, type: 'production', formats: ['application/json', 'text/xml'] }],
  };
}
/** When the service list or definition last changed (the contact_phone attribute). */
const CHANGESET = '2026-12-02T00:00:00+08:00';

function toRequest(v: PublicItem, extensions: boolean) {
  return {
    service_request_id: v.itemNo,
    status: v.open ? 'open' : 'closed',
    status_notes: v.statusLabel,
    service_name: SERVICE.service_name,
    service_code: SERVICE_CODE,
    description: v.problem,
    agency_responsible: v.leadDept ?? '',
    service_notice: '',
    requested_datetime: iso(v.createdAt),
    updated_datetime: iso(v.updatedAt),
    expected_datetime: iso(v.handlingDue),
    address: '',
    ...(extensions ? { extended_attributes: { qinqing_status: v.status, decision: v.decision ?? '', handling_due: iso(v.handlingDue), replied_at: iso(v.repliedAt), result: statusIn('answered', v.status) ? v.answer ?? '' : '' } } : {}),
  };
}

/** The router under /open311: discovery, and GeoReport v2 under /v2. */
export function open311Routes(deps: AppDeps): Router {
  const root = Router();
  // GeoReport speaks JSON and XML: a path that asks for another format is not an endpoint (answered in JSON).
  root.use((req, res, next) => {
    const ext = /\.([^./]+)$/.exec(req.path)?.[1];
    if (ext && !FORMATS.test(ext)) return sendOpen311Error(res, 'json', 404, `不支持的格式 .${ext}：请用 .json 或 .xml`);
    next();
  });
  root.get('/discovery.:format', (req, res) => sendObject(res, formatOf(req), 'discovery', discovery(deps.config.publicUrl)));
  root.use('/v2', v2Routes(deps));
  root.use((req, res) => sendOpen311Error(res, formatOf(req), 404, `没有这个地址：${req.method} ${req.path}`));
  // A malformed request fails before any route: answer it in the format the path asks for, never as a 500.
  root.use((err: unknown, req: Request, res: Response, next: (e: unknown) => void) => {
    const client = clientErrorOf(err, req.headers['content-encoding'] !== undefined);
    if (!client || res.headersSent) return next(err);
    sendOpen311Error(res, formatOf(req), client.status, client.message);
  });
  return root;
}

function v2Routes(deps: AppDeps): Router {
  const r = Router();
  // Depth and parameter count bounded: `attribute[...]` is one level deep (body-parser 2 takes `depth`; its types lack it).
  r.use(express.urlencoded({ extended: true, limit: '256kb', parameterLimit: 200, ...({ depth: 2 } as object) }));
  r.use((req, _res, next) => {
    if (req.body !== undefined) req.body = clean(req.body);
    next();
  });
  const fmt = (req: Request) => formatOf(req);
  const run = (h: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    try {
      await h(req, res);
    } catch (e) {
      if (e instanceof AppError) return sendOpen311Error(res, fmt(req), e.status, e.message);
      throw e;
    }
  };

  r.get('/services.:format', run(async (req, res) => sendList(res, fmt(req), 'services', 'service', [SERVICE])));
  r.get('/services/:code.:format', run(async (req, res) => {
    if (req.params.code !== SERVICE_CODE) return sendOpen311Error(res, fmt(req), 404, `没有服务 ${String(req.params.code)}`);
    sendObject(res, fmt(req), 'service_definition', DEFINITION);
  }));

  r.post('/requests.:format', run(async (req, res) => {
    const key = String((req.body as { api_key?: string })?.api_key ?? '');
    if (!deps.config.open311ApiKeys.includes(key)) return sendOpen311Error(res, fmt(req), 403, 'api_key 无效');
    const p = parse(postSchema, req.body);
    const result = await submitItem(deps, {
      channel: 'hotline12345',
      sourceRef: p.attribute.original_id,
      enterpriseName: p.attribute.enterprise_name,
      personInCharge: `${p.last_name ?? ''}${p.first_name ?? ''}` || '未留姓名',
      phone: (p.phone ?? p.attribute.contact_phone)!,
      email: p.email,
      problem: p.description,
      suggestion: p.attribute.suggestion,
    }, `open311:${key.slice(0, 4)}…`);
    sendList(res, fmt(req), 'service_requests', 'request', [{ service_request_id: result.itemNo, service_notice: '已受理，将列入政务服务“亲清”政企恳谈问题清单筛查', account_id: null }], 201);
  }));

  r.get('/requests/:id.:format', run(async (req, res) => {
    const item = await deps.db.getRepository(ItemEntity).findOneBy({ itemNo: String(req.params.id) });
    if (!item) return sendOpen311Error(res, fmt(req), 404, `没有诉求 ${String(req.params.id)}`);
    const [view] = await publicViews(deps.db.manager, [item]);
    sendList(res, fmt(req), 'service_requests', 'request', [toRequest(view, req.query.extensions === 'true')]);
  }));

  r.get('/requests.:format', run(async (req, res) => {
    const q = parse(requestsQuery, req.query);
    const repo = deps.db.getRepository(ItemEntity);
    let rows: Item[];
    if (q.service_request_id) {
      // GeoReport: with ids, every other filter is ignored.
      rows = await repo.findBy({ itemNo: In(q.service_request_id.split(',').map((s) => s.trim())) });
    } else {
      // GeoReport's default window: the last 90 days, at most 1000 requests. The list is public: only items
      // accepted onto the problem list (or later); a client reads its own requests by their ids whatever their
      // state. The status asked for is part of the query, so that the 1000 are the newest of that status.
      const end = q.end_date ? new Date(q.end_date) : deps.clock();
      const start = q.start_date ? new Date(q.start_date) : new Date(end.getTime() - 90 * 86400000);
      const ours = !q.service_code || q.service_code.includes(SERVICE_CODE);
      const statuses = statusList('public').filter((s) => !q.status || q.status.includes(statusIn('finished', s) ? 'closed' : 'open'));
      rows = ours ? await repo.find({ where: { createdAt: And(MoreThanOrEqual(start), LessThanOrEqual(end)), status: In(statuses) }, order: { id: 'DESC' }, take: 1000 }) : [];
    }
    const views = await publicViews(deps.db.manager, rows);
    sendList(res, fmt(req), 'service_requests', 'request', views.map((v) => toRequest(v, q.extensions === 'true')));
  }));

  // servicerequestupdates extension: one update per public step of an item, in the enterprise's words (the same
  // steps as the tracking page; internal ones such as deadlines set or tasks claimed are not published).
  r.get('/servicerequestupdates.:format', run(async (req, res) => {
    const q = parse(z.object({ start_date: z.string().datetime({ offset: true }), end_date: z.string().datetime({ offset: true }).optional() }), req.query);
    const end = q.end_date ? new Date(q.end_date) : deps.clock();
    const logs = await deps.db.getRepository(ActionLogEntity).find({ where: { entityType: 'item', action: In(Object.keys(PUBLIC_STEPS)), createdAt: And(MoreThanOrEqual(new Date(q.start_date)), LessThanOrEqual(end)) }, order: { id: 'ASC' }, take: 1000 });
    const items = logs.length ? await deps.db.getRepository(ItemEntity).findBy({ itemNo: In([...new Set(logs.map((l) => l.entityId))]), status: In(statusList('public')) }) : [];
    const byNo = new Map(items.map((i) => [i.itemNo, i]));
    sendList(res, fmt(req), 'service_request_updates', 'request_update', logs.filter((l) => byNo.has(l.entityId)).map((l) => {
      const i = byNo.get(l.entityId)!;
      return { update_id: String(l.id), service_request_id: l.entityId, status: statusIn('finished', i.status) ? 'closed' : 'open', updated_datetime: iso(l.createdAt), description: PUBLIC_STEPS[l.action].label, media_url: '' };
    }));
  }));
  return r;
}
