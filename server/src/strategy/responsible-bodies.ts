/**
 * The bodies named in a "responsible" cell of a strategy table, one by one: `MS/COM` → `MS`, `COM`;
 * `COM/EU agencies/MS` → `COM`, `EU agencies`, `MS`. Separators are `/`, `,`, `;`, `&` and the word "and";
 * repeats (in any case) are dropped, the first spelling kept.
 */
export function splitResponsible(text: string): string[] {
  const seen = new Set<string>();
  const bodies: string[] = [];
  for (const part of text.split(/\s*(?:[/,;&]|\band\b)\s*/i)) {
    const body = part.trim().replace(/\s+/g, ' ');
    if (body && !seen.has(body.toLowerCase())) {
      seen.add(body.toLowerCase());
      bodies.push(body);
    }
  }
  return bodies;
}
