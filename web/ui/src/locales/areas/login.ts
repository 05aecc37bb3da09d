import { area } from '../area.js';

export default area({
  zh: {
    title: '工作人员登录',
    username: '用户名',
    password: '密码',
    submit: '登录',
    failed: '登录失败',
  },
  en: {
    title: 'Staff login',
    username: 'User name',
    password: 'Password',
    submit: 'Log in',
    failed: 'Login failed',
  },
});
