/**
 * Open311 GeoReport v2 (with the servicerequestupdates extension), so that the 12345 platform or any Open311
 * client can push enterprises' problems and read their status. Posting needs an api_key; reading is public, so
 * answers carry no names or phone numbers. Our detailed states map to open/closed, with the details in
 * `extended_attributes` (asked for with `extensions=true`).
 */
import express, { Router, type Request, type Response } from 'express';
import { In, MoreThanOrEqual, LessThanOrEqual, And } from 'typeorm';
import { ActionLogEntity, ItemEntity, type Item } from '../../db/entities/index.js';
import { AppError } from '../../core/errors.js';
import { publicViews, type PublicItem } from '../../core/items/public-view.js';
import { statusIn, statusList } from '../../core/items/status.js';
import { toEngineDate } from '../../core/calendar/dates.js';
import type { AppDeps } from '../deps.js';
import { submitItem } from '../usecases/submit-item.js';
import { parse, phone, text, z } from '../validation.js';
import { sendList, sendOpen311Error } from './format.js';

export const SERVICE_CODE = 'enterprise-problem';
const iso = (d: Date | null) => (d ? toEngineDate(d).replace(/(\d{2})(\d{2})$/, '$1:$2') : null);

const SERVICE = {
  service_code: SERVICE_CODE,
  service_name: '涉企问题诉求',
  description: '政务服务“亲清”政企恳谈：企业办事过程中遇到的困难和问题、意见建议',
  metadata: true,
  type: 'realtime',
  keywords: '亲清,恳谈,企业,营商环境',
  group: '政务服务',
};

const DEFINITION = {
  service_code: SERVICE_CODE,
  attributes: [
    { variable: true, code: 'enterprise_name', datatype: 'string', required: true, datatype_description: '提交企业全称', order: 1, description: '提交企业' },
    { variable: true, code: 'original_id', datatype: 'string', required: false, datatype_description: '来源系统的工单编号', order: 2, description: '原工单编号' },
    { variable: true, code: 'suggestion', datatype: 'text', required: false, datatype_description: '', order: 3, description: '意见建议' },
  ],
};

const postSchema = z.object({
  api_key: z.string().min(1),
  service_code: z.literal(SERVICE_CODE),
  description: text(5000),
  first_name: z.string().trim().max(25).optional(),
  last_name: z.string().trim().max(25).optional(),
  phone,
  email: z.string().trim().email().optional(),
  attribute: z.object({ enterprise_name: text(200), original_id: z.string().trim().max(64).optional(), suggestion: z.string().trim().max(5000).optional() }),
});

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

export function open311Routes(deps: AppDeps): Router {
  const r = Router();
  r.use(express.urlencoded({ extended: true, limit: '256kb' }));
  const fmt = (req: Request) => (req.params.format === 'xml' ? 'xml' : 'json');
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
    if (req.params.code !== SERVICE_CODE) return sendOpen311Error(res, fmt(req), 404, `没有服务 ${req.params.code}`);
    sendList(res, fmt(req), 'service_definition', 'service_definition', [DEFINITION]);
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
      phone: p.phone,
      email: p.email,
      problem: p.description,
      suggestion: p.attribute.suggestion,
    }, `open311:${key.slice(0, 4)}…`);
    sendList(res, fmt(req), 'service_requests', 'request', [{ service_request_id: result.itemNo, service_notice: '已受理，将列入政务服务“亲清”政企恳谈问题清单筛查', account_id: null }], 201);
  }));

  r.get('/requests/:id.:format', run(async (req, res) => {
    const item = await deps.db.getRepository(ItemEntity).findOneBy({ itemNo: String(req.params.id) });
    if (!item) return sendOpen311Error(res, fmt(req), 404, `没有诉求 ${req.params.id}`);
    const [view] = await publicViews(deps.db.manager, [item]);
    sendList(res, fmt(req), 'service_requests', 'request', [toRequest(view, req.query.extensions === 'true')]);
  }));

  r.get('/requests.:format', run(async (req, res) => {
    const q = parse(z.object({ service_request_id: z.string().optional(), status: z.enum(['open', 'closed']).optional(), start_date: z.string().datetime({ offset: true }).optional(), end_date: z.string().datetime({ offset: true }).optional(), extensions: z.string().optional() }), req.query);
    const repo = deps.db.getRepository(ItemEntity);
    let rows: Item[];
    if (q.service_request_id) {
      rows = await repo.findBy({ itemNo: In(q.service_request_id.split(',').map((s) => s.trim())) });
    } else {
      // GeoReport's default window: the last 90 days, at most 1000 requests.
      const end = q.end_date ? new Date(q.end_date) : deps.clock();
      const start = q.start_date ? new Date(q.start_date) : new Date(end.getTime() - 90 * 86400000);
      // The list is public: only items accepted onto the problem list (or later); a client reads its own
      // requests by their ids whatever their state.
      rows = await repo.find({ where: { createdAt: And(MoreThanOrEqual(start), LessThanOrEqual(end)), status: In(statusList('public')) }, order: { id: 'DESC' }, take: 1000 });
    }
    const views = (await publicViews(deps.db.manager, rows)).filter((v) => !q.status || (v.open ? 'open' : 'closed') === q.status);
    sendList(res, fmt(req), 'service_requests', 'request', views.map((v) => toRequest(v, q.extensions === 'true')));
  }));

  // servicerequestupdates extension: one update per recorded step of an item.
  r.get('/servicerequestupdates.:format', run(async (req, res) => {
    const q = parse(z.object({ start_date: z.string().datetime({ offset: true }), end_date: z.string().datetime({ offset: true }).optional() }), req.query);
    const end = q.end_date ? new Date(q.end_date) : deps.clock();
    const logs = await deps.db.getRepository(ActionLogEntity).find({ where: { entityType: 'item', createdAt: And(MoreThanOrEqual(new Date(q.start_date)), LessThanOrEqual(end)) }, order: { id: 'ASC' }, take: 1000 });
    const items = logs.length ? await deps.db.getRepository(ItemEntity).findBy({ itemNo: In([...new Set(logs.map((l) => l.entityId))]), status: In(statusList('public')) }) : [];
    const byNo = new Map(items.map((i) => [i.itemNo, i]));
    sendList(res, fmt(req), 'service_request_updates', 'request_update', logs.filter((l) => byNo.has(l.entityId)).map((l) => {
      const i = byNo.get(l.entityId)!;
      return { update_id: String(l.id), service_request_id: l.entityId, status: statusIn('finished', i.status) ? 'closed' : 'open', updated_datetime: iso(l.createdAt), description: l.action, media_url: '' };
    }));
  }));
  return r;
}
