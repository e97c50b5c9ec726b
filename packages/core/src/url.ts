import { AuthError } from './errors'

/** Values of `query`; `undefined` and `null` entries are left out. */
export type QueryValue = string | number | boolean | null | undefined

// A scheme (`https:`, `http:`, `javascript:`) or two leading slashes (either way round): a URL
// parser reads these as absolute or scheme-relative, whatever the base.
const ABSOLUTE = /^(?:[a-z][a-z\d+.-]*:|[\\/]{2})/i

/**
 * The API's base URL, resolved against the page in browsers. It must be http(s) and carry no
 * credentials. Returns it as it came when relative where there is no page (a server): that is
 * only an error once a request is made, so that creating a client during SSR does not throw.
 */
export function parseBase(baseURL: string): URL | string {
  let base: URL
  try {
    base = new URL(baseURL, globalThis.location?.href)
  } catch {
    if (globalThis.location === undefined && !ABSOLUTE.test(baseURL)) return baseURL
    throw new AuthError(
      'invalid_input',
      process.env.NODE_ENV !== 'production' ? 'createAuthClient: `baseURL` is not a valid URL' : '',
    )
  }
  const http = base.protocol === 'https:' || base.protocol === 'http:'
  if (!http || base.username || base.password)
    throw new AuthError(
      'invalid_input',
      process.env.NODE_ENV !== 'production'
        ? http
          ? 'createAuthClient: `baseURL` must not contain credentials'
          : 'createAuthClient: `baseURL` must be an http(s) URL'
        : '',
    )
  return base
}

/**
 * Where a request for `path` really goes: the URL handed to fetch, resolved here once, so that
 * the origin check judges exactly what fetch will request. Throws `invalid_input` for another
 * origin than the base's: credentials only ever go to the API's origin.
 */
export function target(
  call: string,
  base: URL | string,
  path: string,
  query?: Record<string, QueryValue>,
): URL {
  if (typeof base === 'string' || typeof path !== 'string')
    throw new AuthError(
      'invalid_input',
      process.env.NODE_ENV !== 'production'
        ? typeof base === 'string'
          ? `${call}: \`baseURL\` is relative and there is no page to resolve it against`
          : `${call}: the path must be a string`
        : '',
    )
  let url: URL
  try {
    url = ABSOLUTE.test(path)
      ? new URL(path, base)
      : new URL(`${base.href.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`)
  } catch {
    throw new AuthError(
      'invalid_input',
      process.env.NODE_ENV !== 'production' ? `${call}: not a valid URL` : '',
    )
  }
  const away = url.origin !== base.origin
  if (away || url.username || url.password)
    throw new AuthError(
      'invalid_input',
      process.env.NODE_ENV !== 'production'
        ? away
          ? `${call}: refused, not on the API's origin ${base.origin} (call fetch() directly for other origins)`
          : `${call}: the URL must not contain credentials`
        : '',
    )
  for (const [name, value] of Object.entries(query ?? {}))
    if (value !== undefined && value !== null) url.searchParams.append(name, String(value))
  return url
}
