/**
 * The words of a search as a tree, read from PostgreSQL's text form of a `tsquery` (what `websearch_to_tsquery`
 * and the typo search produce), so that the search can answer them from the words' bit sets (see `SearchPlan`).
 * Operators bind as in PostgreSQL: `!` tightest, then the phrase operators `<->` / `<N>`, then `&`, then `|`.
 */
export type WordQuery =
  | {
      kind: 'word';
      lexeme: string;
      /** `:*` prefix match or `:AB` weights: not answerable from word bits. */ plain: boolean;
    }
  | { kind: 'not'; operand: WordQuery }
  | { kind: 'and' | 'or' | 'phrase'; left: WordQuery; right: WordQuery };

type Token = { kind: 'word'; lexeme: string; plain: boolean } | { kind: 'op'; op: '&' | '|' | '!' | '(' | ')' | '<>' };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === ' ') {
      i++;
    } else if (ch === "'") {
      let lexeme = '';
      i++;
      for (;;) {
        if (i >= text.length) {
          throw new Error('unterminated lexeme');
        }
        const c = text[i]!;
        if (c === '\\' && i + 1 < text.length) {
          lexeme += text[i + 1];
          i += 2;
        } else if (c === "'" && text[i + 1] === "'") {
          lexeme += "'";
          i += 2;
        } else if (c === "'") {
          i++;
          break;
        } else {
          lexeme += c;
          i++;
        }
      }
      let plain = true;
      if (text[i] === ':') {
        const suffix = /^:[*A-Da-d]+/.exec(text.slice(i));
        if (!suffix) {
          throw new Error('bad lexeme suffix');
        }
        plain = false;
        i += suffix[0].length;
      }
      tokens.push({ kind: 'word', lexeme, plain });
    } else if (ch === '<') {
      const phrase = /^<(-|\d+)>/.exec(text.slice(i));
      if (!phrase) {
        throw new Error('bad phrase operator');
      }
      tokens.push({ kind: 'op', op: '<>' });
      i += phrase[0].length;
    } else if ('&|!()'.includes(ch)) {
      tokens.push({ kind: 'op', op: ch as '&' | '|' | '!' | '(' | ')' });
      i++;
    } else {
      throw new Error(`unexpected "${ch}"`);
    }
  }
  return tokens;
}

/** The tree of a `tsquery`'s text; null for an empty query or text this reader does not know. */
export function parseWordQuery(text: string): WordQuery | null {
  let tokens: Token[];
  try {
    tokens = tokenize(text);
  } catch {
    return null;
  }
  let at = 0;
  const isOp = (op: string) => {
    const t = tokens[at];
    return t?.kind === 'op' && t.op === op;
  };
  const binary = (kind: 'and' | 'or' | 'phrase', op: string, operand: () => WordQuery) => (): WordQuery => {
    let left = operand();
    while (isOp(op)) {
      at++;
      left = { kind, left, right: operand() };
    }
    return left;
  };
  const unary = (): WordQuery => {
    const t = tokens[at++];
    if (!t) {
      throw new Error('unexpected end');
    }
    if (t.kind === 'word') {
      return t;
    }
    if (t.op === '!') {
      return { kind: 'not', operand: unary() };
    }
    if (t.op === '(') {
      const inner = or();
      if (!isOp(')')) {
        throw new Error('missing )');
      }
      at++;
      return inner;
    }
    throw new Error(`unexpected ${t.op}`);
  };
  const phrase = binary('phrase', '<>', unary);
  const and = binary('and', '&', phrase);
  const or = binary('or', '|', and);
  if (tokens.length === 0) {
    return null;
  }
  try {
    const tree = or();
    return at === tokens.length ? tree : null;
  } catch {
    return null;
  }
}

/**
 * Whether the words' bit sets decide the query exactly: they know which words a service has, not where
 * (phrases), with which weight or which longer words start with a prefix.
 */
export function answerableFromWordBits(query: WordQuery): boolean {
  switch (query.kind) {
    case 'word':
      return query.plain;
    case 'not':
      return answerableFromWordBits(query.operand);
    case 'phrase':
      return false;
    case 'and':
    case 'or':
      return answerableFromWordBits(query.left) && answerableFromWordBits(query.right);
  }
}

/** Every word (lexeme) the query requires one of; null when it has a negation (it finds services without words). */
export function wordLexemes(query: WordQuery): string[] | null {
  if (query.kind === 'word') {
    return [query.lexeme];
  }
  if (query.kind === 'not') {
    return null;
  }
  const [left, right] = [wordLexemes(query.left), wordLexemes(query.right)];
  return left && right ? [...new Set([...left, ...right])] : null;
}
