/** One cookie as the test browser keeps it. */
export interface TestCookie {
  name: string
  value: string
  httpOnly: boolean
  secure: boolean
  sameSite: string | undefined
  path: string
}

export interface TestBrowser {
  /**
   * A `fetch` that behaves as a page of `origin` does towards its own server: relative URLs
   * resolve against the origin, same-origin requests carry `Origin` and `Sec-Fetch-Site` and
   * the cookie jar, and each `Set-Cookie` of the answer updates the jar. `handle` answers.
   */
  fetch: typeof globalThis.fetch
  /** The jar, as the browser holds it (page script could read only non-HttpOnly ones). */
  cookies(): TestCookie[]
  /** Sets a cookie as another tool would (a forged or tampered one, say). */
  setCookie(name: string, value: string): void
  clearCookies(): void
  /** A request as the page's next navigation or fetch would send it, cookies included. */
  request(path?: string, init?: RequestInit): Request
}

/**
 * A minimal browser for one origin in front of a web-standard handler: enough of the cookie and
 * origin rules for a server-session client to run in Node as it does in a page. No network.
 */
export function createTestBrowser(
  origin: string,
  handle: (request: Request) => Promise<Response>,
): TestBrowser {
  const site = new URL(origin)
  const jar = new Map<string, TestCookie>()

  function store(header: string) {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim())
    const at = pair.indexOf('=')
    if (at < 1) return
    const name = pair.slice(0, at)
    const value = pair.slice(at + 1)
    const attr = new Map(
      attributes.map((a) => {
        const i = a.indexOf('=')
        return [(i < 0 ? a : a.slice(0, i)).toLowerCase(), i < 0 ? '' : a.slice(i + 1)] as const
      }),
    )
    const maxAge = attr.get('max-age')
    const expires = attr.get('expires')
    const gone =
      (maxAge !== undefined && Number(maxAge) <= 0) ||
      (expires !== undefined && Date.parse(expires) <= Date.now())
    // The browser's own rules for prefixed names and Secure: a cookie it would refuse is dropped.
    if (attr.has('secure') && site.protocol !== 'https:') return
    if (name.startsWith('__Host-') && (!attr.has('secure') || attr.has('domain'))) return
    if (gone) jar.delete(name)
    else
      jar.set(name, {
        name,
        value,
        httpOnly: attr.has('httponly'),
        secure: attr.has('secure'),
        sameSite: attr.get('samesite'),
        path: attr.get('path') ?? '/',
      })
  }

  function request(path = '/', init?: RequestInit): Request {
    const url = new URL(path, site)
    const headers = new Headers(init?.headers)
    if (url.origin === site.origin) {
      const cookie = [...jar.values()].map((c) => `${c.name}=${c.value}`).join('; ')
      if (cookie) headers.set('cookie', cookie)
      headers.set('sec-fetch-site', 'same-origin')
      const method = (init?.method ?? 'GET').toUpperCase()
      // Browsers send Origin on every request but a same-origin GET or HEAD.
      if (method !== 'GET' && method !== 'HEAD') headers.set('origin', site.origin)
    }
    const built = new Request(url, { ...init, headers })
    // A test DOM's Request (happy-dom, jsdom) drops what page script may not set (`Origin`,
    // `Cookie`, `Sec-Fetch-Site`), as a page's would; the browser itself sets them, and so does
    // this one, on the request the handler reads.
    if ([...headers.keys()].some((name) => !built.headers.has(name))) {
      for (const [name, value] of built.headers) if (!headers.has(name)) headers.set(name, value)
      Object.defineProperty(built, 'headers', { value: headers })
    }
    return built
  }

  return {
    async fetch(input, init) {
      const source = input instanceof Request ? input : undefined
      const url = new URL(source?.url ?? String(input), site)
      if (url.origin !== site.origin)
        throw new TypeError(`the test browser has no network: refused ${url.origin}`)
      const response = await handle(
        request(url.href, { method: source?.method, body: source?.body, ...init }),
      )
      for (const header of response.headers.getSetCookie()) store(header)
      return response
    },
    cookies: () => [...jar.values()],
    setCookie(name, value) {
      jar.set(name, {
        name,
        value,
        httpOnly: false,
        secure: false,
        sameSite: undefined,
        path: '/',
      })
    },
    clearCookies: () => jar.clear(),
    request,
  }
}
