import { type Announcement } from '@thb/shared';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { fetchAnnouncements, markAnnouncementRead } from '@/api/announcements';
import { type AppSocket, getSocket } from '@/api/socket';
import { useAuthStore } from './auth';

/** How many unread announcements the banner knows of at most (it shows the newest, with the count). */
export const BANNER_PAGE = 20;

/**
 * The member's unread announcements, for the banner: fetched on sign-in and on every socket (re)connection (so
 * one published while they were offline shows on their next visit), kept live by `announcement:published`,
 * `announcement:read` (another tab) and `announcement:withdrawn`. `changes` counts live events, so open pages
 * (the list, the Coordinator's reach view) know to fetch again.
 */
export const useAnnouncementsStore = defineStore('announcements', () => {
  const auth = useAuthStore();
  const unread = ref<Announcement[]>([]);
  const unreadTotal = ref(0);
  const changes = ref(0);
  const lastEvent = shallowRef<{ kind: 'published' | 'withdrawn' | 'read'; id: string } | undefined>();
  let socket: AppSocket | undefined;
  let generation = 0;

  const canRead = computed(() => auth.isSignedIn && auth.can('announcements.read'));
  /** Newest first, as the banner shows them. */
  const banner = computed(() =>
    [...unread.value].sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '')),
  );

  async function refreshUnread(): Promise<void> {
    if (!canRead.value) {
      reset();
      return;
    }
    const current = ++generation;
    try {
      const list = await fetchAnnouncements({ unread: true, pageSize: BANNER_PAGE });
      if (current !== generation) {
        return;
      }
      unread.value = list.items.filter((a) => a.readAt === null && !ownAnnouncement(a));
      unreadTotal.value = list.unread;
    } catch {
      // The banner is a convenience: the Announcements page shows the error; the next (re)connection retries.
    }
  }

  /** The author needs no banner for what she just wrote (the server counts her in her own audience). */
  function ownAnnouncement(announcement: Announcement): boolean {
    return announcement.author !== null && announcement.author.id === auth.user?.id;
  }

  function forget(id: string): void {
    const before = unread.value.length;
    unread.value = unread.value.filter((a) => a.id !== id);
    if (unread.value.length < before) {
      unreadTotal.value = Math.max(0, unreadTotal.value - 1);
    }
  }

  function onPublished(announcement: Announcement): void {
    changes.value++;
    lastEvent.value = { kind: 'published', id: announcement.id };
    const known = unread.value.some((a) => a.id === announcement.id);
    if (announcement.readAt !== null || announcement.status !== 'published' || ownAnnouncement(announcement)) {
      forget(announcement.id);
      return;
    }
    if (known) {
      unread.value = unread.value.map((a) => (a.id === announcement.id ? announcement : a));
    } else {
      unread.value = [announcement, ...unread.value];
      unreadTotal.value++;
    }
  }

  function onWithdrawn(payload: { id: string }): void {
    changes.value++;
    lastEvent.value = { kind: 'withdrawn', id: payload.id };
    forget(payload.id);
  }

  function onRead(payload: { id: string; readAt: string }): void {
    changes.value++;
    lastEvent.value = { kind: 'read', id: payload.id };
    forget(payload.id);
  }

  const onConnect = () => void refreshUnread();

  /** Acknowledges an announcement; the banner forgets it at once, other tabs are told by the server. */
  async function markRead(id: string): Promise<Announcement> {
    const result = await markAnnouncementRead(id);
    forget(id);
    return result;
  }

  function start(target: AppSocket = getSocket()): void {
    if (socket) {
      return;
    }
    socket = target;
    socket.on('connect', onConnect);
    socket.on('announcement:published', onPublished);
    socket.on('announcement:withdrawn', onWithdrawn);
    socket.on('announcement:read', onRead);
    void refreshUnread();
  }

  function stop(): void {
    if (!socket) {
      return;
    }
    socket.off('connect', onConnect);
    socket.off('announcement:published', onPublished);
    socket.off('announcement:withdrawn', onWithdrawn);
    socket.off('announcement:read', onRead);
    socket = undefined;
  }

  function reset(): void {
    generation++;
    unread.value = [];
    unreadTotal.value = 0;
  }

  // Signing in (or in as someone else) fetches theirs; signing out forgets everything of the previous user.
  watch(
    () => (canRead.value ? auth.user?.id : undefined),
    (userId, previous) => {
      if (userId !== previous) {
        reset();
        if (userId && socket) {
          void refreshUnread();
        }
      }
    },
  );

  return { unread, unreadTotal, banner, changes, lastEvent, refreshUnread, markRead, start, stop, reset };
});
