import { type Permission } from '@thb/shared';
import { type RouteRecordRaw } from 'vue-router';
import { type MessageSchema } from '@/i18n';

/** Key of the page title in `titles.*`; also used for the document title. */
export type PageTitleKey = `titles.${keyof MessageSchema['titles']}`;

declare module 'vue-router' {
  interface RouteMeta {
    titleKey: PageTitleKey;
    /** What the page needs (see `PERMISSIONS` in @thb/shared); visitors are sent to sign in first. */
    permission?: Permission;
    /** Only for visitors (sign-in): someone already signed in goes on to where they were heading. */
    guestOnly?: boolean;
    /** `bare`: the page alone, without the site's header, navigation and footer (print views). */
    layout?: 'bare';
  }
}

/** Pages are loaded on demand, so the first visit downloads only the shell and the page it opens. */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('@/pages/HomePage.vue'), meta: { titleKey: 'titles.home' } },
  {
    path: '/directory',
    name: 'directory',
    component: () => import('@/pages/DirectoryPage.vue'),
    meta: { titleKey: 'titles.directory', permission: 'directory.read' },
  },
  {
    path: '/directory/services/new',
    name: 'directory-service-new',
    component: () => import('@/pages/DirectoryServiceEditPage.vue'),
    meta: { titleKey: 'titles.directoryServiceNew', permission: 'directory.edit' },
  },
  {
    path: '/directory/services/:id',
    name: 'directory-service',
    component: () => import('@/pages/DirectoryServicePage.vue'),
    props: true,
    meta: { titleKey: 'titles.directoryService', permission: 'directory.read' },
  },
  {
    path: '/directory/services/:id/print',
    name: 'directory-service-print',
    component: () => import('@/pages/DirectoryServicePrintPage.vue'),
    props: true,
    meta: { titleKey: 'titles.directoryServicePrint', permission: 'directory.read', layout: 'bare' },
  },
  {
    path: '/directory/services/:id/suggest',
    name: 'directory-service-suggest',
    component: () => import('@/pages/DirectorySuggestEditPage.vue'),
    props: true,
    meta: { titleKey: 'titles.directorySuggest', permission: 'directory.suggest' },
  },
  {
    path: '/directory/services/:id/edit',
    name: 'directory-service-edit',
    component: () => import('@/pages/DirectoryServiceEditPage.vue'),
    props: true,
    meta: { titleKey: 'titles.directoryServiceEdit', permission: 'directory.edit' },
  },
  {
    path: '/directory/suggestions',
    name: 'directory-suggestions',
    component: () => import('@/pages/DirectorySuggestionsPage.vue'),
    meta: { titleKey: 'titles.directorySuggestions', permission: 'directory.edit' },
  },
  {
    path: '/directory/contacts',
    name: 'directory-contacts',
    component: () => import('@/pages/DirectoryContactsPage.vue'),
    meta: { titleKey: 'titles.directoryContacts', permission: 'directory.read' },
  },
  {
    path: '/directory/stale',
    name: 'directory-stale',
    component: () => import('@/pages/DirectoryStalePage.vue'),
    meta: { titleKey: 'titles.directoryStale', permission: 'directory.curate' },
  },
  {
    path: '/partners',
    name: 'partners',
    component: () => import('@/pages/PartnersPage.vue'),
    meta: { titleKey: 'titles.partners', permission: 'partners.search' },
  },
  {
    path: '/partners/:id',
    name: 'partner',
    component: () => import('@/pages/PartnerProfilePage.vue'),
    props: true,
    meta: { titleKey: 'titles.partner', permission: 'partners.search' },
  },
  {
    path: '/organisations/:id/edit',
    name: 'organisation-edit',
    component: () => import('@/pages/OrganisationEditPage.vue'),
    props: true,
    meta: { titleKey: 'titles.organisationEdit', permission: 'organisation.edit' },
  },
  {
    path: '/channels/:channelId?',
    name: 'channels',
    component: () => import('@/pages/ChannelsPage.vue'),
    props: true,
    meta: { titleKey: 'titles.channels', permission: 'channels.participate' },
  },
  {
    path: '/announcements',
    name: 'announcements',
    component: () => import('@/pages/AnnouncementsPage.vue'),
    meta: { titleKey: 'titles.announcements' },
  },
  {
    path: '/announcements/new',
    name: 'announcement-new',
    component: () => import('@/pages/AnnouncementEditPage.vue'),
    meta: { titleKey: 'titles.announcementNew', permission: 'announcements.publish' },
  },
  {
    path: '/announcements/:id',
    name: 'announcement',
    component: () => import('@/pages/AnnouncementPage.vue'),
    props: true,
    meta: { titleKey: 'titles.announcement' },
  },
  {
    path: '/announcements/:id/edit',
    name: 'announcement-edit',
    component: () => import('@/pages/AnnouncementEditPage.vue'),
    props: true,
    meta: { titleKey: 'titles.announcementEdit', permission: 'announcements.publish' },
  },
  {
    path: '/notifications',
    name: 'notifications',
    component: () => import('@/pages/NotificationsPage.vue'),
    meta: { titleKey: 'titles.notifications', permission: 'notifications.self' },
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
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('@/pages/SignInPage.vue'),
    meta: { titleKey: 'titles.signIn', guestOnly: true },
  },
  {
    path: '/forgot-password',
    name: 'forgot-password',
    component: () => import('@/pages/ForgotPasswordPage.vue'),
    meta: { titleKey: 'titles.forgotPassword' },
  },
  {
    path: '/reset-password',
    name: 'reset-password',
    component: () => import('@/pages/ResetPasswordPage.vue'),
    meta: { titleKey: 'titles.resetPassword' },
  },
  {
    path: '/apply',
    name: 'apply',
    component: () => import('@/pages/ApplyPage.vue'),
    meta: { titleKey: 'titles.apply' },
  },
  {
    path: '/invitation',
    name: 'invitation',
    component: () => import('@/pages/InvitationPage.vue'),
    meta: { titleKey: 'titles.invitation' },
  },
  {
    path: '/account',
    name: 'account',
    component: () => import('@/pages/AccountPage.vue'),
    meta: { titleKey: 'titles.account', permission: 'account.self' },
  },
  {
    path: '/account-deleted',
    name: 'account-deleted',
    component: () => import('@/pages/AccountDeletedPage.vue'),
    meta: { titleKey: 'titles.accountDeleted' },
  },
  {
    path: '/admin/applications',
    name: 'admin-applications',
    component: () => import('@/pages/AdminApplicationsPage.vue'),
    meta: { titleKey: 'titles.adminApplications', permission: 'membership.review' },
  },
  {
    path: '/admin/applications/:id',
    name: 'admin-application',
    component: () => import('@/pages/AdminApplicationPage.vue'),
    props: true,
    meta: { titleKey: 'titles.adminApplication', permission: 'membership.review' },
  },
  {
    path: '/admin/users',
    name: 'admin-users',
    component: () => import('@/pages/AdminUsersPage.vue'),
    meta: { titleKey: 'titles.adminUsers', permission: 'users.manage' },
  },
  {
    path: '/admin/audit',
    name: 'admin-audit',
    component: () => import('@/pages/AdminAuditPage.vue'),
    meta: { titleKey: 'titles.adminAudit', permission: 'audit.read' },
  },
  {
    path: '/forbidden',
    name: 'forbidden',
    component: () => import('@/pages/ForbiddenPage.vue'),
    meta: { titleKey: 'titles.forbidden' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/pages/NotFoundPage.vue'),
    meta: { titleKey: 'titles.notFound' },
  },
];
