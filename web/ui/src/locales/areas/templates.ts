import { area } from '../area.js';

/** Notice templates. */
export default area({
  zh: {
    title: '通知模板（向企业发送的告知）',
    placeholders: '可用占位符：',
    tableLabel: '通知模板',
    notice: '通知',
    subject: '标题',
    body: '正文',
    language: '模板以中文发给企业。',
    edit: '修改',
    editTitle: '修改“{notice}”',
  },
  en: {
    title: 'Notice templates (what enterprises are told)',
    placeholders: 'Placeholders: ',
    tableLabel: 'Notice templates',
    notice: 'Notice',
    subject: 'Subject',
    body: 'Text',
    language: 'Templates are sent to enterprises in Chinese.',
    edit: 'Edit',
    editTitle: 'Edit "{notice}"',
  },
});
