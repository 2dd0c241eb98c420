import { type SystemWelcome } from '@thb/shared';
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { type AppSocket, getSocket, setSocketToken } from '@/api/socket';
import { useAuthStore } from './auth';

/**
 * `connecting` until the first connection (or while reconnecting after a clean drop), `connected` while
 * live, `offline` once an attempt has failed; the socket keeps retrying in the background in that state.
 */
export type ConnectionStatus = 'connecting' | 'connected' | 'offline';

export const useConnectionStore = defineStore('connection', () => {
  const status = ref<ConnectionStatus>('connecting');
  const serverVersion = ref<string | undefined>();
  const serverTime = ref<string | undefined>();
  const isConnected = computed(() => status.value === 'connected');

  let socket: AppSocket | undefined;
  const auth = useAuthStore();

  // The server knows who is connected from the handshake only: a new token (sign-in, refresh, sign-out)
  // means a new connection. Both calls run in the same tick, so the indicator goes straight to "connecting".
  watch(
    () => auth.accessToken,
    (token) => {
      setSocketToken(token);
      if (socket) {
        socket.disconnect();
        socket.connect();
        status.value = 'connecting';
      }
    },
  );

  const onConnect = () => {
    status.value = 'connected';
  };
  const onDisconnect = (reason: string) => {
    // The server closing us on purpose stops automatic reconnection; anything else retries.
    status.value = reason === 'io client disconnect' || reason === 'io server disconnect' ? 'offline' : 'connecting';
  };
  const onConnectError = () => {
    status.value = 'offline';
  };
  const onWelcome = (payload: SystemWelcome) => {
    serverVersion.value = payload.version;
    serverTime.value = payload.serverTime;
  };
  const onShutdown = () => {
    // The server is stopping for a restart or deploy: show a quiet "connecting" rather than an error.
    status.value = 'connecting';
  };

  /** Opens the connection and mirrors its state; calling it again is harmless. */
  function start(target: AppSocket = getSocket()): void {
    if (socket) {
      return;
    }
    socket = target;
    setSocketToken(auth.accessToken);
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('connect_error', onConnectError);
    socket.on('system:welcome', onWelcome);
    socket.on('system:shutdown', onShutdown);
    status.value = socket.connected ? 'connected' : 'connecting';
    if (!socket.connected) {
      socket.connect();
    }
  }

  function stop(): void {
    if (!socket) {
      return;
    }
    socket.off('connect', onConnect);
    socket.off('disconnect', onDisconnect);
    socket.off('connect_error', onConnectError);
    socket.off('system:welcome', onWelcome);
    socket.off('system:shutdown', onShutdown);
    socket.disconnect();
    socket = undefined;
    status.value = 'offline';
  }

  return { status, isConnected, serverVersion, serverTime, start, stop };
});
