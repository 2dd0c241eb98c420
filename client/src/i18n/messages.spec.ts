import { ErrorCode, SUPPORTED_LOCALES } from '@thb/shared';
import { describe, expect, it } from 'vitest';
import { createAppI18n, messages } from './index';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      result.set(path, value);
    } else {
      for (const [p, v] of leaves(value, path)) {
        result.set(p, v);
      }
    }
  }
  return result;
}

const en = leaves(messages.en);
/** Keys that are legitimately the same in every language: proper names and language endonyms. */
const SAME_IN_ALL = new Set([
  'app.name',
  'app.documentTitle',
  'footer.version',
  'locale.names.en',
  'locale.names.fr',
  'locale.names.de',
]);

describe('i18n messages', () => {
  it('has English as a non-trivial reference', () => {
    expect(en.size).toBeGreaterThan(150);
  });

  describe.each(SUPPORTED_LOCALES.filter((l) => l !== 'en'))('%s', (locale) => {
    const sut = leaves(messages[locale]);

    it('has exactly the same keys as English', () => {
      expect([...sut.keys()].sort()).toEqual([...en.keys()].sort());
    });

    it('has no empty messages', () => {
      expect([...sut].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
    });

    it('is translated rather than copied from English', () => {
      const copied = [...sut].filter(([k, v]) => !SAME_IN_ALL.has(k) && en.get(k) === v).map(([k]) => k);
      // A few words are the same in both languages (e.g. "Actions", "Menu", "Latitude"); whole texts are not.
      // The allowance grows with the number of messages (1.5 %), never below the first 8.
      expect(copied.length).toBeLessThan(Math.max(8, Math.round(en.size * 0.015)));
      expect(copied.every((k) => (en.get(k) ?? '').length < 20)).toBe(true);
    });

    it('keeps the same interpolation parameters as English', () => {
      const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const [key, text] of en) {
        expect(params(sut.get(key) ?? ''), key).toEqual(params(text));
      }
    });
  });

  it.each(SUPPORTED_LOCALES)('uses only plain text, {param} and plural syntax in %s', (locale) => {
    const PLURAL_KEYS = new Set([
      'strategy.actionCount',
      'partners.count',
      'partner.memberCount',
      'admin.users.count',
      'admin.audit.shown',
      'directory.results.count',
      'directory.contacts.count',
      'channels.list.unread',
      'channels.list.mentions',
      'channels.header.members',
      'channels.message.replies',
      'channels.message.reactionLabel',
      'channels.search.results',
    ]);
    for (const [key, text] of leaves(messages[locale])) {
      const rest = text.replace(/\{\w+\}/g, '');
      // A stray brace is silently dropped and `@` starts a linked message: both must be passed as parameters.
      expect(rest, key).not.toMatch(/[{}@$]/);
      expect(rest.includes('|'), key).toBe(PLURAL_KEYS.has(key));
    }
  });

  it('has a message for every error code of the API', () => {
    for (const code of Object.values(ErrorCode)) {
      expect(en.has(`errors.codes.${code}`), code).toBe(true);
    }
  });

  it.each(SUPPORTED_LOCALES)('compiles and renders every %s message without errors', (locale) => {
    const missing: string[] = [];
    const sut = createAppI18n(locale, { onMissingKey: (l, k) => missing.push(`${l}:${k}`) });
    for (const [key] of en) {
      const rendered = sut.global.t(key, {
        n: 2,
        page: 'P',
        version: '1',
        code: 'A',
        period: 'X',
        id: 'R',
        date: 'D',
        email: 'E',
      });
      expect(rendered, key).not.toBe(key);
      expect(rendered, key).not.toMatch(/[{}]/);
    }
    expect(missing).toEqual([]);
  });
});
