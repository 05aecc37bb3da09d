import { area } from '../area';

export default area({
  zh: {
    title: '恳谈会',
    new: '发起恳谈会',
    kind: '类型',
    quarter: '季度',
    held: '已召开',
    missing: '未召开',
  },
  en: {
    title: 'Meetings',
    new: 'New meeting',
    kind: 'Kind',
    quarter: 'Quarter',
    held: 'Held',
    missing: 'Missing',
  },
});
