import { Controller, Get } from '@nestjs/common';
import { type ClientToServerEvents, type ServerToClientEvents, SOCKET_PATH } from '@thb/shared';
import { io, type Socket } from 'socket.io-client';
import { Allow } from '../../src/access/allow.decorator';
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
