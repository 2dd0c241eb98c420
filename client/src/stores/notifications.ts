import { type Notification, type NotificationsChanged } from '@thb/shared';
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { fetchNotifications, markNotificationsRead } from '@/api/notifications';
import { type AppSocket, getSocket } from '@/api/socket';
import { useAuthStore } from './auth';

export type NotificationsStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The member's notification centre: the unread count (pushed to every tab by `notifications:changed`, read marks
 * included, so tabs stay in step) and the loaded pages of notifications, newest first, older ones by keyset.
 */
export const useNotificationsStore = defineStore('notifications', () => {
  const auth = useAuthStore();
  const unread = ref(0);
  const items = ref<Notification[]>([]);
  const nextBefore = ref<number | null>(null);
  const status = ref<NotificationsStatus>('idle');
  const error = ref<unknown>();
  const loadingOlder = ref(false);
  let socket: AppSocket | undefined;
  let generation = 0;

  const enabled = computed(() => auth.isSignedIn && auth.can('notifications.self'));

  function merge(incoming: Notification[]): void {
    const byId = new Map(items.value.map((n) => [n.id, n]));
    for (const n of incoming) {
      byId.set(n.id, n);
    }
    items.value = [...byId.values()].sort((a, b) => b.id - a.id);
  }

  /** The first page and the count; on every (re)connection too, so nothing missed offline stays hidden. */
  async function refresh(): Promise<void> {
    if (!enabled.value) {
      reset();
      return;
    }
    const current = ++generation;
    if (status.value !== 'ready') {
      status.value = 'loading';
    }
    try {
      const page = await fetchNotifications();
      if (current !== generation) {
        return;
      }
      unread.value = page.unread;
      merge(page.items);
      if (status.value !== 'ready') {
        nextBefore.value = page.nextBefore;
      }
      status.value = 'ready';
      error.value = undefined;
    } catch (err) {
      if (current === generation) {
        error.value = err;
        status.value = status.value === 'ready' ? 'ready' : 'error';
      }
    }
  }

  async function loadOlder(): Promise<void> {
    if (nextBefore.value === null || loadingOlder.value) {
      return;
    }
    loadingOlder.value = true;
    const current = generation;
    try {
      const page = await fetchNotifications({ before: nextBefore.value });
      if (current === generation) {
        merge(page.items);
        nextBefore.value = page.nextBefore;
      }
    } finally {
      loadingOlder.value = false;
    }
  }

  function onChanged(payload: NotificationsChanged): void {
    unread.value = payload.unread;
    if (payload.latest) {
      merge([payload.latest]);
    }
  }

  async function markRead(id: number): Promise<void> {
    const now = new Date().toISOString();
    items.value = items.value.map((n) => (n.id === id && n.readAt === null ? { ...n, readAt: now } : n));
    unread.value = await markNotificationsRead({ ids: [id] });
  }

  async function markAllRead(): Promise<void> {
    const newest = items.value[0]?.id;
    if (newest === undefined) {
      return;
    }
    const now = new Date().toISOString();
    items.value = items.value.map((n) => (n.readAt === null ? { ...n, readAt: now } : n));
    unread.value = await markNotificationsRead({ upTo: newest });
  }

  const onConnect = () => void refresh();

  function start(target: AppSocket = getSocket()): void {
    if (socket) {
      return;
    }
    socket = target;
    socket.on('connect', onConnect);
    socket.on('notifications:changed', onChanged);
    void refresh();
  }

  function stop(): void {
    socket?.off('connect', onConnect);
    socket?.off('notifications:changed', onChanged);
    socket = undefined;
  }

  function reset(): void {
    generation++;
    unread.value = 0;
    items.value = [];
    nextBefore.value = null;
    status.value = 'idle';
    error.value = undefined;
  }

  watch(
    () => (enabled.value ? auth.user?.id : undefined),
    (userId, previous) => {
      if (userId !== previous) {
        reset();
        if (userId && socket) {
          void refresh();
        }
      }
    },
  );

  return {
    unread,
    items,
    nextBefore,
    status,
    error,
    loadingOlder,
    refresh,
    loadOlder,
    markRead,
    markAllRead,
    start,
    stop,
    reset,
  };
});
