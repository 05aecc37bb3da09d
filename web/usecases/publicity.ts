/**
 * 强化宣传引导 (seed 三(三)): what the public may read of the regime's work without an account — one published
 * result on a page of its own, the dialogue meetings held (date, topics, how many enterprises, what was decided),
 * and an Atom feed of both for news readers and the county's portal. Only the masked public projection and
 * counts are used: no representative, phone or other personal data of the meetings is shown.
 */
import { In } from 'typeorm';
import { ItemEntity, MeetingAttendanceEntity, MeetingEntity, MeetingTopicEntity } from '../../db/entities/index.js';
import { notFound } from '../../core/errors.js';
import { publicViews } from '../../core/items/public-view.js';
import { resultView } from './public-items.js';
import { publishedCases } from './practice-cases.js';
import { DECISION_LABEL } from '../labels.js';
import { z } from '../validation.js';
import type { AppDeps } from '../deps.js';

export async function publishedResult(deps: AppDeps, itemNo: string) {
  const item = await deps.db.getRepository(ItemEntity).findOneBy({ itemNo, status: 'published' });
  if (!item) throw notFound('RESULT_NOT_FOUND', '未找到该公开结果');
  const [v] = await publicViews(deps.db.manager, [item]);
  return resultView(v);
}

export const meetingsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
});

/** Held meetings, newest first: the topics in their public wording and how each was decided. */
export async function heldMeetings(deps: AppDeps, q: z.infer<typeof meetingsQuerySchema>) {
  const [meetings, total] = await deps.db.getRepository(MeetingEntity).findAndCount({ where: { status: 'held' }, order: { heldDate: 'DESC', id: 'DESC' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize });
  const ids = meetings.map((m) => m.id);
  const [topics, attendance] = ids.length
    ? await Promise.all([
      deps.db.getRepository(MeetingTopicEntity).find({ where: { meetingId: In(ids) }, order: { id: 'ASC' } }),
      deps.db.getRepository(MeetingAttendanceEntity).find({ select: { meetingId: true, attended: true }, where: { meetingId: In(ids) } }),
    ])
    : [[], []];
  const items = topics.length ? await deps.db.getRepository(ItemEntity).findBy({ id: In(topics.map((t) => t.itemId)) }) : [];
  const views = new Map((await publicViews(deps.db.manager, items)).map((v, n) => [items[n].id, v]));
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    meetings: meetings.map((m) => {
      const own = topics.filter((t) => t.meetingId === m.id);
      const outcomes: Record<string, number> = {};
      for (const t of own) if (t.decision) outcomes[DECISION_LABEL[t.decision] ?? t.decision] = (outcomes[DECISION_LABEL[t.decision] ?? t.decision] ?? 0) + 1;
      return {
        meetingNo: m.meetingNo,
        title: m.title,
        heldDate: m.heldDate,
        enterprises: attendance.filter((a) => a.meetingId === m.id && a.attended).length,
        outcomes,
        topics: own.map((t) => {
          const v = views.get(t.itemId);
          // the label for readers of the API, the code for the pages, which name it in their own language
          return { problem: v?.problem ?? '', decision: t.decision ? DECISION_LABEL[t.decision] ?? t.decision : '', decisionCode: t.decision ?? null, leadDept: v?.leadDept ?? null, published: v?.status === 'published' ? v.itemNo : null };
        }),
      };
    }),
  };
}

const xml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** Atom 1.0 (RFC 4287): the newest published results and held meetings, linked to their public pages. */
export async function atomFeed(deps: AppDeps): Promise<string> {
  const base = deps.config.publicUrl.replace(/\/$/, '');
  const [results, meetings, cases] = await Promise.all([
    deps.db.getRepository(ItemEntity).find({ where: { status: 'published' }, order: { publishedAt: 'DESC', id: 'DESC' }, take: 30 }),
    heldMeetings(deps, { page: 1, pageSize: 20 }),
    publishedCases(deps, { page: 1, pageSize: 20 }),
  ]);
  const views = await publicViews(deps.db.manager, results);
  const entries = [
    ...views.map((v) => ({
      id: `${base}/public/results/${v.itemNo}`,
      title: `办理结果公开：${v.problem.slice(0, 40)}`,
      updated: (v.publishedAt ?? v.updatedAt).toISOString(),
      summary: `${v.leadDept ? `${v.leadDept}：` : ''}${v.answer ?? ''}`,
    })),
    ...meetings.meetings.map((m) => ({
      id: `${base}/public/meetings#${m.meetingNo}`,
      title: `${m.title}（${m.heldDate}）`,
      updated: new Date(`${m.heldDate}T18:00:00+08:00`).toISOString(),
      summary: `${m.enterprises}家企业参会，研究议题${m.topics.length}项：${Object.entries(m.outcomes).map(([k, n]) => `${k}${n}项`).join('，')}。`,
    })),
    ...cases.cases.map((c) => ({
      id: `${base}/public/cases/${c.id}`,
      title: `典型做法：${c.title}`,
      updated: c.publishedAt!.toISOString(),
      summary: c.body.slice(0, 200),
    })),
  ].sort((a, b) => b.updated.localeCompare(a.updated));
  const updated = entries[0]?.updated ?? new Date(0).toISOString();
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${xml(`${base}/public/feed`)}</id>
  <title>政务服务“亲清”政企恳谈会 · 办理结果、会议与典型做法公开</title>
  <link rel="self" href="${xml(`${base}/api/public/feed.atom`)}"/>
  <link rel="alternate" href="${xml(`${base}/public/results`)}"/>
  <author><name>乌审旗政务服务与数据管理局</name></author>
  <updated>${updated}</updated>
${entries.map((e) => `  <entry>
    <id>${xml(e.id)}</id>
    <title>${xml(e.title)}</title>
    <link rel="alternate" href="${xml(e.id)}"/>
    <updated>${e.updated}</updated>
    <summary>${xml(e.summary)}</summary>
  </entry>`).join('\n')}
</feed>
`;
}
