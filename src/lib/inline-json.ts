/**
 * JSON placed inside an HTML `<script>` element. `JSON.stringify` alone leaves `</script>` and
 * `<!--` intact, so a name or summary holding them would close the element and run whatever
 * follows. Escaping `<`, `>` and `&` as \u sequences keeps the text inert in HTML while it still
 * parses to the same value; U+2028 and U+2029 are escaped for older JavaScript parsers.
 */
const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** `JSON.stringify(value)`, safe to place between `<script>` and `</script>`. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => UNSAFE_IN_SCRIPT[char] ?? char);
}
