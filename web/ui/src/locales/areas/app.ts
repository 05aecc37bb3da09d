import { area } from '../area.js';

export default area({
  zh: {
    name: '亲清政企恳谈',
    staff: '工作平台',
    public: '企业服务',
    logout: '退出',
    language: 'English',
    skip: '跳到主要内容',
    mainNav: '主导航',
    publicNav: '企业服务导航',
    footer: '乌审旗政务服务与数据管理局 · 亲清政企恳谈工作平台',
  },
  en: {
    name: 'QinQing Dialogue',
    staff: 'Staff',
    public: 'Enterprise services',
    logout: 'Log out',
    language: '中文',
    skip: 'Skip to content',
    mainNav: 'Main navigation',
    publicNav: 'Enterprise services navigation',
    footer: 'Uxin Banner Government Services and Data Administration · QinQing dialogue platform',
  },
});
