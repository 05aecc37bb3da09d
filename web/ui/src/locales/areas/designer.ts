import { area } from '../area.js';

export default area({
  zh: {
    title: '流程设计',
  },
  en: {
    title: 'Process design',
  },
});
