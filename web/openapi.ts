/** OpenAPI 3 description of the API (served at /api/openapi.json). */
const error = { $ref: '#/components/schemas/Error' };
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const ok = (description: string, schema: unknown = { type: 'object' }) => ({ description, ...json(schema) });
const errors = {
  400: { description: '输入有误（VALIDATION_FAILED 等）', ...json(error) },
  401: { description: '未登录', ...json(error) },
  403: { description: '无权限', ...json(error) },
  404: { description: '不存在', ...json(error) },
  409: { description: '状态冲突', ...json(error) },
  503: { description: '流程引擎不可用', ...json(error) },
};
const body = (schema: unknown) => ({ required: true, ...json(schema) });
const staff = { security: [{ bearer: [] }, { cookie: [] }] };
const obj = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required });
const s = { type: 'string' };
const idParam = (name: string) => ({ name, in: 'path', required: true, schema: s });

const form1 = obj({ enterpriseName: s, personInCharge: s, phone: s, email: s, problem: s, suggestion: s, remarks: s, clientRequestId: s }, ['enterpriseName', 'personInCharge', 'phone', 'problem']);
const decision = obj({ decision: { type: 'string', enum: ['onSpot', 'single', 'multi', 'escalate', 'explain'] }, leadDept: s, coDepts: { type: 'array', items: s }, answer: s, reReviewDate: { type: 'string', format: 'date' } }, ['decision']);

