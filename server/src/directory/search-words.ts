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

/** Every word (lexeme) of the query. */
export function wordLexemes(query: WordQuery): string[] {
  switch (query.kind) {
    case 'word':
      return [query.lexeme];
    case 'not':
      return wordLexemes(query.operand);
    case 'and':
    case 'or':
    case 'phrase':
      return [...new Set([...wordLexemes(query.left), ...wordLexemes(query.right)])];
  }
}

/**
 * Whether a service could match the query, knowing only which of its words some service has (`known`): when not,
 * no service does, whatever the filters (a misspelt word, usually). A negation may always match.
 */
export function couldMatch(query: WordQuery, known: ReadonlySet<string>): boolean {
  switch (query.kind) {
    case 'word':
      return known.has(query.lexeme);
    case 'not':
      return true;
    case 'or':
      return couldMatch(query.left, known) || couldMatch(query.right, known);
    case 'and':
    case 'phrase':
      return couldMatch(query.left, known) && couldMatch(query.right, known);
  }
}

/** Most alternatives a query is expanded to (`disjunctiveForm`); beyond that it is evaluated node by node. */
const MAX_ALTERNATIVES = 64;

/**
 * The query as alternatives of words that must all be there (an OR of ANDs, each AND's words distinct and
 * sorted, none containing another), or null for a negation or too many alternatives. The multilingual query of
 * a few words is already of this form: one alternative per way a configuration stems them.
 */
export function disjunctiveForm(query: WordQuery): string[][] | null {
  const expand = (q: WordQuery): string[][] | null => {
    if (q.kind === 'word') {
      return [[q.lexeme]];
    }
    if (q.kind === 'not') {
      return null;
    }
    const [left, right] = [expand(q.left), expand(q.right)];
    if (!left || !right) {
      return null;
    }
    if (q.kind === 'or') {
      return left.length + right.length <= MAX_ALTERNATIVES ? [...left, ...right] : null;
    }
    return left.length * right.length <= MAX_ALTERNATIVES ? left.flatMap((a) => right.map((b) => [...a, ...b])) : null;
  };
  const expanded = expand(query);
  if (!expanded) {
    return null;
  }
  const alternatives = [
    ...new Map(
      expanded.map((words) => [...new Set(words)].sort()).map((words) => [words.join('\u0000'), words]),
    ).values(),
  ];
  // A ∨ (A ∧ B) = A: an alternative containing another adds nothing.
  return alternatives.filter(
    (words) =>
      !alternatives.some(
        (other) => other !== words && other.length < words.length && other.every((w) => words.includes(w)),
      ),
  );
}
