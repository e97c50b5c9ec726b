/**
 * The API path a proxied request may go to, or `null`. `rest` is the request's path after
 * `{basePath}/api`, as it arrived (still percent-encoded). Allowed: a plain path under one of
 * `prefixes`. Refused: anything that could name another path once a server decodes or
 * normalises it (`..` or `.` segments, `//`, backslashes, encoded `.`, `/`, `\`, `%` or NUL), and
 * anything that is not a path (an absolute URL, `@`-tricks start with no `/`).
 */
export function proxyPath(rest: string, prefixes: readonly string[]): string | null {
  if (!rest.startsWith('/') || rest.includes('//') || rest.includes('\\')) return null
  // `%25` too: an API that decodes twice would otherwise see `%2e%2e` become `..`.
  if (/%(?:2e|2f|5c|00|25)/i.test(rest)) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(rest)
  } catch {
    return null
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
  if (/[\x00-\x1f\x7f]/.test(decoded)) return null
  if (decoded.split('/').some((segment) => segment === '.' || segment === '..')) return null
  return prefixes.some((prefix) => rest.startsWith(prefix)) ? rest : null
}
