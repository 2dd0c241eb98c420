import { type ChannelPerson } from '@thb/shared';
import DOMPurify from 'dompurify';
import markdownIt, { type Env, type MarkdownIt, type StateInline } from 'markdown-it';

/**
 * Message bodies are Markdown written by members: rendered with raw HTML off, links limited to web and mail
 * addresses, then sanitised again in the browser (DOMPurify), so nothing a member types can run or style the page.
 * Mentions (`<@uuid>`) become `@Name` from the names the server sent with the message; names are escaped.
 */
export interface MessageRenderOptions {
  /** The members the message mentions, with their names (`ChannelMessage.mentions`). */
  mentions: readonly ChannelPerson[];
  /** Whether `@channel` in the text is a real channel mention (the server says so). */
  mentionsChannel?: boolean;
  /** The viewer, whose own mentions are highlighted. */
  viewerId?: string | undefined;
  /** Shown after `@` for a mention of someone the server did not name (left the platform). */
  unknownMention: string;
}

interface RenderEnv extends Env {
  mentions: Map<string, ChannelPerson>;
  mentionsChannel: boolean;
  viewerId: string | undefined;
  unknownMention: string;
}

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);
const MENTION_AT = /^<@([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})>/;
const CHANNEL_AT = /^@channel(?![\w.-])/;

/** Relative addresses and http(s)/mailto ones; anything with another scheme (javascript:, data:, file:…) is dropped. */
export function isAllowedLink(url: string): boolean {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url);
  return !scheme || ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase());
}

function mentionRule(state: StateInline, silent: boolean): boolean {
  const rest = state.src.slice(state.pos);
  const member = MENTION_AT.exec(rest);
  if (member) {
    if (!silent) {
      const token = state.push('mention', '', 0);
      token.meta = { userId: member[1] };
    }
    state.pos += member[0].length;
    return true;
  }
  const env = state.env as RenderEnv;
  const previous = state.pos > 0 ? state.src.charAt(state.pos - 1) : ' ';
  if (env.mentionsChannel && !/[\w.-]/.test(previous) && CHANNEL_AT.test(rest)) {
    if (!silent) {
      state.push('channel_mention', '', 0);
    }
    state.pos += '@channel'.length;
    return true;
  }
  return false;
}

function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: true, breaks: true, typographer: false });
  md.validateLink = isAllowedLink;
  // Remote images would load from anywhere (and the CSP blocks them anyway): the text of an image stays text.
  md.disable(['image']);
  md.inline.ruler.before('autolink', 'mention', mentionRule);

  const escape = md.utils.escapeHtml;
  md.renderer.rules.mention = (tokens, idx, _options, rendered) => {
    const env = rendered as RenderEnv;
    const userId = String((tokens[idx]!.meta as { userId: string }).userId);
    const person = env.mentions.get(userId);
    const self = userId === env.viewerId ? ' mention--self' : '';
    return `<span class="mention${self}" data-user-id="${escape(userId)}">@${escape(person?.displayName ?? env.unknownMention)}</span>`;
  };
  md.renderer.rules.channel_mention = () => '<span class="mention mention--channel">@channel</span>';
  // A heading in a message must not take a place in the page's outline (one h1, sections in order).
  md.renderer.rules.heading_open = (tokens, idx) => `<p class="md-heading md-heading--${tokens[idx]!.tag}">`;
  md.renderer.rules.heading_close = () => '</p>';
  return md;
}

let markdown: MarkdownIt | undefined;
let purifier: ReturnType<typeof DOMPurify> | undefined;

function sanitizer(): ReturnType<typeof DOMPurify> {
  if (!purifier) {
    // An instance of our own, so the link hook does not change DOMPurify for anyone else.
    purifier = DOMPurify(window);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        const href = node.getAttribute('href');
        if (href !== null && !isAllowedLink(href)) {
          node.removeAttribute('href');
        }
        node.setAttribute('rel', 'noopener noreferrer');
        node.setAttribute('target', '_blank');
      }
    });
  }
  return purifier;
}

const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'hr',
  'span',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

/** HTML of a message body, safe to put into the page with v-html. */
export function renderMessageBody(body: string, options: MessageRenderOptions): string {
  markdown ??= createMarkdown();
  const env: RenderEnv = {
    mentions: new Map(options.mentions.map((person) => [person.id, person])),
    mentionsChannel: options.mentionsChannel ?? false,
    viewerId: options.viewerId,
    unknownMention: options.unknownMention,
  };
  return sanitizeMessageHtml(markdown.render(body, env));
}

/** The second line of defence: whatever HTML comes in, only the elements Markdown makes and safe links come out. */
export function sanitizeMessageHtml(html: string): string {
  return sanitizer().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title', 'class', 'start', 'data-user-id'],
    ALLOW_DATA_ATTR: false,
  });
}

/** A search excerpt (plain text with matches between `[[` and `]]`) as pieces, marked or not: no HTML involved. */
export function excerptParts(excerpt: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let rest = excerpt;
  while (rest.length > 0) {
    const open = rest.indexOf('[[');
    if (open === -1) {
      parts.push({ text: rest, match: false });
      break;
    }
    const close = rest.indexOf(']]', open + 2);
    if (close === -1) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (open > 0) {
      parts.push({ text: rest.slice(0, open), match: false });
    }
    parts.push({ text: rest.slice(open + 2, close), match: true });
    rest = rest.slice(close + 2);
  }
  return parts;
}

/** Replaces mention tokens by `@Name` in plain text (previews, excerpts, notifications). */
export function plainMentions(text: string, mentions: readonly ChannelPerson[], unknownMention: string): string {
  const names = new Map(mentions.map((person) => [person.id, person.displayName]));
  return text.replace(/<@([0-9a-f-]{36})>/g, (_all, id: string) => `@${names.get(id) ?? unknownMention}`);
}
