import '@/test/happy-dom-node-name';
import { describe, expect, it } from 'vitest';
import { excerptParts, isAllowedLink, plainMentions, renderMessageBody } from './markdown';

const ANA = { id: '0f8fad5b-d9cb-469f-a165-70867728950e', displayName: 'Ana Martins', organisationName: null };
const base = { mentions: [], unknownMention: 'unknown member' };

/** The rendered HTML parsed back, to ask the DOM rather than match strings. */
function dom(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
}

describe('renderMessageBody', () => {
  it('renders Markdown: emphasis, lists, code, line breaks', () => {
    const sut = dom(renderMessageBody('**bold** and _it_\nnext line\n\n- one\n- two\n\n`a < b`', base));

    expect(sut.querySelector('strong')?.textContent).toBe('bold');
    expect(sut.querySelector('em')?.textContent).toBe('it');
    expect(sut.querySelector('br')).not.toBeNull();
    expect([...sut.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['one', 'two']);
    expect(sut.querySelector('code')?.textContent).toBe('a < b');
  });

  it('keeps raw HTML as text: no script, no element from the message', () => {
    const sut = dom(renderMessageBody('<script>alert(1)</script> <img src=x onerror="alert(2)"> <b>x</b>', base));

    expect(sut.querySelector('script, img, b')).toBeNull();
    expect(sut.textContent).toContain('<script>alert(1)</script>');
    expect(sut.innerHTML).not.toMatch(/<img/);
    expect(sut.querySelector('[onerror]')).toBeNull();
  });

  it.each([
    '[click](javascript:alert(1))',
    '[click](JAVASCRIPT:alert(1))',
    '[click](  javascript:alert(1))',
    '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[click](vbscript:msgbox(1))',
    '[click](file:///etc/passwd)',
    '<javascript:alert(1)>',
  ])('makes no link of %s', (body) => {
    const sut = dom(renderMessageBody(body, base));

    for (const a of sut.querySelectorAll('a')) {
      expect(a.getAttribute('href') ?? '').not.toMatch(/^\s*(javascript|data|vbscript|file):/i);
    }
    expect(sut.innerHTML.toLowerCase()).not.toContain('href="javascript');
  });

  it('links web and mail addresses, opening in a new tab without an opener', () => {
    const sut = dom(
      renderMessageBody(
        '[site](https://example.org/a) mail@example.org https://example.eu/page [rel](/directory)',
        base,
      ),
    );

    const links = [...sut.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/a',
      'mailto:mail@example.org',
      'https://example.eu/page',
      '/directory',
    ]);
    for (const a of links) {
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('target')).toBe('_blank');
    }
  });

  it('shows an image as its text, never loading it', () => {
    const sut = dom(renderMessageBody('![tracker](https://evil.example/pixel.png)', base));

    expect(sut.querySelector('img')).toBeNull();
  });

  it('renders mentions as @Name with the name escaped', () => {
    const evil = { id: ANA.id, displayName: '<img src=x onerror=alert(1)>Ana', organisationName: null };
    const sut = dom(renderMessageBody(`Hello <@${ANA.id}>!`, { ...base, mentions: [evil], viewerId: ANA.id }));

    const mention = sut.querySelector('span.mention');
    expect(mention?.textContent).toBe('@<img src=x onerror=alert(1)>Ana');
    expect(mention?.classList.contains('mention--self')).toBe(true);
    expect(mention?.getAttribute('data-user-id')).toBe(ANA.id);
    expect(sut.querySelector('img')).toBeNull();
  });

  it('names an unknown mention generically and leaves mentions inside code alone', () => {
    const other = '11111111-2222-4333-8444-555555555555';
    const sut = dom(renderMessageBody(`<@${other}> and \`<@${ANA.id}>\``, { ...base, mentions: [ANA] }));

    expect(sut.querySelector('span.mention')?.textContent).toBe('@unknown member');
    expect(sut.querySelector('code')?.textContent).toBe(`<@${ANA.id}>`);
  });

  it('marks @channel only when the server says the message mentions the channel', () => {
    expect(
      dom(renderMessageBody('@channel meeting', { ...base, mentionsChannel: true })).querySelector('.mention--channel')
        ?.textContent,
    ).toBe('@channel');
    expect(dom(renderMessageBody('@channel meeting', base)).querySelector('.mention')).toBeNull();
    expect(
      dom(renderMessageBody('foo@channel.org', { ...base, mentionsChannel: true })).querySelector('.mention'),
    ).toBeNull();
  });

  it('renders headings as paragraphs so a message never adds to the page outline', () => {
    const sut = dom(renderMessageBody('# Title', base));

    expect(sut.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull();
    expect(sut.querySelector('p.md-heading')?.textContent).toBe('Title');
  });
});

// DOMPurify itself (sanitizeMessageHtml) cannot be tested under happy-dom: its NodeIterator loses its place when a
// node is removed, so DOMPurify stops after the first removal (cure53/DOMPurify#1457). The e2e journey checks it in
// Chromium with a message full of HTML and unsafe links.

describe('isAllowedLink', () => {
  it.each([
    ['https://a.example', true],
    ['http://a.example', true],
    ['mailto:x@a.example', true],
    ['/directory/services/1', true],
    ['#top', true],
    ['javascript:alert(1)', false],
    [' JavaScript:alert(1)', false],
    ['data:text/html,x', false],
    ['ftp://a.example', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedLink(url)).toBe(allowed);
  });
});

describe('excerptParts', () => {
  it('splits matches from the rest, keeping HTML-looking text as text', () => {
    expect(excerptParts('a [[shelter]] in <b>Gent</b> [[x]]')).toEqual([
      { text: 'a ', match: false },
      { text: 'shelter', match: true },
      { text: ' in <b>Gent</b> ', match: false },
      { text: 'x', match: true },
    ]);
    expect(excerptParts('open [[ bracket')).toEqual([{ text: 'open [[ bracket', match: false }]);
  });
});

describe('plainMentions', () => {
  it('names the mentions in plain text', () => {
    expect(plainMentions(`hi <@${ANA.id}> <@11111111-2222-4333-8444-555555555555>`, [ANA], 'someone')).toBe(
      'hi @Ana Martins @someone',
    );
  });
});
