/**
 * Text for xmlbuilder2. It escapes `<` and `&`, but leaves an `&` that starts something shaped like an
 * entity ("&lt;", "&amp;") as it is, so HTML inside a feed would be decoded one time too many and
 * markup-like text in a story would become markup in a reader. Escaping `&` first keeps text literal.
 */
export function literal(text: string): string {
  return text.replace(/&/g, "&amp;");
}

/** The same for attribute values. */
export function literalAttributes(attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, literal(value)]));
}
