import { area } from '../area.js';

export default area({
  zh: {
    title: '涉企问题工作台账',
    status: '状态',
    export: '导出 Excel',
    search: '查询',
    reset: '重置',
    extensions: '延期次数',
    overdueDays: '超期天数',
    deadline: '办理期限',
    submittedOn: '提交日期',
    keywordHint: '议题编号、企业或问题关键词',
    tableLabel: '台账',
  },
  en: {
    title: 'Ledger',
    status: 'Status',
    export: 'Export Excel',
    search: 'Search',
    reset: 'Reset',
    extensions: 'Extensions',
    overdueDays: 'Days overdue',
    deadline: 'Deadline',
    submittedOn: 'Submitted',
    keywordHint: 'Item no., enterprise or words of the problem',
    tableLabel: 'Ledger',
  },
});
