import { area } from '../area';

export default area({
  zh: {
    problem: '问题',
    suggestion: '建议',
    reply: '答复',
    handling: '办理情况',
    evaluations: '评价',
    extensions: '延期',
  },
  en: {
    problem: 'Problem',
    suggestion: 'Suggestion',
    reply: 'Reply',
    handling: 'Handling',
    evaluations: 'Evaluations',
    extensions: 'Extensions',
  },
});
