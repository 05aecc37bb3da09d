export default {
  app: { name: '亲清政企恳谈', staff: '工作平台', public: '企业服务', logout: '退出', language: 'English', skip: '跳到主要内容' },
  nav: { templates: '通知模板', ladder: '督办规则', calendar: '工作日历', users: '账号管理', settings: '设置', imports: '批量导入', assessment: '年度考核', inbox: '我的待办', ledger: '工作台账', meetings: '恳谈会', enterprises: '企业名录', dashboard: '督查看板', designer: '流程设计', submit: '提交诉求', track: '进度查询', results: '办理结果公开', publicMeetings: '恳谈会公开', login: '工作人员登录' },
  login: { title: '工作人员登录', username: '用户名', password: '密码', submit: '登录', failed: '登录失败' },
  role: { 'qq-coordinator': '营商办（统筹）', 'qq-supervisor': '督查', 'qq-followup': '12345回访', 'qq-designer': '流程设计', 'qq-admin': '系统管理员' },
  inbox: { mine: '我的任务', groups: '部门/岗位任务', all: '全部', task: '任务', item: '议题', enterprise: '企业', channel: '渠道', dept: '部门', due: '期限', overdue: '只看超期', claim: '签收', unclaim: '退签', open: '办理', claimedBy: '签收人', empty: '暂无待办', taskType: '任务类型' },
  task: { form: '表单', submit: '提交', timeline: '办理过程', diagram: '流程图', item: '议题信息', done: '已提交', back: '返回待办' },
  ledger: { title: '涉企问题工作台账', status: '状态', export: '导出 Excel', search: '查询', reset: '重置', extensions: '延期次数', overdueDays: '超期天数', deadline: '办理期限', submittedOn: '提交日期' },
  item: { problem: '问题', suggestion: '建议', reply: '答复', handling: '办理情况', evaluations: '评价', extensions: '延期' },
  dashboard: { title: '督查看板', year: '年度', total: '议题总数', dispatchRate: '按时交办率', replyRate: '按时答复率', satisfaction: '满意率', extensions: '延期次数', byStatus: '按状态', byChannel: '按渠道', byDept: '按责任部门', byMonth: '按月份', overdue: '超期议题（长期挂号、久拖不决）', ranking: '部门排名', quarters: '季度恳谈会' },
  meetings: { title: '恳谈会', new: '发起恳谈会', kind: '类型', quarter: '季度', held: '已召开', missing: '未召开' },
  designer: { title: '流程设计' },
  public: { submitTitle: '提交涉企问题（议题征集表）', submitted: '提交成功', trackTitle: '办理进度查询', resultsTitle: '办理结果公开', resultTitle: '办理结果', meetingsTitle: '政企恳谈会公开', feed: '订阅（Atom）', evaluate: '填写总体评价表' },
};
