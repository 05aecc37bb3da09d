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
const files = { type: 'array', items: { type: 'object', properties: { name: s, content: s }, required: ['name', 'content'] } };
const migrationPlan = {
  type: 'object',
  properties: {
    sourceProcessDefinitionId: s,
    targetProcessDefinitionId: s,
    instructions: { type: 'array', items: { type: 'object', properties: { sourceActivityIds: { type: 'array', items: s }, targetActivityIds: { type: 'array', items: s }, updateEventTrigger: { type: 'boolean' } }, required: ['sourceActivityIds', 'targetActivityIds'] } },
    variables: { type: 'object', additionalProperties: { type: 'object', properties: { value: {}, type: s } } },
  },
  required: ['sourceProcessDefinitionId', 'targetProcessDefinitionId', 'instructions'],
};
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
    '/api/public/challenge': { get: { tags: ['public'], summary: '人机验证题目（提交议题表前取得）', responses: { 200: ok('题目与令牌', obj({ question: s, token: s })) } } },
    '/api/public/items': { post: { tags: ['public'], summary: '提交议题表（附件1；须附人机验证答案，按来源地址限频）', requestBody: body({ ...form1, properties: { ...form1.properties, challenge: obj({ token: s, answer: s }, ['token', 'answer']) }, required: [...form1.required, 'challenge'] }), responses: { 201: ok('议题编号与查询码', obj({ itemNo: s, trackingCode: s })), 200: ok('同一 clientRequestId 的重放'), ...errors } } },
    '/api/public/items/{itemNo}': { get: { tags: ['public'], summary: '凭编号和查询码查询办理进度', parameters: [idParam('itemNo'), { name: 'code', in: 'query', required: true, schema: s }], responses: { 200: ok('进度'), ...errors } } },
    '/api/public/items/{itemNo}/evaluation': { post: { tags: ['public'], summary: '提交总体评价表（附件3）', parameters: [idParam('itemNo')], requestBody: body(obj({ code: s, result: { type: 'string', enum: ['satisfied', 'basic', 'unsatisfied'] }, overallOpinion: s, otherSuggestions: s, remarks: s, evaluatorName: s, phone: s }, ['code', 'result', 'overallOpinion', 'evaluatorName', 'phone'])), responses: { 201: ok('已记录'), ...errors } } },
    '/api/public/results': { get: { tags: ['public'], summary: '办理结果公开（个人信息已脱敏）', parameters: [{ name: 'page', in: 'query', schema: { type: 'integer' } }, { name: 'pageSize', in: 'query', schema: { type: 'integer' } }], responses: { 200: ok('结果列表'), ...errors } } },
    '/api/public/results.csv': { get: { tags: ['public'], summary: '办理结果开放数据（CSV，个人信息已脱敏）', responses: { 200: { description: 'CSV（UTF-8 BOM）', content: { 'text/csv': {} } } } } },
    '/api/public/results.json': { get: { tags: ['public'], summary: '办理结果开放数据（JSON，个人信息已脱敏）', responses: { 200: ok('全部已公开结果', { type: 'array' }) } } },
    '/api/public/results/{itemNo}': { get: { tags: ['public'], summary: '一项办理结果的公开页面数据（个人信息已脱敏）', parameters: [idParam('itemNo')], responses: { 200: ok('公开结果'), ...errors } } },
    '/api/public/meetings': { get: { tags: ['public'], summary: '已召开的恳谈会：日期、议题、参会企业数和研究结果（不含个人信息）', parameters: [{ name: 'page', in: 'query', schema: { type: 'integer' } }, { name: 'pageSize', in: 'query', schema: { type: 'integer' } }], responses: { 200: ok('会议分页'), ...errors } } },
    '/api/public/cases': { get: { tags: ['public'], summary: '典型做法（已发布，含引用的办理结果）', parameters: [{ name: 'page', in: 'query', schema: { type: 'integer' } }, { name: 'pageSize', in: 'query', schema: { type: 'integer' } }], responses: { 200: ok('典型做法分页'), ...errors } } },
    '/api/public/cases/{id}': { get: { tags: ['public'], summary: '一篇典型做法', parameters: [idParam('id')], responses: { 200: ok('典型做法'), ...errors } } },
    '/api/public/feed.atom': { get: { tags: ['public'], summary: '办理结果、恳谈会和典型做法的 Atom 订阅源', responses: { 200: { description: 'Atom 1.0', content: { 'application/atom+xml': {} } } } } },
    '/api/items/export.xlsx': { get: { tags: ['ledger'], ...staff, summary: '导出涉企问题工作台账（xlsx，流式；与台账相同的筛选与权限）', parameters: ['status', 'channel', 'dept', 'overdue', 'q'].map((name) => ({ name, in: 'query', schema: s })), responses: { 200: { description: 'xlsx', content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {} } }, ...errors } } },
    '/api/auth/login': { post: { tags: ['staff'], summary: '登录（引擎身份服务校验）', requestBody: body(obj({ username: s, password: s }, ['username', 'password'])), responses: { 200: ok('会话令牌'), ...errors } } },
    '/api/auth/logout': { post: { tags: ['staff'], ...staff, summary: '退出', responses: { 204: { description: '已退出' }, ...errors } } },
    '/api/auth/me': { get: { tags: ['staff'], ...staff, summary: '当前用户与所在组', responses: { 200: ok('用户'), ...errors } } },
    '/api/tasks': { get: { tags: ['tasks'], ...staff, summary: '我的待办（本人及所在组）', parameters: [{ name: 'taskKey', in: 'query', schema: s }, { name: 'page', in: 'query', schema: { type: 'integer' } }, { name: 'pageSize', in: 'query', schema: { type: 'integer' } }], responses: { 200: ok('任务分页'), ...errors } } },
    '/api/tasks/{id}': { get: { tags: ['tasks'], ...staff, summary: '任务详情与表单', parameters: [idParam('id')], responses: { 200: ok('任务'), ...errors } } },
    '/api/tasks/{id}/claim': { post: { tags: ['tasks'], ...staff, summary: '签收', parameters: [idParam('id')], responses: { 204: { description: '已签收' }, ...errors } } },
    '/api/tasks/{id}/unclaim': { post: { tags: ['tasks'], ...staff, summary: '取消签收', parameters: [idParam('id')], responses: { 204: { description: '已取消' }, ...errors } } },
    '/api/tasks/{id}/form': { get: { tags: ['tasks'], ...staff, summary: '任务表单（随模型部署的 form-js 表单及其选项数据）', parameters: [idParam('id')], responses: { 200: ok('表单', obj({ schema: { type: 'object' }, data: { type: 'object' } })), ...errors } } },
    '/api/tasks/{id}/diagram': { get: { tags: ['tasks'], ...staff, summary: '流程图与当前环节', parameters: [idParam('id')], responses: { 200: ok('BPMN 与当前活动', obj({ xml: s, active: { type: 'array', items: s } })), ...errors } } },
    '/api/tasks/{id}/colleagues': { get: { tags: ['tasks'], ...staff, summary: '可转办、委派的同事', parameters: [idParam('id')], responses: { 200: ok('同事', { type: 'array' }), ...errors } } },
    '/api/tasks/{id}/transfer': { post: { tags: ['tasks'], ...staff, summary: '转办（同组同事）', parameters: [idParam('id')], requestBody: body(obj({ userId: s, reason: s }, ['userId', 'reason'])), responses: { 204: { description: '已转办' }, ...errors } } },
    '/api/tasks/{id}/delegate': { post: { tags: ['tasks'], ...staff, summary: '委派', parameters: [idParam('id')], requestBody: body(obj({ userId: s, reason: s }, ['userId', 'reason'])), responses: { 204: { description: '已委派' }, ...errors } } },
    '/api/tasks/{id}/resolve': { post: { tags: ['tasks'], ...staff, summary: '委派任务办理完毕，交回委派人', parameters: [idParam('id')], requestBody: body(obj({ note: s }, ['note'])), responses: { 204: { description: '已交回' }, ...errors } } },
    '/api/tasks/{id}/return': { post: { tags: ['tasks'], ...staff, summary: '退回（牵头部门：非本部门职责，重新交办）', parameters: [idParam('id')], requestBody: body(obj({ reason: s }, ['reason'])), responses: { 204: { description: '已退回' }, ...errors } } },
    '/api/tasks/{id}/copy': { post: { tags: ['tasks'], ...staff, summary: '抄送', parameters: [idParam('id')], requestBody: body(obj({ recipients: { type: 'array', items: s }, note: s }, ['recipients'])), responses: { 204: { description: '已抄送' }, ...errors } } },
    '/api/tasks/{id}/remind': { post: { tags: ['tasks'], ...staff, summary: '催办（营商办、督查）', parameters: [idParam('id')], requestBody: body(obj({ note: s })), responses: { 204: { description: '已催办' }, ...errors } } },
    '/api/tasks/{id}/complete': { post: { tags: ['tasks'], ...staff, summary: '提交任务表单并完成任务', parameters: [idParam('id')], requestBody: body({ type: 'object', description: '按任务表单（ScreenItem、DispatchItem、HandleItem、SendOpinion、ConsolidateReply、ApproveExtension、ReviewReply、RecordEvaluation、ReReviewItem、PlanMeeting、RecordMeeting）' }), responses: { 204: { description: '已完成' }, ...errors } } },
    '/api/items': {
      get: { tags: ['ledger'], ...staff, summary: '涉企问题工作台账（筛选、分页）', parameters: ['status', 'channel', 'dept', 'overdue', 'q', 'page', 'pageSize'].map((name) => ({ name, in: 'query', schema: s })), responses: { 200: ok('台账分页'), ...errors } },
      post: { tags: ['ledger'], ...staff, summary: '登记其他渠道议题（12345、电子监察、走访、窗口）', requestBody: body({ ...form1, properties: { ...form1.properties, channel: s, sourceRef: s, submittedOn: s } }), responses: { 201: ok('议题编号'), ...errors } },
    },
    '/api/items/{itemNo}': { get: { tags: ['ledger'], ...staff, summary: '议题详情（含办理情况表、延期、评价、时间线）', parameters: [idParam('itemNo')], responses: { 200: ok('议题'), ...errors } } },
    '/api/items/{itemNo}/forms/{form}.docx': { get: { tags: ['ledger'], ...staff, summary: '附件1–3（议题表、议题办理情况表、总体评价表）Word 文档', parameters: [idParam('itemNo'), idParam('form')], responses: { 200: { description: 'docx', content: { 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {} } }, ...errors } } },
    '/api/items/{itemNo}/similar': { get: { tags: ['ledger'], ...staff, summary: '疑似重复议题（跨渠道，可合并办理）', parameters: [idParam('itemNo')], responses: { 200: ok('相似议题', { type: 'array' }), ...errors } } },
    '/api/items/{itemNo}/notes': { get: { tags: ['ledger'], ...staff, summary: '意见与附件', parameters: [idParam('itemNo')], responses: { 200: ok('意见与附件'), ...errors } } },
    '/api/items/{itemNo}/comments': { post: { tags: ['ledger'], ...staff, summary: '发表意见', parameters: [idParam('itemNo')], requestBody: body(obj({ body: s, taskId: s }, ['body'])), responses: { 201: ok('已发表'), ...errors } } },
    '/api/items/{itemNo}/attachments': { post: { tags: ['ledger'], ...staff, summary: '上传附件（请求体为文件内容；PDF、Word、Excel、JPG、PNG、文本）', parameters: [idParam('itemNo'), { name: 'name', in: 'query', required: true, schema: s }, { name: 'taskId', in: 'query', schema: s }], requestBody: { required: true, content: { 'application/octet-stream': {} } }, responses: { 201: ok('已上传'), 413: { description: '超过大小限制', ...json(error) }, 415: { description: '类型不允许', ...json(error) }, ...errors } } },
    '/api/items/{itemNo}/attachments/{id}': { get: { tags: ['ledger'], ...staff, summary: '下载附件', parameters: [idParam('itemNo'), idParam('id')], responses: { 200: { description: '文件' }, ...errors } } },
    '/api/imports': {
      get: { tags: ['imports'], ...staff, summary: '最近的导入任务', responses: { 200: ok('导入任务', { type: 'array' }), ...errors } },
      post: { tags: ['imports'], ...staff, summary: '上传待导入的 .xlsx / .csv（请求体为文件内容），返回表头、样例和建议的列对应', parameters: [{ name: 'name', in: 'query', required: true, schema: s }], requestBody: { required: true, content: { 'application/octet-stream': {} } }, responses: { 201: ok('导入任务与预览'), 413: { description: '超过50MB', ...json(error) }, 415: { description: '不是 .xlsx / .csv', ...json(error) }, ...errors } },
    },
    '/api/imports/{id}/start': { post: { tags: ['imports'], ...staff, summary: '按列对应开始导入（后台进行）', parameters: [idParam('id')], requestBody: body(obj({ channel: s, columns: { type: 'object' }, saveAs: s }, ['channel', 'columns'])), responses: { 202: ok('导入任务'), ...errors } } },
    '/api/imports/{id}': { get: { tags: ['imports'], ...staff, summary: '导入进度与未导入行', parameters: [idParam('id')], responses: { 200: ok('进度'), ...errors } } },
    '/api/imports/{id}/errors.csv': { get: { tags: ['imports'], ...staff, summary: '未导入行及原因（CSV）', parameters: [idParam('id')], responses: { 200: { description: 'CSV', content: { 'text/csv': {} } }, ...errors } } },
    '/api/designer/models': { get: { tags: ['designer'], ...staff, summary: '最新部署的模型与表单（流程设计员）', responses: { 200: ok('文件'), ...errors } } },
    '/api/designer/versions': { get: { tags: ['designer'], ...staff, summary: '已部署版本及运行中实例数', responses: { 200: ok('版本', { type: 'array' }), ...errors } } },
    '/api/designer/check': { post: { tags: ['designer'], ...staff, summary: '检查草稿：bpmnlint（推荐规则与 camunda-compat 的 Camunda 7 规则）及与系统的约定（主题、表单、环节、消息），按部署后的整套文件', requestBody: body(obj({ files }, ['files'])), responses: { 200: ok('errors 与 warnings，各含 file、id、rule、message'), ...errors } } },
    '/api/designer/deploy': { post: { tags: ['designer'], ...staff, summary: '部署草稿（与其余模型、表单一并部署）：给出文件，或服务器上的草稿编号；有错误时不部署（MODEL_LINT_FAILED、MODEL_CONTRACT_FAILED）', requestBody: body({ oneOf: [obj({ files, remove: { type: 'array', items: s } }, ['files']), obj({ draftIds: { type: 'array', items: { type: 'integer' } } }, ['draftIds'])] }), responses: { 201: ok('部署编号、变化的文件、新版本、警告'), ...errors } } },
    '/api/designer/drafts': {
      get: { tags: ['designer'], ...staff, summary: '所有设计员的草稿（谁的、基于哪次部署、是否已过时）', responses: { 200: ok('草稿', { type: 'array' }), ...errors } },
      put: { tags: ['designer'], ...staff, summary: '保存本人对一个文件的草稿', requestBody: body(obj({ fileName: s, content: s, baseDeploymentId: s }, ['fileName', 'content'])), responses: { 200: ok('草稿编号'), ...errors } },
    },
    '/api/designer/drafts/{id}': { delete: { tags: ['designer'], ...staff, summary: '放弃草稿', parameters: [idParam('id')], responses: { 204: { description: '已放弃' }, ...errors } } },
    '/api/designer/migrations': {
      get: { tags: ['designer'], ...staff, summary: '各流程的最新版本，及仍有运行实例的旧版本（各环节等待的实例数）', responses: { 200: ok('概览', { type: 'array' }), ...errors } },
      post: { tags: ['designer'], ...staff, summary: '按迁移计划迁移全部或所选实例（批处理）', requestBody: body(obj({ plan: migrationPlan, processInstanceIds: { type: 'array', items: s } }, ['plan'])), responses: { 202: ok('批处理编号与实例数'), ...errors } },
    },
    '/api/designer/migrations/plan': { post: { tags: ['designer'], ...staff, summary: '生成迁移计划（按环节编号对应；列出未对应的环节及其等待的实例数）', requestBody: body(obj({ sourceProcessDefinitionId: s, targetProcessDefinitionId: s }, ['sourceProcessDefinitionId'])), responses: { 200: ok('计划'), ...errors } } },
    '/api/designer/migrations/validate': { post: { tags: ['designer'], ...staff, summary: '校验迁移计划', requestBody: body(obj({ plan: migrationPlan }, ['plan'])), responses: { 200: ok('校验结果'), ...errors } } },
    '/api/designer/migrations/{batchId}': { get: { tags: ['designer'], ...staff, summary: '迁移进度；完成后列出未迁移的实例及原因', parameters: [idParam('batchId')], responses: { 200: ok('进度'), ...errors } } },
    '/api/notice-templates': { get: { tags: ['reference'], ...staff, summary: '通知模板（本局措辞或默认，含可用占位符）', responses: { 200: ok('模板'), ...errors } } },
    '/api/notice-templates/{notice}': {
      put: { tags: ['reference'], ...staff, summary: '修改通知模板', parameters: [idParam('notice')], requestBody: body(obj({ subject: s, body: s }, ['subject', 'body'])), responses: { 204: { description: '已保存' }, ...errors } },
      delete: { tags: ['reference'], ...staff, summary: '恢复默认模板', parameters: [idParam('notice')], responses: { 204: { description: '已恢复' }, ...errors } },
    },
    '/api/ladder-rules': { get: { tags: ['supervision'], ...staff, summary: '督办规则（提醒、催办、通报、督办：启用、工作日数、通知对象）', responses: { 200: ok('规则'), ...errors } } },
    '/api/ladder-rules/{level}': {
      put: { tags: ['supervision'], ...staff, summary: '修改一级督办规则（营商办）', parameters: [idParam('level')], requestBody: body(obj({ enabled: { type: 'boolean' }, workingDays: { type: 'integer' }, recipients: { type: 'array', items: { type: 'string', enum: ['lead', 'co', 'coordinator', 'supervisor'] } } }, ['enabled', 'workingDays', 'recipients'])), responses: { 204: { description: '已保存' }, ...errors } },
      delete: { tags: ['supervision'], ...staff, summary: '恢复默认督办规则', parameters: [idParam('level')], responses: { 204: { description: '已恢复' }, ...errors } },
    },
    '/api/assessment': { get: { tags: ['supervision'], ...staff, summary: '年度部门考核', parameters: [{ name: 'year', in: 'query', schema: { type: 'integer' } }], responses: { 200: ok('考核'), ...errors } } },
    '/api/assessment.xlsx': { get: { tags: ['supervision'], ...staff, summary: '年度部门考核（Excel）', parameters: [{ name: 'year', in: 'query', schema: { type: 'integer' } }], responses: { 200: { description: 'xlsx', content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {} } }, ...errors } } },
    '/api/items/{itemNo}/extensions': { post: { tags: ['ledger'], ...staff, summary: '申请延期（牵头部门，至多2次）', parameters: [idParam('itemNo')], requestBody: body(obj({ reason: s, days: { type: 'integer' } }, ['reason', 'days'])), responses: { 202: ok('已提交审批'), ...errors } } },
    '/api/items/{itemNo}/higher-level-decision': { post: { tags: ['ledger'], ...staff, summary: '登记上级恳谈会决定', parameters: [idParam('itemNo')], requestBody: body(decision), responses: { 204: { description: '已登记' }, ...errors } } },
    '/api/meetings': {
      get: { tags: ['meetings'], ...staff, summary: '恳谈会列表', responses: { 200: ok('列表'), ...errors } },
      post: { tags: ['meetings'], ...staff, summary: '发起恳谈会（开启筹备任务）', requestBody: body(obj({ title: s, kind: s }, ['title'])), responses: { 201: ok('恳谈会'), ...errors } },
    },
    '/api/meetings/{id}': { get: { tags: ['meetings'], ...staff, summary: '恳谈会详情（议程、决定、参会）', parameters: [idParam('id')], responses: { 200: ok('恳谈会'), ...errors } } },
    '/api/enterprises': { get: { tags: ['meetings'], ...staff, summary: '企业名录（按名称或统一社会信用代码检索；商会筛选）', parameters: ['q', 'chamber', 'page', 'pageSize'].map((name) => ({ name, in: 'query', schema: s })), responses: { 200: ok('名录分页'), ...errors } } },
    '/api/cases': {
      get: { tags: ['meetings'], ...staff, summary: '典型做法（草稿与已发布）', responses: { 200: ok('列表'), ...errors } },
      post: { tags: ['meetings'], ...staff, summary: '撰写典型做法（只能引用已公开的办理结果；存为草稿）', requestBody: body(obj({ title: s, body: s, itemNos: { type: 'array', items: s } }, ['title', 'body', 'itemNos'])), responses: { 201: ok('草稿'), ...errors } },
    },
    '/api/cases/{id}': { put: { tags: ['meetings'], ...staff, summary: '修改典型做法', parameters: [idParam('id')], requestBody: body(obj({ title: s, body: s, itemNos: { type: 'array', items: s } }, ['title', 'body', 'itemNos'])), responses: { 200: ok('典型做法'), ...errors } } },
    '/api/cases/{id}/publish': { post: { tags: ['meetings'], ...staff, summary: '发布典型做法（公开页面与订阅源）', parameters: [idParam('id')], responses: { 200: ok('已发布'), ...errors } } },
    '/api/cases/{id}/withdraw': { post: { tags: ['meetings'], ...staff, summary: '撤回已发布的典型做法', parameters: [idParam('id')], responses: { 200: ok('已撤回'), ...errors } } },
    '/api/enterprises/of-items': { get: { tags: ['meetings'], ...staff, summary: '议程中议题的企业（邀请名单的一行一家：企业、负责人、电话，名录中的更正优先）', parameters: [{ name: 'itemNos', in: 'query', required: true, description: '议题编号，英文逗号分隔', schema: s }], responses: { 200: ok('邀请名单'), ...errors } } },
    '/api/enterprises/{id}': {
      get: { tags: ['meetings'], ...staff, summary: '企业档案：议题、参会、评价', parameters: [idParam('id')], responses: { 200: ok('企业档案'), ...errors } },
      put: { tags: ['meetings'], ...staff, summary: '更正企业信息（统一社会信用代码须通过校验位）', parameters: [idParam('id')], requestBody: body(obj({ name: s, creditCode: s, industry: s, chamber: s, personInCharge: s, phone: s }, [])), responses: { 200: ok('企业'), ...errors } },
    },
    '/api/dashboard': { get: { tags: ['supervision'], ...staff, summary: '督查看板数据', parameters: [{ name: 'year', in: 'query', schema: { type: 'integer' } }], responses: { 200: ok('指标'), ...errors } } },
    '/api/departments': { get: { tags: ['reference'], ...staff, summary: '部门', responses: { 200: ok('部门'), ...errors } } },
    '/api/notifications': { get: { tags: ['reference'], ...staff, summary: '我的站内通知', responses: { 200: ok('通知'), ...errors } } },
    '/api/notification-webhooks': {
      get: { tags: ['reference'], ...staff, summary: '群机器人（企业微信、钉钉）', responses: { 200: ok('列表'), ...errors } },
      post: { tags: ['reference'], ...staff, summary: '为组（部门或角色）配置群机器人', requestBody: body(obj({ groupCode: s, kind: { type: 'string', enum: ['wecom', 'dingtalk'] }, url: s, secret: s }, ['groupCode', 'kind', 'url'])), responses: { 201: ok('已配置'), ...errors } },
    },
    '/api/calendar': {
      get: { tags: ['calendar'], ...staff, summary: '工作日历覆盖年份', responses: { 200: ok('年份'), ...errors } },
      post: { tags: ['calendar'], ...staff, summary: '录入某年国务院放假通知（等待中的交办时限和督办时点随之重算，答复中列出重算的议题）', requestBody: body(obj({ year: { type: 'integer' }, noticeTitle: s, holidays: { type: 'array', items: obj({ date: { type: 'string', format: 'date' }, name: s }, ['date', 'name']) }, workdays: { type: 'array', items: obj({ date: { type: 'string', format: 'date' }, name: s }, ['date', 'name']) } }, ['year', 'noticeTitle', 'holidays'])), responses: { 201: ok('已录入；retimed: { dispatch, ladder, failed } 为重算（或未能重算）的议题编号'), ...errors } },
    },
    '/api/admin/users': { get: { tags: ['admin'], ...staff, summary: '账号列表（系统管理员）：登录失败次数、是否锁定', parameters: [{ name: 'q', in: 'query', schema: s }], responses: { 200: ok('账号'), ...errors } } },
    '/api/admin/users/{id}/unlock': { post: { tags: ['admin'], ...staff, summary: '解锁因多次密码错误被锁定的账号（记入操作日志）', parameters: [idParam('id')], responses: { 204: { description: '已解锁' }, ...errors } } },
    '/api/admin/users/{id}/password': { post: { tags: ['admin'], ...staff, summary: '重设账号密码（至少10位，含字母和数字；同时解锁并结束该账号的登录会话；记入操作日志，不含密码）', parameters: [idParam('id')], requestBody: body(obj({ password: s }, ['password'])), responses: { 204: { description: '已重设' }, ...errors } } },
    '/api/public/calendar/working-day': {
      get: {
        tags: ['calendar'],
        summary: '某日之后第 N 个工作日（默认 N=1，即下一个工作日）；尚无放假通知的年份按法定节假日推算，provisional 为 true',
        parameters: [{ name: 'date', in: 'query', required: true, schema: { type: 'string', format: 'date' } }, { name: 'days', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 366, default: 1 } }],
        responses: { 200: ok('{ from, days, date, provisional }'), ...errors },
      },
    },
    '/api/public/calendar/days': {
      get: {
        tags: ['calendar'],
        summary: '日期区间（最多366天）内每天的类型：workday / weekend / holiday / adjustedWorkday，及来源：notice（放假通知）/ statutory（法定节假日推算）/ weekend / weekday（尚无通知的年份）',
        parameters: [{ name: 'from', in: 'query', required: true, schema: { type: 'string', format: 'date' } }, { name: 'to', in: 'query', required: true, schema: { type: 'string', format: 'date' } }],
        responses: { 200: ok('{ from, to, coveredYears, days: [{ date, kind, name?, source }] }'), ...errors },
      },
    },
  },
};
