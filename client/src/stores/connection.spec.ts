import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { type AppSocket, handshakeAuth } from '@/api/socket';
import { grantFixture } from '@/test/fixtures/accounts';
import { useAuthStore } from './auth';
import { useConnectionStore } from './connection';

type Handler = (...args: unknown[]) => void;

/** Enough of a Socket.IO client to drive the store: records handlers and lets the test fire events. */
function fakeSocket() {
  const handlers = new Map<string, Handler[]>();
  const socket = {
    connected: false,
    on: vi.fn((event: string, handler: Handler) => {
      handlers.set(event, [...(handlers.get(event) ?? []), handler]);
      return socket;
    }),
    off: vi.fn((event: string, handler: Handler) => {
      handlers.set(
        event,
        (handlers.get(event) ?? []).filter((h) => h !== handler),
      );
      return socket;
    }),
    connect: vi.fn(),
    disconnect: vi.fn(),
  };
  const fire = (event: string, ...args: unknown[]) => {
    for (const handler of handlers.get(event) ?? []) {
      handler(...args);
    }
  };
  return { socket, asAppSocket: socket as unknown as AppSocket, fire, handlers };
}

describe('connection store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('connects on start and reports connecting until the socket is up', () => {
    const { socket, asAppSocket, fire } = fakeSocket();
    const sut = useConnectionStore();

    sut.start(asAppSocket);

    expect(socket.connect).toHaveBeenCalledTimes(1);
    expect(sut.status).toBe('connecting');

    fire('connect');

    expect(sut.status).toBe('connected');
    expect(sut.isConnected).toBe(true);
  });

  it('starts only once', () => {
    const { socket, asAppSocket } = fakeSocket();
    const sut = useConnectionStore();

    sut.start(asAppSocket);
    sut.start(asAppSocket);

    expect(socket.connect).toHaveBeenCalledTimes(1);
  });

  it('is offline when connecting fails, and live again when a retry succeeds', () => {
    const { asAppSocket, fire } = fakeSocket();
    const sut = useConnectionStore();
    sut.start(asAppSocket);

    fire('connect_error', new Error('xhr poll error'));
    expect(sut.status).toBe('offline');

    fire('connect');
    expect(sut.status).toBe('connected');
  });

  it('shows reconnecting after a transport drop or a server shutdown notice', () => {
    const { asAppSocket, fire } = fakeSocket();
    const sut = useConnectionStore();
    sut.start(asAppSocket);
    fire('connect');

    fire('system:shutdown');
    expect(sut.status).toBe('connecting');

    fire('connect');
    fire('disconnect', 'transport close');
    expect(sut.status).toBe('connecting');
  });

  it('is offline when the server closes the connection on purpose', () => {
    const { asAppSocket, fire } = fakeSocket();
    const sut = useConnectionStore();
    sut.start(asAppSocket);
    fire('connect');

    fire('disconnect', 'io server disconnect');

    expect(sut.status).toBe('offline');
  });

  it('remembers the server version from the welcome message', () => {
    const { asAppSocket, fire } = fakeSocket();
    const sut = useConnectionStore();
    sut.start(asAppSocket);

    fire('system:welcome', { version: '0.3.1', serverTime: '2026-11-23T09:00:00.000Z' });

    expect(sut.serverVersion).toBe('0.3.1');
  });

  it('reconnects with the new token after signing in, refreshing and signing out', async () => {
    const { socket, asAppSocket } = fakeSocket();
    const auth = useAuthStore();
    const sut = useConnectionStore();
    sut.start(asAppSocket);
    expect(handshakeAuth()).toEqual({});

    auth.applyGrant(grantFixture(undefined, 'first'));
    await nextTick();
    expect(handshakeAuth()).toEqual({ token: 'first' });
    expect(socket.disconnect).toHaveBeenCalledTimes(1);
    expect(socket.connect).toHaveBeenCalledTimes(2);
    expect(sut.status).toBe('connecting');

    auth.applyGrant(grantFixture(undefined, 'second'));
    await nextTick();
    expect(handshakeAuth()).toEqual({ token: 'second' });
    expect(socket.connect).toHaveBeenCalledTimes(3);

    auth.clearSession();
    await nextTick();
    expect(handshakeAuth()).toEqual({});
    expect(socket.connect).toHaveBeenCalledTimes(4);
  });

  it('stops listening and disconnects on stop', () => {
    const { socket, asAppSocket, handlers } = fakeSocket();
    const sut = useConnectionStore();
    sut.start(asAppSocket);

    sut.stop();

    expect(socket.disconnect).toHaveBeenCalledTimes(1);
    expect([...handlers.values()].every((list) => list.length === 0)).toBe(true);
    expect(sut.status).toBe('offline');
  });
});