export const openApiDocument = {
  openapi: '3.0.3',
  info: { title: 'QinQing 亲清政企恳谈 API', version: '0.1.0', description: '政务服务“亲清”政企恳谈会制度（乌政数函〔2024〕10号）的议题收集、恳谈、交办、督办、回访与公开。' },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, cookie: { type: 'apiKey', in: 'cookie', name: 'qq_session' } },
    schemas: { Error: obj({ code: s, message: s, details: { type: 'object' } }, ['code', 'message']) },
  },
  paths: {
    '/api/public/items': { post: { tags: ['public'], summary: '提交议题表（附件1）', requestBody: body(form1), responses: { 201: ok('议题编号与查询码', obj({ itemNo: s, trackingCode: s })), 200: ok('同一 clientRequestId 的重放'), ...errors } } },
    '/api/public/items/{itemNo}': { get: { tags: ['public'], summary: '凭编号和查询码查询办理进度', parameters: [idParam('itemNo'), { name: 'code', in: 'query', required: true, schema: s }], responses: { 200: ok('进度'), ...errors } } },
    '/api/public/items/{itemNo}/evaluation': { post: { tags: ['public'], summary: '提交总体评价表（附件3）', parameters: [idParam('itemNo')], requestBody: body(obj({ code: s, result: { type: 'string', enum: ['satisfied', 'basic', 'unsatisfied'] }, overallOpinion: s, otherSuggestions: s, remarks: s, evaluatorName: s, phone: s }, ['code', 'result', 'overallOpinion', 'evaluatorName', 'phone'])), responses: { 201: ok('已记录'), ...errors } } },
    '/api/public/results': { get: { tags: ['public'], summary: '办理结果公开（个人信息已脱敏）', parameters: [{ name: 'page', in: 'query', schema: { type: 'integer' } }, { name: 'pageSize', in: 'query', schema: { type: 'integer' } }], responses: { 200: ok('结果列表'), ...errors } } },
    '/api/public/results.csv': { get: { tags: ['public'], summary: '办理结果开放数据（CSV，个人信息已脱敏）', responses: { 200: { description: 'CSV（UTF-8 BOM）', content: { 'text/csv': {} } } } } },
    '/api/public/results.json': { get: { tags: ['public'], summary: '办理结果开放数据（JSON，个人信息已脱敏）', responses: { 200: ok('全部已公开结果', { type: 'array' }) } } },
    '/api/items/export.xlsx': { get: { tags: ['ledger'], ...staff, summary: '导出涉企问题工作台账（xlsx，流式；与台账相同的筛选与权限）', parameters: ['status', 'channel', 'dept', 'overdue', 'q'].map((name) => ({ name, in: 'query', schema: s })), responses: { 200: { description: 'xlsx', content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {} } }, ...errors } } },
    '/api/auth/login': { post: { tags: ['staff'], summary: '登录（引擎身份服务校验）', requestBody: body(obj({ username: s, password: s }, ['username', 'password'])), responses: { 200: ok('会话令牌'), ...errors } } },
    '/api/auth/logout': { post: { tags: ['staff'], ...staff, summary: '退出', responses: { 204: { description: '已退出' }, ...errors } } },
    '/api/auth/me': { get: { tags: ['staff'], ...staff, summary: '当前用户与所在组', responses: { 200: ok('用户'), ...errors } } },
    '/api/tasks': { get: { tags: ['tasks'], ...staff, summary: '我的待办（本人及所在组）', parameters: [{ name: 'taskKey', in: 'query', schema: s }, { name: 'page', in: 'query', schema: { type: 'integer' } }, { name: 'pageSize', in: 'query', schema: { type: 'integer' } }], responses: { 200: ok('任务分页'), ...errors } } },
    '/api/tasks/{id}': { get: { tags: ['tasks'], ...staff, summary: '任务详情与表单', parameters: [idParam('id')], responses: { 200: ok('任务'), ...errors } } },
    '/api/tasks/{id}/claim': { post: { tags: ['tasks'], ...staff, summary: '签收', parameters: [idParam('id')], responses: { 204: { description: '已签收' }, ...errors } } },
    '/api/tasks/{id}/unclaim': { post: { tags: ['tasks'], ...staff, summary: '取消签收', parameters: [idParam('id')], responses: { 204: { description: '已取消' }, ...errors } } },
    '/api/tasks/{id}/complete': { post: { tags: ['tasks'], ...staff, summary: '提交任务表单并完成任务', parameters: [idParam('id')], requestBody: body({ type: 'object', description: '按任务表单（ScreenItem、DispatchItem、HandleItem、SendOpinion、ConsolidateReply、ApproveExtension、ReviewReply、RecordEvaluation、ReReviewItem、PlanMeeting、RecordMeeting）' }), responses: { 204: { description: '已完成' }, ...errors } } },
    '/api/items': {
      get: { tags: ['ledger'], ...staff, summary: '涉企问题工作台账（筛选、分页）', parameters: ['status', 'channel', 'dept', 'overdue', 'q', 'page', 'pageSize'].map((name) => ({ name, in: 'query', schema: s })), responses: { 200: ok('台账分页'), ...errors } },
      post: { tags: ['ledger'], ...staff, summary: '登记其他渠道议题（12345、电子监察、走访、窗口）', requestBody: body({ ...form1, properties: { ...form1.properties, channel: s, sourceRef: s, submittedOn: s } }), responses: { 201: ok('议题编号'), ...errors } },
    },
    '/api/items/{itemNo}': { get: { tags: ['ledger'], ...staff, summary: '议题详情（含办理情况表、延期、评价、时间线）', parameters: [idParam('itemNo')], responses: { 200: ok('议题'), ...errors } } },
    '/api/items/{itemNo}/extensions': { post: { tags: ['ledger'], ...staff, summary: '申请延期（牵头部门，至多2次）', parameters: [idParam('itemNo')], requestBody: body(obj({ reason: s, days: { type: 'integer' } }, ['reason', 'days'])), responses: { 202: ok('已提交审批'), ...errors } } },
    '/api/items/{itemNo}/higher-level-decision': { post: { tags: ['ledger'], ...staff, summary: '登记上级恳谈会决定', parameters: [idParam('itemNo')], requestBody: body(decision), responses: { 204: { description: '已登记' }, ...errors } } },
    '/api/meetings': {
      get: { tags: ['meetings'], ...staff, summary: '恳谈会列表', responses: { 200: ok('列表'), ...errors } },
      post: { tags: ['meetings'], ...staff, summary: '发起恳谈会（开启筹备任务）', requestBody: body(obj({ title: s, kind: s }, ['title'])), responses: { 201: ok('恳谈会'), ...errors } },
    },
    '/api/meetings/{id}': { get: { tags: ['meetings'], ...staff, summary: '恳谈会详情（议程、决定、参会）', parameters: [idParam('id')], responses: { 200: ok('恳谈会'), ...errors } } },
    '/api/dashboard': { get: { tags: ['supervision'], ...staff, summary: '督查看板数据', parameters: [{ name: 'year', in: 'query', schema: { type: 'integer' } }], responses: { 200: ok('指标'), ...errors } } },
    '/api/departments': { get: { tags: ['reference'], ...staff, summary: '部门', responses: { 200: ok('部门'), ...errors } } },
    '/api/notifications': { get: { tags: ['reference'], ...staff, summary: '我的站内通知', responses: { 200: ok('通知'), ...errors } } },
    '/api/notification-webhooks': {
      get: { tags: ['reference'], ...staff, summary: '群机器人（企业微信、钉钉）', responses: { 200: ok('列表'), ...errors } },
      post: { tags: ['reference'], ...staff, summary: '为组（部门或角色）配置群机器人', requestBody: body(obj({ groupCode: s, kind: { type: 'string', enum: ['wecom', 'dingtalk'] }, url: s, secret: s }, ['groupCode', 'kind', 'url'])), responses: { 201: ok('已配置'), ...errors } },
    },
    '/api/calendar': {
      get: { tags: ['calendar'], ...staff, summary: '工作日历覆盖年份', responses: { 200: ok('年份'), ...errors } },
      post: { tags: ['calendar'], ...staff, summary: '录入某年国务院放假通知', requestBody: body(obj({ year: { type: 'integer' }, noticeTitle: s, holidays: { type: 'array' }, workdays: { type: 'array' } }, ['year', 'noticeTitle', 'holidays'])), responses: { 201: ok('已录入'), ...errors } },
    },
  },
};
