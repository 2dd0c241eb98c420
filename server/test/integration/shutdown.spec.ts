import { Controller, Get } from '@nestjs/common';
import { type ClientToServerEvents, type ServerToClientEvents, SOCKET_PATH } from '@thb/shared';
import { io, type Socket } from 'socket.io-client';
import { Allow } from '../../src/access/allow.decorator';
import { broadcastApplicationName } from '../../src/realtime/realtime-io.adapter';
import { realServerUrl, withAdminClient } from '../support/test-database';
import { createTestApp, type TestApp } from '../support/test-app';

/** A request that is still running when the shutdown starts; the test decides when it ends. */
let finishSlowRequest: () => void = () => undefined;
let slowRequestStarted: () => void = () => undefined;

@Allow('public.read')
@Controller('test-slow')
class SlowController {
  @Get()
  async slow(): Promise<{ done: true }> {
    await new Promise<void>((resolve) => {
      finishSlowRequest = resolve;
      slowRequestStarted();
    });
    return { done: true };
  }
}

describe('Graceful shutdown', () => {
  let sut: TestApp;

  beforeEach(async () => {
    sut = await createTestApp({ listen: true, controllers: [SlowController] });
  });

  it('finishes in-flight requests, tells sockets, then closes the database', async () => {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(sut.url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      reconnection: false,
    });
    await new Promise((resolve) => socket.once('system:welcome', resolve));
    const toldToGo = new Promise<void>((resolve) => socket.once('system:shutdown', resolve));
    const disconnected = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
    const started = new Promise<void>((resolve) => (slowRequestStarted = resolve));
    const inFlight = fetch(`${sut.url}/api/test-slow`);
    await started;

    const closing = sut.close();
    await toldToGo;
    await disconnected;
    // The database must still answer while the request that was in flight finishes.
    finishSlowRequest();
    const res = await inFlight;
    await closing;

    expect(res.status).toBe(200);
    await expect(res.json()).resolves.toEqual({ done: true });
    await expect(sut.database.ping()).rejects.toThrow();
    await expect(fetch(`${sut.url}/api/health`)).rejects.toThrow();
  });
});

/** On a real PostgreSQL server broadcasts go through @socket.io/postgres-adapter, on a pool of its own. */
const describeOnServer = realServerUrl() ? describe : describe.skip;

describeOnServer('Graceful shutdown with the PostgreSQL broadcast adapter', () => {
  const adapterConnections = () =>
    withAdminClient(realServerUrl()!, async (c) => {
      const result = await c.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1',
        [broadcastApplicationName()],
      );
      return result.rows[0]!.n;
    });

  it('closes the adapter’s connections with the sockets, before the process ends', async () => {
    const sut = await createTestApp({ listen: true, env: { DATABASE_URL: realServerUrl()! } });
    expect(sut.config.broadcast.adapter).toBe('postgres');
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(sut.url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      reconnection: false,
    });
    await new Promise((resolve) => socket.once('system:welcome', resolve));
    // The adapter's LISTEN connection is opened in the background when the socket server starts.
    for (let tries = 0; (await adapterConnections()) === 0 && tries < 100; tries += 1) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await adapterConnections()).toBeGreaterThan(0);

    const disconnected = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
    await sut.close();
    await disconnected;

    expect(await adapterConnections()).toBe(0);
  });
});
