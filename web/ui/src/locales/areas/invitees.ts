import { area } from '../area.js';

export default area({
  zh: {
    search: '从企业名录搜索（名称或统一社会信用代码）',
    add: '加入邀请名单',
    fromAgenda: '添加议程中议题的企业',
    added: '已加入 {n} 家企业',
    already: '这些企业已在邀请名单中',
    noAgenda: '请先在议程中勾选议题',
    label: '添加邀请企业',
  },
  en: {
    search: 'Search the directory (name or credit code)',
    add: 'Add to invitees',
    fromAgenda: 'Add the enterprises of the agenda',
    added: '{n} enterprises added',
    already: 'These enterprises are already invited',
    noAgenda: 'Tick the agenda items first',
    label: 'Add invitees',
  },
});
