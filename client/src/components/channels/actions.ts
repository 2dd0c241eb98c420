import { type ChannelMessage, type ChannelPerson } from '@thb/shared';
import { type InjectionKey } from 'vue';

/** What a message asks of the page: panels and dialogs that live above the message list. */
export interface ChannelPageActions {
  openThread(rootId: string): void;
  report(message: ChannelMessage): void;
  showHistory(message: ChannelMessage): void;
  mute(person: ChannelPerson): void;
  directMessage(person: ChannelPerson): void;
}

export const CHANNEL_PAGE_ACTIONS: InjectionKey<ChannelPageActions> = Symbol('channel-page-actions');
