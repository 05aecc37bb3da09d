export default {
  app: { name: 'QinQing Dialogue', staff: 'Staff', public: 'Enterprise services', logout: 'Log out', language: '中文', skip: 'Skip to content' },
  nav: { templates: 'Notice wording', ladder: 'Supervision rules', calendar: 'Working calendar', users: 'Accounts', settings: 'Settings', imports: 'Import', assessment: 'Assessment', inbox: 'My tasks', ledger: 'Ledger', meetings: 'Meetings', enterprises: 'Enterprises', dashboard: 'Dashboard', designer: 'Process design', submit: 'Submit a problem', track: 'Track', results: 'Published results', publicMeetings: 'Meetings held', login: 'Staff login' },
  login: { title: 'Staff login', username: 'User name', password: 'Password', submit: 'Log in', failed: 'Login failed' },
  role: { 'qq-coordinator': 'Coordinator', 'qq-supervisor': 'Supervisor', 'qq-followup': '12345 follow-up', 'qq-designer': 'Designer', 'qq-admin': 'Administrator' },
  inbox: { mine: 'Mine', groups: 'My groups', all: 'All', task: 'Task', item: 'Item', enterprise: 'Enterprise', channel: 'Channel', dept: 'Department', due: 'Due', overdue: 'Overdue only', claim: 'Claim', unclaim: 'Unclaim', open: 'Open', claimedBy: 'Claimed by', empty: 'Nothing to do', taskType: 'Task type' },
  task: { form: 'Form', submit: 'Submit', timeline: 'Timeline', diagram: 'Diagram', item: 'Item', done: 'Submitted', back: 'Back to tasks' },
  ledger: { title: 'Ledger', status: 'Status', export: 'Export Excel', search: 'Search', reset: 'Reset', extensions: 'Extensions', overdueDays: 'Days overdue', deadline: 'Deadline', submittedOn: 'Submitted' },
  item: { problem: 'Problem', suggestion: 'Suggestion', reply: 'Reply', handling: 'Handling', evaluations: 'Evaluations', extensions: 'Extensions' },
  dashboard: { title: 'Dashboard', year: 'Year', total: 'Items', dispatchRate: 'On-time dispatch', replyRate: 'On-time reply', satisfaction: 'Satisfaction', extensions: 'Extensions', byStatus: 'By status', byChannel: 'By channel', byDept: 'By department', byMonth: 'By month', overdue: 'Overdue items', ranking: 'Department ranking', quarters: 'Quarterly meetings' },
  meetings: { title: 'Meetings', new: 'New meeting', kind: 'Kind', quarter: 'Quarter', held: 'Held', missing: 'Missing' },
  designer: { title: 'Process design' },
  public: { submitTitle: 'Submit a problem (form 1)', submitted: 'Submitted', trackTitle: 'Track an item', resultsTitle: 'Published results', resultTitle: 'Result', meetingsTitle: 'Dialogue meetings held', feed: 'Subscribe (Atom)', evaluate: 'Evaluate (form 3)' },
};
