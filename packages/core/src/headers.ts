import { AuthError } from './errors'

// RFC 9110 token characters: anything else cannot be a header name.
const NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
// Latin-1 without controls (tab allowed), and no surrounding whitespace, which fetch would strip
// silently. CR and LF in particular would let a value start a header of its own.
const VALUE = /^(?:[\x21-\x7e\x80-\xff](?:[\t\x20-\x7e\x80-\xff]*[\x21-\x7e\x80-\xff])?)?$/

/** True when `value` can travel as an HTTP header value unchanged. */
export function isHeaderValue(value: unknown): value is string {
  return typeof value === 'string' && VALUE.test(value)
}

/**
 * Checks headers before a request is built, so that a bad value is a clear `invalid_input`
 * naming the header (never its value, which may be a token), not a `network` failure from deep
 * inside fetch. `where` names the caller for the message.
 */
export function checkHeaders(headers: unknown, where: string): Record<string, string> {
  if (headers === undefined || headers === null) return {}
  // A Headers instance or an array would pass `typeof` and lose every entry to Object.entries.
  const proto = typeof headers === 'object' ? Object.getPrototypeOf(headers) : undefined
  if (proto !== Object.prototype && proto !== null)
    throw new AuthError(
      'invalid_input',
      process.env.NODE_ENV !== 'production'
        ? `${where}: headers must be a plain object of strings`
        : '',
    )
  for (const [name, value] of Object.entries(headers))
    if (!NAME.test(name) || !isHeaderValue(value))
      throw new AuthError(
        'invalid_input',
        process.env.NODE_ENV !== 'production'
          ? NAME.test(name)
            ? `${where}: the ${name} header has an invalid value`
            : `${where}: "${name.slice(0, 40)}" is not a header name`
          : '',
      )
  return headers as Record<string, string>
}

/**
 * The headers of `make()` that can be sent, dropping any that cannot. For a logout: the server
 * must hear it whatever the stored state holds, so one bad id must not keep the token at home.
 */
export function carryable(make: () => Record<string, string>): Record<string, string> {
  let headers: Record<string, string>
  try {
    headers = make()
  } catch {
    return {}
  }
  const kept: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers ?? {}))
    if (NAME.test(name) && isHeaderValue(value)) kept[name] = value
  return kept
}
