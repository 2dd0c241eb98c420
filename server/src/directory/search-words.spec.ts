import { answerableFromWordBits, parseWordQuery, wordLexemes } from './search-words';

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

  it('leaves phrases, prefixes and weights to the rows, and negations out of the typo check', () => {
    expect(answerableFromWordBits(parseWordQuery("'legal' <-> 'aid'")!)).toBe(false);
    expect(answerableFromWordBits(parseWordQuery("'legal' <2> 'aid'")!)).toBe(false);
    expect(answerableFromWordBits(parseWordQuery("'shelt':*")!)).toBe(false);
    expect(answerableFromWordBits(parseWordQuery("'shelter':AB")!)).toBe(false);
    expect(answerableFromWordBits(parseWordQuery("'shelter' & !'men'")!)).toBe(true);
    expect(wordLexemes(parseWordQuery("'shelter' & !'men'")!)).toBeNull();
  });

  it('answers null for an empty query or text it cannot read', () => {
    expect(parseWordQuery('')).toBeNull();
    expect(parseWordQuery("'open")).toBeNull();
    expect(parseWordQuery("'a' &")).toBeNull();
    expect(parseWordQuery("( 'a'")).toBeNull();
    expect(parseWordQuery("'a' 'b'")).toBeNull();
  });
});
