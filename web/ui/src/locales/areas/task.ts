import { area } from '../area';

export default area({
  zh: {
    form: '表单',
    submit: '提交',
    timeline: '办理过程',
    diagram: '流程图',
    item: '议题信息',
    done: '已提交',
    back: '返回待办',
  },
  en: {
    form: 'Form',
    submit: 'Submit',
    timeline: 'Timeline',
    diagram: 'Diagram',
    item: 'Item',
    done: 'Submitted',
    back: 'Back to tasks',
  },
});
