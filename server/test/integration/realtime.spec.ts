import {
  type Ack,
  type ClientToServerEvents,
  type ServerToClientEvents,
  SOCKET_PATH,
  type SystemPong,
} from '@thb/shared';
import { io, type Socket } from 'socket.io-client';
import { createTestApp, type TestApp } from '../support/test-app';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

describe('Socket.IO shell', () => {
  let sut: TestApp;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    sut = await createTestApp({ listen: true, env: { CORS_ORIGINS: 'https://partner.example.org' } });
  });

  afterEach(() => {
    sockets.splice(0).forEach((s) => s.disconnect());
  });

  afterAll(async () => {
    await sut.close();
  });

  function connect(origin?: string): ClientSocket {
    const socket: ClientSocket = io(sut.url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      reconnection: false,
      ...(origin ? { extraHeaders: { Origin: origin } } : {}),
    });
    sockets.push(socket);
    return socket;
  }

  it('welcomes a client with the server version', async () => {
    const socket = connect();

    const welcome = await new Promise((resolve) => socket.once('system:welcome', resolve));

    expect(welcome).toEqual({ version: sut.config.version, serverTime: expect.any(String) });
  });

  it('answers a valid ping with a pong ack', async () => {
    const socket = connect();
    const sentAt = new Date().toISOString();

    const ack = await socket.timeout(5000).emitWithAck('system:ping', { sentAt });

    expect(ack).toEqual({ ok: true, data: { sentAt, serverTime: expect.any(String) } });
  });

  it('acks an invalid payload with validation_failed instead of failing silently', async () => {
    const socket = connect();

    const ack: Ack<SystemPong> = await socket.timeout(5000).emitWithAck('system:ping', { sentAt: 'yesterday' });

    expect(ack).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(!ack.ok && ack.error.message).toContain('sentAt');
  });

  it('accepts a browser on an allowlisted origin', async () => {
    const socket = connect('https://partner.example.org');

    await expect(new Promise((resolve) => socket.once('system:welcome', resolve))).resolves.toBeDefined();
  });

  it('refuses a browser on another origin (cross-site WebSocket hijacking)', async () => {
    const socket = connect('https://evil.example.com');

    const outcome = await new Promise<string>((resolve) => {
      socket.once('connect', () => resolve('connected'));
      socket.once('connect_error', () => resolve('refused'));
    });

    expect(outcome).toBe('refused');
  });
});
