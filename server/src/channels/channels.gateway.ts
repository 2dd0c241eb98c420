import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import { type Ack, clientEventSchemas, type ClientToServerEvents } from '@thb/shared';
import { type z } from 'zod';
import { type AuthenticatedUser } from '../access/authenticated-user';
import { channelRoom } from '../realtime/realtime-emitter';
import { handleEvent } from '../realtime/socket-ack';
import { SocketAuth, type SocketData } from '../realtime/socket-auth';
import { type RealtimeSocket } from '../realtime/system.gateway';
import { ChannelsService } from './channels.service';
import { MessagesService } from './messages.service';
import { PresenceService } from './presence.service';

type ClientEvent = keyof typeof clientEventSchemas;
type Input<E extends ClientEvent> = z.output<(typeof clientEventSchemas)[E]>;
type AckData<E extends keyof ClientToServerEvents> =
  Parameters<ClientToServerEvents[E]> extends [unknown, (result: Ack<infer T>) => void] ? T : never;

interface ChannelSocketData extends SocketData {
  /** Resolves once the socket has joined the rooms of its channels; channel events wait for it. */
  roomsReady?: Promise<void>;
}

/** Typing notices are passed on at most this often per member and channel. */
const TYPING_THROTTLE_MS = 2_000;

/**
 * Socket events of the channels. Each one is validated with its shared schema, re-checks the session and
 * the role (`channels.participate`), then the services check the member's rights in the channel.
 */
@WebSocketGateway()
export class ChannelsGateway implements OnGatewayConnection, OnGatewayDisconnect {
  private readonly lastTyping = new Map<string, number>();

  constructor(
    private readonly socketAuth: SocketAuth,
    private readonly channels: ChannelsService,
    private readonly messages: MessagesService,
    private readonly presence: PresenceService,
  ) {}

  handleConnection(@ConnectedSocket() socket: RealtimeSocket): void {
    const data = socket.data as ChannelSocketData;
    const user = data.user;
    if (!user || user.twoFactorPending) {
      return;
    }
    data.roomsReady = this.channels.channelsToJoinOnConnect(user).then(
      (ids) => socket.join(ids.map(channelRoom)),
      () => socket.disconnect(true) && undefined,
    );
    this.presence.set(user.id, socket.id, 'online');
  }

  handleDisconnect(@ConnectedSocket() socket: RealtimeSocket): void {
    const user = (socket.data as SocketData).user;
    if (user) {
      this.presence.set(user.id, socket.id, null);
    }
  }

  /** Validates, authorises and runs one event; the outcome becomes its acknowledgement. */
  private run<E extends ClientEvent & keyof ClientToServerEvents>(
    socket: RealtimeSocket,
    event: E,
    payload: unknown,
    handler: (user: AuthenticatedUser, input: Input<E>) => Promise<AckData<E>>,
  ): Promise<Ack<AckData<E>>> {
    return handleEvent(clientEventSchemas[event], payload, async (input) => {
      const user = (await this.socketAuth.authorise(socket, 'channels.participate'))!;
      await (socket.data as ChannelSocketData).roomsReady;
      return handler(user, input as Input<E>);
    });
  }

