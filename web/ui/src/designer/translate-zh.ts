/**
 * Chinese for the bpmn-js modeler (palette, context pad, popup menu) and the Camunda 7 properties panel: both
 * pass every label through diagram-js's `translate` service, which this module replaces. Strings not listed
 * (mostly Camunda 8 ones this deployment never shows) stay as they are.
 */
const ZH: Record<string, string> = {
  // palette, context pad, popup menu
  'Activate hand tool': '抓手工具', 'Activate lasso tool': '套索工具', 'Activate create/remove space tool': '创建/删除空间',
  'Activate global connect tool': '连线工具', 'Create start event': '开始事件', 'Create intermediate/boundary event': '中间/边界事件',
  'Create end event': '结束事件', 'Create gateway': '网关', 'Create task': '任务', 'Create expanded sub-process': '展开的子流程',
  'Create data object reference': '数据对象', 'Create data store reference': '数据存储', 'Create pool/participant': '池/参与者',
  'Create group': '分组', 'Append task': '追加任务', 'Append end event': '追加结束事件', 'Append gateway': '追加网关',
  'Append intermediate/boundary event': '追加中间/边界事件', 'Append receive task': '追加接收任务',
  'Append message intermediate catch event': '追加消息捕获事件', 'Append timer intermediate catch event': '追加定时器事件',
  'Append conditional intermediate catch event': '追加条件事件', 'Append signal intermediate catch event': '追加信号事件',
  'Append compensation activity': '追加补偿活动', 'Add text annotation': '添加注释', 'Change element': '更改类型',
  'Connect to other element': '连接到其他元素', 'Connect using association': '以关联连接',
  'Connect using data input association': '以数据输入关联连接', Delete: '删除', 'Add lane above': '在上方添加泳道',
  'Add lane below': '在下方添加泳道', 'Divide into two lanes': '分为两条泳道', 'Divide into three lanes': '分为三条泳道',
  'Align elements': '对齐', 'Distribute elements horizontally': '水平分布', 'Distribute elements vertically': '垂直分布',
  'Search in diagram': '在图中搜索', 'Toggle non-interrupting': '切换为非中断', Loop: '循环',
  'Parallel multi-instance': '并行多实例', 'Sequential multi-instance': '顺序多实例', 'Open {element}': '打开 {element}',
  'Participant multiplicity': '参与者多重性', Collection: '集合',
  // properties panel: states and groups
  'Select an element to edit its properties.': '选择一个元素以编辑其属性。',
  'Multiple elements are selected. Select a single element to edit its properties.': '已选中多个元素，请只选择一个以编辑其属性。',
  General: '常规', Documentation: '文档', 'Element documentation': '元素说明', 'Process documentation': '流程说明',
  'History cleanup': '历史清理', Tasklist: '任务列表', 'Candidate starter': '可发起者', 'External task': '外部任务',
  'Job execution': '作业执行', 'Execution listeners': '执行监听器', 'Task listeners': '任务监听器', 'Extension properties': '扩展属性',
  'Asynchronous continuations': '异步延续', Inputs: '输入', Outputs: '输出', 'Input mapping': '输入映射', 'Output mapping': '输出映射',
  'In mappings': '传入映射', 'Out mappings': '传出映射', Form: '表单', Forms: '表单', 'User assignment': '办理人',
  Timer: '定时器', Condition: '条件', Message: '消息', Signal: '信号', Error: '错误', Errors: '错误', Escalation: '升级',
  Compensation: '补偿', 'Multi-instance': '多实例', Implementation: '实现', 'Field injections': '字段注入', Constraints: '约束',
  Properties: '属性', 'Form fields': '表单字段', 'Called element': '被调用元素', 'Called decision': '被调用决策',
  'Business key': '业务键', 'Start initiator': '发起人', Script: '脚本', Completion: '完成',
  // properties panel: entries
  Name: '名称', ID: '编号', 'Process name': '流程名称', 'Process ID': '流程编号', 'Participant Name': '参与者名称',
  'Version tag': '版本标签', Executable: '可执行', Startable: '可在任务列表发起', 'Time to live': '保留天数',
  'Candidate starter groups': '可发起的组', 'Candidate starter users': '可发起的用户', Assignee: '办理人',
  'Candidate groups': '候选组', 'Candidate users': '候选用户', 'Due date': '到期时间', 'Follow up date': '跟进时间',
  Priority: '优先级', 'Job priority': '作业优先级', Topic: '主题', 'Implementation type': '实现方式', 'Java class': 'Java 类',
  Expression: '表达式', 'Delegate expression': '委托表达式', 'Result variable': '结果变量', 'Asynchronous before': '之前异步',
  'Asynchronous after': '之后异步', Exclusive: '独占', Retries: '重试次数', 'Retry time cycle': '重试间隔', Type: '类型',
  Value: '值', Values: '值', Key: '键', Label: '标签', 'Default value': '默认值', 'Variable name': '变量名',
  'Variable assignment value': '变量赋值', 'Local variable name': '局部变量名', 'Process variable name': '流程变量名',
  'Camunda Form (linked)': 'Camunda 表单（引用）', 'Camunda Form (embedded)': 'Camunda 表单（内嵌）', 'Camunda Forms': 'Camunda 表单',
  'Embedded or External Task Forms': '内嵌或外部任务表单', 'Generated Task Forms': '生成的任务表单', 'Form key': '表单键',
  'Form reference': '表单引用', 'Form ID': '表单编号', Binding: '绑定', 'Custom form key': '自定义表单键', Version: '版本',
  'Form JSON configuration': '表单 JSON 配置', 'Condition expression': '条件表达式', 'Condition Expression': '条件表达式',
  'Loop cardinality': '循环次数', 'Completion condition': '完成条件', 'Element variable': '元素变量', 'Input collection': '输入集合',
  'Input element': '输入元素', 'Output collection': '输出集合', 'Output element': '输出元素', 'Variable events': '变量事件',
  'Event type': '事件类型', 'Listener type': '监听器类型', 'Listener ID': '监听器编号', 'Script type': '脚本类型',
  Format: '格式', Resource: '资源', 'External resource': '外部资源', 'Inline script': '内联脚本', 'Delegate Class': '委托类',
  'Delegate Expression': '委托表达式', 'Delegate Variable Mapping': '委托变量映射', 'Connector ID': '连接器编号',
  'Connector inputs': '连接器输入', 'Connector outputs': '连接器输出', 'Global message reference': '全局消息',
  'Global signal reference': '全局信号', 'Global error reference': '全局错误', 'Global escalation reference': '全局升级',
  Code: '代码', 'Code variable': '代码变量', 'Message variable': '消息变量', 'Throw expression': '抛出表达式',
  'Tenant ID': '租户编号', 'Case ref': '案例引用', 'Decision reference': '决策引用', 'Map decision result': '决策结果映射',
  'Business key expression': '业务键表达式', Local: '局部', Source: '来源', 'Source expression': '来源表达式', Target: '目标',
  'Propagate all variables': '传递全部变量', 'Wait for completion': '等待完成', 'Cancel remaining instances': '取消其余实例',
  Initiator: '发起人变量', Date: '日期', Duration: '时长', Cycle: '周期', Map: '映射', List: '列表', String: '字符串',
  'List values': '列表值', 'Map entries': '映射项', 'Create new ...': '新建…', Create: '新建', Update: '更新', On: '开', Off: '关',
  Before: '之前', After: '之后', '<none>': '<无>', '<empty>': '<空>', deployment: '同一部署', latest: '最新', version: '指定版本',
  versionTag: '版本标签', 'Deployment binding': '按部署', 'Latest binding': '最新', 'Version tag binding': '按版本标签',
  'Uses the resource found in the same deployment.': '使用同一部署中的资源。', 'Uses the most recent deployed resource.': '使用最近部署的资源。',
  'Uses the most recent deployed resource with the given version tag.': '使用该版本标签下最近部署的资源。',
  'Specify more than one group as a comma separated list.': '多个组用英文逗号分隔。',
  'Specify more than one user as a comma separated list.': '多个用户用英文逗号分隔。',
  'The due date as an EL expression (e.g. ${someDate}) or an ISO date (e.g. 2015-06-26T09:54:00).': '到期时间：EL 表达式（如 ${someDate}）或 ISO 日期（如 2015-06-26T09:54:00）。',
  'Number of days before this resource is being cleaned up. If specified, takes precedence over the engine configuration.': '历史数据保留的天数；填写后优先于引擎配置。',
  'This maps to the process definition key.': '即流程定义的键。',
  'The number of times the engine tries executing this activity if a worker signals a failure. The default is three.': '后台程序报告失败时引擎重试的次数，默认 3 次。',
  'A specific point in time defined as ISO 8601 combined date and time representation.': '一个时间点：ISO 8601 日期时间。',
  'A time duration defined as ISO 8601 durations format.': '一段时长：ISO 8601 时长格式。',
  'A cycle defined as ISO 8601 repeating intervals format, or a cron expression.': '周期：ISO 8601 重复间隔或 cron 表达式。',
  'How to configure a timer': '如何配置定时器', 'Start typing "${}" to create an expression.': '输入 "${}" 以创建表达式。',
  'ID must not be empty.': '编号不能为空。', 'ID must be unique.': '编号不能重复。', 'ID must not contain spaces.': '编号不能包含空格。',
  'ID must be a valid QName.': '编号须为合法的 QName。', 'ID must not contain prefix.': '编号不能包含前缀。',
  'Learn more.': '了解更多。', 'Process variables': '流程变量', 'Field injection': '字段注入', Class: '类', Config: '配置',
  start: '开始', end: '结束', take: '经过', create: '创建', assignment: '分配', complete: '完成', delete: '删除', update: '更新', timeout: '超时',
};

/** diagram-js's translate signature: a template with `{name}` replacements. */
export function translateZh(template: string, replacements: Record<string, string> = {}): string {
  return (ZH[template] ?? template).replace(/{([^}]+)}/g, (_, key: string) => replacements[key] ?? `{${key}}`);
}

/** A diagram-js module overriding the `translate` service. */
export const zhTranslateModule = { translate: ['value', translateZh] };
