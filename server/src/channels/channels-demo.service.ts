import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { sql } from 'drizzle-orm';
import { ChannelsRepository } from './channels.repository';

/** Demo conversation: who writes (a demo account key), what, how long ago, and what follows it. */
interface DemoMessage {
  by: DemoAuthor;
  body: string;
  hoursAgo: number;
  replies?: { by: DemoAuthor; body: string; hoursAgo: number }[];
  reactions?: { by: DemoAuthor; emoji: string }[];
  pinned?: boolean;
}

export type DemoAuthor = 'coordinator' | 'moderator' | 'member' | 'memberFr';

const PRIORITY_CONVERSATIONS: Record<string, DemoMessage[]> = {
  A: [
    {
      by: 'member',
      body: 'Has anyone set up **joint identification interviews** with labour inspectors? We see more cases of labour exploitation in agriculture around the port of Antwerp.',
      hoursAgo: 50,
      replies: [
        {
          by: 'memberFr',
          body: 'Yes, in Lyon we work with the inspectorate since last year. The key was a shared checklist of indicators and an interpreter on call.',
          hoursAgo: 48,
        },
        { by: 'member', body: 'Thank you, could you share the checklist in the channel?', hoursAgo: 47 },
      ],
      reactions: [{ by: 'memberFr', emoji: '👍' }],
    },
    {
      by: 'moderator',
      body: 'Reminder: the EU guidelines on identification of victims are in the Strategy actions panel on the right. Please link national referral mechanisms when you mention them.',
      hoursAgo: 26,
      pinned: true,
    },
    {
      by: 'memberFr',
      body: 'Nous cherchons un hébergement pour une femme nigériane avec deux enfants, orientée par la police de Bologne. Des places disponibles en Italie du Nord ?',
      hoursAgo: 3,
    },
  ],
  B: [
    {
      by: 'coordinator',
      body: 'For the **EU Anti-Trafficking Day (18 October)** we will publish the campaign materials here first. Ideas for awareness work with employers are welcome.',
      hoursAgo: 72,
      reactions: [
        { by: 'member', emoji: '🙌' },
        { by: 'memberFr', emoji: '🙌' },
      ],
    },
    {
      by: 'member',
      body: 'We ran a short training for hotel staff in Ghent: 40 participants, two referrals since. Happy to share the slides.',
      hoursAgo: 20,
    },
  ],
  C: [
    {
      by: 'moderator',
      body: 'Eurojust published its report on joint investigation teams in trafficking cases. Which findings matter most for victim support during proceedings?',
      hoursAgo: 30,
    },
  ],
  D: [
    {
      by: 'memberFr',
      body: 'Quelqu’un a des contacts au mécanisme national d’orientation en Roumanie ? Il s’agit d’un retour volontaire et sûr.',
      hoursAgo: 10,
      replies: [
        {
          by: 'member',
          body: 'The Romanian national agency against trafficking is in the contacts directory; their focal point answered us within a day.',
          hoursAgo: 9,
        },
      ],
    },
  ],
  E: [],
};

/** Demo content of the channels, loaded with the rest of the demo data into an empty database. */
@Injectable()
export class ChannelsDemoService {
  constructor(private readonly repo: ChannelsRepository) {}

  async load(users: Record<DemoAuthor, string>): Promise<void> {
    const channels = await this.repo.db.execute<{ id: string; code: string }>(sql`
      SELECT c.id, p.code FROM channels c JOIN strategy_priorities p ON p.id = c.priority_id WHERE c.kind = 'priority'`);
    for (const { id, code } of channels.rows) {
      await this.repo.addMembers(id, Object.values(users));
      for (const message of PRIORITY_CONVERSATIONS[code] ?? []) {
        await this.post(id, users, message);
      }
    }

    const meeting = await this.repo.createChannel({
      kind: 'public',
      name: 'Platform meeting, Brussels',
      topic: 'Agenda, travel and follow-up of the next Civil Society Platform meeting',
      createdBy: users.moderator,
    });
    await this.repo.addMembers(meeting!, Object.values(users));
    await this.post(meeting!, users, {
      by: 'moderator',
      body: 'The draft agenda is ready. Please add the items your organisation wants to raise by **Friday**.',
      hoursAgo: 5,
      pinned: true,
    });

    const key = [users.member, users.memberFr].sort().join(':');
    const direct = await this.repo.createChannel({
      kind: 'direct',
      name: 'Direct conversation',
      topic: null,
      createdBy: users.member,
      directKey: key,
    });
    await this.repo.addMembers(direct!, [users.member, users.memberFr]);
    await this.post(direct!, users, {
      by: 'member',
      body: 'Hi Camille, shall we prepare the joint project proposal on safe return together?',
      hoursAgo: 2,
    });
  }

  private async post(channelId: string, users: Record<DemoAuthor, string>, message: DemoMessage): Promise<void> {
    const rootId = await this.insert(channelId, users[message.by], message.body, message.hoursAgo, null);
    for (const reply of message.replies ?? []) {
      await this.insert(channelId, users[reply.by], reply.body, reply.hoursAgo, rootId);
    }
    for (const reaction of message.reactions ?? []) {
      await this.repo.transaction(async (tx) => {
        const seq = await this.repo.nextSeq(tx, channelId, false);
        await this.repo.setReaction(tx, rootId, users[reaction.by], reaction.emoji, true);
        await this.repo.updateMessage(tx, rootId, seq);
      });
    }
    if (message.pinned) {
      await this.repo.transaction(async (tx) => {
        const seq = await this.repo.nextSeq(tx, channelId, false);
        await this.repo.updateMessage(tx, rootId, seq, sql`pinned_at = now(), pinned_by = ${users.moderator}`);
      });
    }
  }

  private insert(
    channelId: string,
    authorId: string,
    body: string,
    hoursAgo: number,
    threadRootId: string | null,
  ): Promise<string> {
    return this.repo.transaction(async (tx) => {
      const seq = await this.repo.nextSeq(tx, channelId, true);
      const id = await this.repo.insertMessage(tx, seq, {
        channelId,
        authorId,
        clientId: randomUUID(),
        body,
        threadRootId,
        mentions: [],
        mentionsChannel: false,
        sharedServiceId: null,
      });
      const at = new Date(Date.now() - hoursAgo * 3_600_000);
      await tx.execute(sql`UPDATE channel_messages SET created_at = ${at} WHERE id = ${id}`);
      await tx.execute(sql`UPDATE channels SET last_message_at = ${at} WHERE id = ${channelId}`);
      if (threadRootId) {
        await this.repo.touchThreadRoot(tx, threadRootId, seq, 1);
        await tx.execute(sql`UPDATE channel_messages SET last_reply_at = ${at} WHERE id = ${threadRootId}`);
      }
      return id;
    });
  }
}