  @SubscribeMessage('channels:list')
  list(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'channels:list', p ?? {}, (user) => this.channels.list(user));
  }

  @SubscribeMessage('channel:create')
  create(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'channel:create', p, (user, input) => this.channels.create(user, input));
  }

  @SubscribeMessage('channel:update')
  update(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'channel:update', p, (user, input) => this.channels.update(user, input));
  }

  @SubscribeMessage('channel:join')
  join(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'channel:join', p, (user, { channelId }) => this.channels.join(user, channelId));
  }

  @SubscribeMessage('channel:leave')
  leave(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'channel:leave', p, async (user, { channelId }) => {
      await this.channels.leave(user, channelId);
      return null;
    });
  }

  @SubscribeMessage('channel:invite')
  invite(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'channel:invite', p, (user, input) =>
      this.channels.invite(user, input.channelId, input.userIds),
    );
  }

  @SubscribeMessage('channel:remove-member')
  removeMember(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'channel:remove-member', p, async (user, input) => {
      await this.channels.removeMember(user, input.channelId, input.userId);
      return null;
    });
  }

  @SubscribeMessage('channel:members')
  members(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'channel:members', p, (user, { channelId }) => this.channels.members(user, channelId));
  }

  @SubscribeMessage('channel:mute')
  mute(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'channel:mute', p, (user, input) =>
      this.channels.mute(user, input.channelId, input.userId, input.minutes),
    );
  }

  @SubscribeMessage('direct:open')
  openDirect(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'direct:open', p, (user, { userId }) => this.channels.openDirect(user, userId));
  }

  @SubscribeMessage('channel:history')
  history(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'channel:history', p, (user, input) => this.messages.history(user, input));
  }

  @SubscribeMessage('channel:sync')
  sync(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'channel:sync', p, (user, input) => this.messages.sync(user, input));
  }

  @SubscribeMessage('channel:pins')
  pins(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'channel:pins', p, (user, { channelId }) => this.messages.pins(user, channelId));
  }

  @SubscribeMessage('channel:read')
  read(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'channel:read', p, (user, input) => this.channels.markRead(user, input.channelId, input.seq));
  }

  @SubscribeMessage('channel:typing')
  async typing(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown): Promise<void> {
    const parsed = clientEventSchemas['channel:typing'].safeParse(p);
    const user = (s.data as SocketData).user;
    if (!parsed.success || !user) {
      return;
    }
    const key = `${user.id}:${parsed.data.channelId}`;
    const now = Date.now();
    if (now - (this.lastTyping.get(key) ?? 0) < TYPING_THROTTLE_MS) {
      return;
    }
    this.lastTyping.set(key, now);
    if (this.lastTyping.size > 10_000) {
      this.lastTyping.clear();
    }
    await handleEvent(clientEventSchemas['channel:typing'], p, async ({ channelId, threadRootId }) => {
      const authorised = (await this.socketAuth.authorise(s, 'channels.participate'))!;
      const access = await this.channels.access(authorised, channelId);
      if (access.membership && !access.postBlock) {
        s.to(channelRoom(channelId)).emit('channel:typing', {
          channelId,
          threadRootId: threadRootId ?? null,
          user: { id: authorised.id, displayName: authorised.displayName, organisationName: null },
        });
      }
    });
  }

  @SubscribeMessage('message:send')
  send(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'message:send', p, (user, input) => this.messages.send(user, input));
  }

  @SubscribeMessage('message:edit')
  edit(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'message:edit', p, (user, input) => this.messages.edit(user, input.messageId, input.body));
  }

  @SubscribeMessage('message:delete')
  remove(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'message:delete', p, (user, { messageId }) => this.messages.remove(user, messageId));
  }

  @SubscribeMessage('message:react')
  react(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'message:react', p, (user, input) =>
      this.messages.react(user, input.messageId, input.emoji, input.on),
    );
  }

  @SubscribeMessage('message:pin')
  pin(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'message:pin', p, (user, input) => this.messages.pin(user, input.messageId, input.pinned));
  }

  @SubscribeMessage('message:history')
  editHistory(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'message:history', p, (user, { messageId }) => this.messages.editHistory(user, messageId));
  }

  @SubscribeMessage('message:thread')
  thread(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'message:thread', p, (user, { messageId }) => this.messages.thread(user, messageId));
  }

  @SubscribeMessage('message:report')
  report(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'message:report', p, async (user, input) => {
      await this.messages.report(user, input.messageId, input.reason);
      return null;
    });
  }

  @SubscribeMessage('message:hide')
  hide(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'message:hide', p, (user, input) => this.messages.hide(user, input.messageId, input.hidden));
  }

  @SubscribeMessage('messages:search')
  search(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'messages:search', p, (user, input) => this.messages.search(user, input));
  }

  @SubscribeMessage('reports:list')
  reports(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'reports:list', p ?? {}, (user) => this.messages.openReports(user));
  }

  @SubscribeMessage('reports:resolve')
  resolveReport(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'reports:resolve', p, async (user, { reportId }) => {
      await this.messages.resolveReport(user, reportId);
      return null;
    });
  }

  @SubscribeMessage('presence:set')
  async setPresence(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown): Promise<void> {
    await handleEvent(clientEventSchemas['presence:set'], p, async ({ status }) => {
      const user = (await this.socketAuth.authorise(s, 'channels.participate'))!;
      this.presence.set(user.id, s.id, status);
    });
  }

  @SubscribeMessage('presence:query')
  queryPresence(@ConnectedSocket() s: RealtimeSocket, @MessageBody() p: unknown) {
    return this.run(s, 'presence:query', p, (_user, { userIds }) => Promise.resolve(this.presence.query(userIds)));
  }
}
