/**
 * JSON for a <script> element. `<` becomes \u003c so no string inside ("</script>", "<!--") can end the
 * element early; U+2028/U+2029 are escaped for old JavaScript parsers. The result is still plain JSON.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
