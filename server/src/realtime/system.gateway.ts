import { type BeforeApplicationShutdown, Inject } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayConnection,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import {
  type Ack,
  type ClientToServerEvents,
  clientEventSchemas,
  type ServerToClientEvents,
  type SystemPong,
} from '@thb/shared';
import { type Socket } from 'socket.io';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RealtimeEmitter, type RealtimeServer } from './realtime-emitter';
import { handleEvent } from './socket-ack';
import { SocketAuth } from './socket-auth';

export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

/** Connection-level events: greeting, latency round trip, and the goodbye before a shutdown. */
@WebSocketGateway()
export class SystemGateway implements OnGatewayInit, OnGatewayConnection, BeforeApplicationShutdown {
  @WebSocketServer()
  private readonly server: RealtimeServer;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly socketAuth: SocketAuth,
    private readonly emitter: RealtimeEmitter,
  ) {}

  afterInit(server: RealtimeServer): void {
    server.use(this.socketAuth.middleware());
    this.emitter.attach(server);
  }

  async handleConnection(@ConnectedSocket() socket: RealtimeSocket): Promise<void> {
    socket.emit('system:welcome', { version: this.config.version, serverTime: new Date().toISOString() });
    await this.socketAuth.recheckOnConnect(socket);
  }

  @SubscribeMessage('system:ping')
  ping(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<Ack<SystemPong>> {
    return handleEvent(clientEventSchemas['system:ping'], payload, async ({ sentAt }) => {
      await this.socketAuth.authorise(socket, 'public.read');
      return { sentAt, serverTime: new Date().toISOString() };
    });
  }

  // Tell clients before their connection drops, so they reconnect (to another process) without alarming users.
  beforeApplicationShutdown(): void {
    this.server.emit('system:shutdown');
  }
}
