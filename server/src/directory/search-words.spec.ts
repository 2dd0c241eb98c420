import { answerableFromWordBits, couldMatch, disjunctiveForm, parseWordQuery, wordLexemes } from './search-words';

describe('parseWordQuery', () => {
  it('reads the multilingual query of two words: alternatives of both words', () => {
    const tree = parseWordQuery("'sexu' & 'exploitation' | 'sexual' & 'exploit'");
    expect(tree).toEqual({
      kind: 'or',
      left: {
        kind: 'and',
        left: { kind: 'word', lexeme: 'sexu', plain: true },
        right: { kind: 'word', lexeme: 'exploitation', plain: true },
      },
      right: {
        kind: 'and',
        left: { kind: 'word', lexeme: 'sexual', plain: true },
        right: { kind: 'word', lexeme: 'exploit', plain: true },
      },
    });
    expect(answerableFromWordBits(tree!)).toBe(true);
    expect(wordLexemes(tree!)).toEqual(['sexu', 'exploitation', 'sexual', 'exploit']);
  });

  it('binds ! tighter than the phrase operator, tighter than &, tighter than |, and honours parentheses', () => {
    expect(parseWordQuery("!'a' <-> 'b' & 'c' | ( 'd' | 'e' ) & 'f'")).toEqual({
      kind: 'or',
      left: {
        kind: 'and',
        left: {
          kind: 'phrase',
          left: { kind: 'not', operand: { kind: 'word', lexeme: 'a', plain: true } },
          right: { kind: 'word', lexeme: 'b', plain: true },
        },
        right: { kind: 'word', lexeme: 'c', plain: true },
      },
      right: {
        kind: 'and',
        left: {
          kind: 'or',
          left: { kind: 'word', lexeme: 'd', plain: true },
          right: { kind: 'word', lexeme: 'e', plain: true },
        },
        right: { kind: 'word', lexeme: 'f', plain: true },
      },
    });
  });

  it("unescapes quotes and backslashes in lexemes ('' and \\\\)", () => {
    expect(parseWordQuery("'l''aide' & 'a\\\\b'")).toEqual({
      kind: 'and',
      left: { kind: 'word', lexeme: "l'aide", plain: true },
      right: { kind: 'word', lexeme: 'a\\b', plain: true },
    });
  });

  it('tells a query no service could match from the words some service has', () => {
    const tree = parseWordQuery("'shelterr' & 'women' | 'shelterr' & 'woman'")!;
    expect(couldMatch(tree, new Set(['women', 'woman']))).toBe(false);
    expect(couldMatch(tree, new Set(['shelterr', 'woman']))).toBe(true);
    expect(couldMatch(parseWordQuery("'shelterr' & !'men'")!, new Set())).toBe(false);
    expect(couldMatch(parseWordQuery("!'men'")!, new Set())).toBe(true);
    expect(couldMatch(parseWordQuery("'legal' <-> 'aid'")!, new Set(['legal']))).toBe(false);
  });

  it('leaves phrases, prefixes and weights to the rows', () => {
    expect(answerableFromWordBits(parseWordQuery("'legal' <-> 'aid'")!)).toBe(false);
    expect(answerableFromWordBits(parseWordQuery("'legal' <2> 'aid'")!)).toBe(false);
    expect(answerableFromWordBits(parseWordQuery("'shelt':*")!)).toBe(false);
    expect(answerableFromWordBits(parseWordQuery("'shelter':AB")!)).toBe(false);
    expect(answerableFromWordBits(parseWordQuery("'shelter' & !'men'")!)).toBe(true);
  });

  it('answers null for an empty query or text it cannot read', () => {
    expect(parseWordQuery('')).toBeNull();
    expect(parseWordQuery("'open")).toBeNull();
    expect(parseWordQuery("'a' &")).toBeNull();
    expect(parseWordQuery("( 'a'")).toBeNull();
    expect(parseWordQuery("'a' 'b'")).toBeNull();
  });

  it('expands a query into alternatives of words that must all be there, without redundant ones', () => {
    expect(disjunctiveForm(parseWordQuery("'la' & 'stra' | 'la' & 'strad' | 'la' & 'strada' | 'strad'")!)).toEqual([
      ['la', 'stra'],
      ['la', 'strada'],
      ['strad'],
    ]);
    expect(disjunctiveForm(parseWordQuery("( 'a' | 'b' ) & ( 'c' | 'a' )")!)).toEqual([['a'], ['b', 'c']]);
    expect(disjunctiveForm(parseWordQuery("'a' & 'a' | 'a'")!)).toEqual([['a']]);
    expect(disjunctiveForm(parseWordQuery("'a' & !'b'")!)).toBeNull();
    const many = Array.from({ length: 9 }, (_, i) => `( 'x${i}' | 'y${i}' )`).join(' & ');
    expect(disjunctiveForm(parseWordQuery(many)!)).toBeNull();
  });
});
