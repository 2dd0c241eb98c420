import { z } from 'zod';
import { type ErrorCode } from './errors';

/**
 * Socket.IO event contracts. Both `Server<ClientToServerEvents, ServerToClientEvents>` on the server
 * and `Socket<ServerToClientEvents, ClientToServerEvents>` on the client are typed from here, and every
 * payload a client sends is validated with the schema next to its event.
 */

/** Every acknowledgement has this shape: either the result or a problem-like error. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

export const systemWelcomeSchema = z.object({
  version: z.string(),
  serverTime: z.string().datetime(),
});
export type SystemWelcome = z.infer<typeof systemWelcomeSchema>;

export const systemPingSchema = z.object({
  sentAt: z.string().datetime(),
});
export type SystemPing = z.infer<typeof systemPingSchema>;

export const systemPongSchema = z.object({
  sentAt: z.string().datetime(),
  serverTime: z.string().datetime(),
});
export type SystemPong = z.infer<typeof systemPongSchema>;

export interface ServerToClientEvents {
  /** Sent once after a connection is accepted. */
  'system:welcome': (payload: SystemWelcome) => void;
  /** Sent to every client before the server shuts down, so they reconnect elsewhere quietly. */
  'system:shutdown': () => void;
}

export interface ClientToServerEvents {
  /** Round trip used by clients to measure latency and check the connection. */
  'system:ping': (payload: SystemPing, ack: (result: Ack<SystemPong>) => void) => void;
}

/** Schemas of client-sent payloads, keyed by event name; the server validates every event with these. */
export const clientEventSchemas = {
  'system:ping': systemPingSchema,
} satisfies Record<keyof ClientToServerEvents, z.ZodType>;

export const SOCKET_PATH = '/socket.io';
