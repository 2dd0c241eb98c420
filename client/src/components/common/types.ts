/** Names of the line icons drawn by CommonIcon. */
export type IconName =
  | 'menu'
  | 'close'
  | 'chevron-down'
  | 'arrow-right'
  | 'arrow-left'
  | 'alert'
  | 'info'
  | 'globe'
  | 'check'
  | 'book'
  | 'users'
  | 'chat'
  | 'bell'
  | 'clipboard'
  | 'external'
  | 'refresh'
  | 'user'
  | 'logout'
  | 'shield'
  | 'download'
  | 'copy'
  | 'trash'
  | 'search'
  | 'mail'
  | 'phone'
  | 'edit'
  | 'plus'
  | 'lock'
  | 'filter'
  | 'smile'
  | 'pin'
  | 'more'
  | 'reply'
  | 'flag'
  | 'eye-off'
  | 'send'
  | 'link';

/** Features that have a "coming soon" page until they are built. */
export type ComingSoonFeature = 'directory' | 'partners' | 'channels' | 'announcements' | 'actions';

/** A section of a long-form page, listed in its table of contents. */
export interface DocumentSection {
  id: string;
  title: string;
}
