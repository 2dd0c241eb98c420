import { type RouteRecordRaw } from 'vue-router';
import { type MessageSchema } from '@/i18n';

/** Key of the page title in `titles.*`; also used for the document title. */
export type PageTitleKey = `titles.${keyof MessageSchema['titles']}`;

declare module 'vue-router' {
  interface RouteMeta {
    titleKey: PageTitleKey;
  }
}

/** Pages are loaded on demand, so the first visit downloads only the shell and the page it opens. */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('@/pages/HomePage.vue'), meta: { titleKey: 'titles.home' } },
  {
    path: '/directory',
    name: 'directory',
    component: () => import('@/pages/DirectoryPage.vue'),
    meta: { titleKey: 'titles.directory' },
  },
  {
    path: '/partners',
    name: 'partners',
    component: () => import('@/pages/PartnersPage.vue'),
    meta: { titleKey: 'titles.partners' },
  },
  {
    path: '/channels',
    name: 'channels',
    component: () => import('@/pages/ChannelsPage.vue'),
    meta: { titleKey: 'titles.channels' },
  },
  {
    path: '/announcements',
    name: 'announcements',
    component: () => import('@/pages/AnnouncementsPage.vue'),
    meta: { titleKey: 'titles.announcements' },
  },
  {
    path: '/actions',
    name: 'actions',
    component: () => import('@/pages/ActionsPage.vue'),
    meta: { titleKey: 'titles.actions' },
  },
  {
    path: '/accessibility',
    name: 'accessibility',
    component: () => import('@/pages/AccessibilityPage.vue'),
    meta: { titleKey: 'titles.accessibility' },
  },
  {
    path: '/privacy',
    name: 'privacy',
    component: () => import('@/pages/PrivacyPage.vue'),
    meta: { titleKey: 'titles.privacy' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/pages/NotFoundPage.vue'),
    meta: { titleKey: 'titles.notFound' },
  },
];
