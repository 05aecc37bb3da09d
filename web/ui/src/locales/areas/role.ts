import { area } from '../area.js';

export default area({
  zh: {
    'qq-coordinator': '营商办（统筹）',
    'qq-supervisor': '督查',
    'qq-followup': '12345回访',
    'qq-designer': '流程设计',
    'qq-admin': '系统管理员',
  },
  en: {
    'qq-coordinator': 'Coordinator',
    'qq-supervisor': 'Supervisor',
    'qq-followup': '12345 follow-up',
    'qq-designer': 'Designer',
    'qq-admin': 'Administrator',
  },
});
