// Anything a browser or a router could take to another origin: a second slash or a backslash
// after the first slash (`//evil`, `/\evil`), and control characters, which URL parsers strip
// (`/\t/evil` becomes `//evil`).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const UNSAFE = /^\/[/\\]|[\\\0-\x1f\x7f]/

/**
 * `path` when it is a path on this origin (one leading `/`, no `//host`, no backslash, no
 * scheme, no control characters, also once percent-decoded), else `fallback`. For `?next=`
 * and any other redirect target that came from a URL.
 *
 * @example
 * const next = safeRedirect(new URL(location.href).searchParams.get('next'), '/')
 * router.replace(next) // never another site
 */
export function safeRedirect(path: unknown, fallback: string): string {
  if (typeof path !== 'string' || path[0] !== '/') return fallback
  let decoded: string
  try {
    // A router that decodes once more must not find `//evil` either.
    decoded = decodeURIComponent(path)
  } catch {
    return fallback
  }
  return UNSAFE.test(path) || UNSAFE.test(decoded) ? fallback : path
}
