/** Routes: the staff platform behind login (each page for the roles that use it) and the public pages. */
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { GROUP } from './contract';
import { has, loadSession } from './api';

const staff: RouteRecordRaw[] = [
  { path: '', redirect: '/staff/inbox' },
  { path: 'inbox', name: 'inbox', component: () => import('./pages/Inbox.vue') },
  { path: 'tasks/:id', name: 'task', component: () => import('./pages/TaskPage.vue'), props: true },
  { path: 'ledger', name: 'ledger', component: () => import('./pages/Ledger.vue') },
  { path: 'items/:itemNo', name: 'item', component: () => import('./pages/ItemPage.vue'), props: true },
  { path: 'meetings', name: 'meetings', component: () => import('./pages/Meetings.vue'), meta: { groups: [GROUP.coordinator, GROUP.supervisor] } },
  { path: 'enterprises', name: 'enterprises', component: () => import('./pages/Enterprises.vue'), meta: { groups: [GROUP.coordinator, GROUP.supervisor] } },
  { path: 'cases', name: 'cases', component: () => import('./pages/PracticeCases.vue'), meta: { groups: [GROUP.coordinator, GROUP.supervisor] } },
  { path: 'imports', name: 'imports', component: () => import('./pages/Imports.vue'), meta: { groups: [GROUP.coordinator] } },
  { path: 'templates', name: 'templates', component: () => import('./pages/NoticeTemplates.vue'), meta: { groups: [GROUP.coordinator] } },
  { path: 'users', name: 'users', component: () => import('./pages/Users.vue'), meta: { groups: [GROUP.admin] } },
  { path: 'calendar', name: 'calendar', component: () => import('./pages/WorkCalendar.vue'), meta: { groups: [GROUP.coordinator, GROUP.supervisor] } },
  { path: 'ladder', name: 'ladder', component: () => import('./pages/LadderRules.vue'), meta: { groups: [GROUP.coordinator, GROUP.supervisor] } },
  { path: 'assessment', name: 'assessment', component: () => import('./pages/Assessment.vue'), meta: { groups: [GROUP.coordinator, GROUP.supervisor] } },
  { path: 'dashboard', name: 'dashboard', component: () => import('./pages/Dashboard.vue'), meta: { groups: [GROUP.coordinator, GROUP.supervisor] } },
  // The modeler is the heaviest code of the app: it loads only here.
  { path: 'designer', name: 'designer', component: () => import('./pages/Designer.vue'), meta: { groups: [GROUP.designer] } },
];

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/public/submit' },
  { path: '/login', name: 'login', component: () => import('./pages/Login.vue') },
  { path: '/staff', component: () => import('./pages/StaffLayout.vue'), meta: { staff: true }, children: staff },
  {
    path: '/public',
    component: () => import('./pages/public/PublicLayout.vue'),
    children: [
      { path: 'submit', name: 'submit', component: () => import('./pages/public/Submit.vue') },
      { path: 'track', name: 'track', component: () => import('./pages/public/Track.vue') },
      { path: 'results', name: 'results', component: () => import('./pages/public/Results.vue') },
      { path: 'results/:itemNo', name: 'result', component: () => import('./pages/public/ResultPage.vue'), props: true },
      { path: 'meetings', name: 'public-meetings', component: () => import('./pages/public/MeetingsHeld.vue') },
      { path: 'cases', name: 'public-cases', component: () => import('./pages/public/Cases.vue') },
      { path: 'cases/:id', name: 'public-case', component: () => import('./pages/public/CasePage.vue'), props: true },
    ],
  },
  { path: '/:pathMatch(.*)*', redirect: '/public/submit' },
];

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach(async (to) => {
  if (!to.matched.some((r) => r.meta.staff)) return true;
  const user = await loadSession();
  if (!user) return { name: 'login', query: { next: to.fullPath } };
  const groups = to.meta.groups as string[] | undefined;
  if (groups && !has(...groups)) return { name: 'inbox' };
  return true;
});
