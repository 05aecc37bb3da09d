import { area } from '../area';

export default area({
  zh: {
    title: '流程设计',
  },
  en: {
    title: 'Process design',
  },
});
