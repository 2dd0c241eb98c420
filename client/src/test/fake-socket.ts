import { type Ack } from '@thb/shared';
import { vi } from 'vitest';
import { type AppSocket } from '@/api/socket';

type Handler = (...args: unknown[]) => void;

/** What the fake server answers to an event: an ack, a promise of one, or `timeout` (no answer in time). */
export type FakeAnswer = Ack<unknown> | Promise<Ack<unknown>> | 'timeout';
export type FakeResponder = (payload: never) => FakeAnswer;

export interface EmittedCall {
  event: string;
  payload: unknown;
}

export const ok = <T>(data: T): Ack<T> => ({ ok: true, data });
export const refused = (code: string, message = code): Ack<never> =>
  ({ ok: false, error: { code, message } }) as Ack<never>;

/**
 * Enough of a Socket.IO client for the channels: records every emit, answers acks from `respond` (unanswered events
 * time out as Socket.IO's `timeout()` does) and lets the test push server events and connect/disconnect.
 */
export function fakeSocket(options: { connected?: boolean } = {}) {
  const handlers = new Map<string, Handler[]>();
  const calls: EmittedCall[] = [];
  const responders = new Map<string, FakeResponder>();

  const socket = {
    connected: options.connected ?? true,
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
    emit: vi.fn((event: string, payload: unknown) => {
      calls.push({ event, payload });
      return socket;
    }),
    timeout: vi.fn(() => ({
      emitWithAck: (event: string, payload: unknown): Promise<unknown> => {
        calls.push({ event, payload });
        const responder = responders.get(event);
        const answer = responder ? responder(payload as never) : 'timeout';
        if (answer === 'timeout') {
          return Promise.reject(new Error('operation has timed out'));
        }
        return Promise.resolve(answer);
      },
    })),
    connect: vi.fn(),
    disconnect: vi.fn(),
  };

  /** Pushes a server event (or `connect` / `disconnect`) to the handlers. */
  function push(event: string, ...args: unknown[]): void {
    for (const handler of handlers.get(event) ?? []) {
      handler(...args);
    }
  }

  return {
    socket,
    asAppSocket: socket as unknown as AppSocket,
    calls,
    callsOf: (event: string) => calls.filter((c) => c.event === event).map((c) => c.payload),
    respond: (event: string, responder: FakeResponder) => {
      responders.set(event, responder);
    },
    push,
    connect: () => {
      socket.connected = true;
      push('connect');
    },
    disconnect: () => {
      socket.connected = false;
      push('disconnect', 'transport close');
    },
  };
}

export type FakeSocket = ReturnType<typeof fakeSocket>;
