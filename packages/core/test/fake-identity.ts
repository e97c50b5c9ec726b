import { jwt } from './identity-server'

type Failure = 'transient' | 'definitive' | 'drop'

/**
 * An in-process identity API as a `fetch` function, for model-based runs that need thousands of
 * scenarios a second on a fake clock. It keeps the bookkeeping the invariants need: which token
 * families were retired by a sign-out, and how many refreshes are in flight at once. Transport
 * behaviour itself is tested over real HTTP elsewhere.
 */
export function createFakeIdentity(options: { delay: () => number; ttlSeconds?: number }) {
  const ttl = options.ttlSeconds ?? 120
  let serial = 0
  const family = new Map<string, number>() // any token or refresh token -> family id
  const liveRefresh = new Set<string>()
  const liveAccess = new Set<string>()
  const retired = new Set<number>()
  const violations: string[] = []
  const failures: Failure[] = []
  let families = 0
  let refreshInFlight = 0
  let maxRefreshInFlight = 0
  let refreshRequests = 0

  const issue = (id: number) => {
    const now = Math.floor(Date.now() / 1000)
    const token = jwt({ iat: now, exp: now + ttl, n: ++serial })
    const refreshToken = `rt-${id}-${++serial}-padding-to-look-opaque`
    family.set(token, id)
    family.set(refreshToken, id)
    liveAccess.add(token)
    liveRefresh.add(refreshToken)
    return { token, refreshToken }
  }

  const reply = (status: number, data: unknown, ok = status < 400) =>
    new Response(JSON.stringify({ status: ok, data, message: ok ? 'OK' : 'Rejected' }), {
      status,
      headers: { 'content-type': 'application/json' },
    })

  function handle(path: string, headers: Headers, body: any): Response {
    switch (path) {
      case '/identity/user/login': {
        const id = ++families
        return reply(200, { ...issue(id), organizationId: 'org_1' })
      }
      case '/identity/user/refresh-token': {
        const failure = failures.shift()
        if (failure === 'transient') return reply(503, {})
        if (failure === 'definitive' || !liveRefresh.has(body?.refreshToken)) return reply(401, {})
        if (failure === 'drop') throw new TypeError('fetch failed')
        liveRefresh.delete(body.refreshToken) // rotation with no grace: reuse is fatal
        return reply(200, issue(family.get(body.refreshToken)!))
      }
      case '/identity/user/logout':
        return reply(200, {})
      case '/me':
        return liveAccess.has(headers.get('auth-token') ?? '') ? reply(200, {}) : reply(401, {})
      default:
        return reply(404, {})
    }
  }

  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input))
    const headers = new Headers(init?.headers)
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined
    // Checked as the request leaves the client: a retired token must never leave again.
    if (url.pathname !== '/identity/user/logout') {
      for (const secret of [headers.get('auth-token'), body?.refreshToken]) {
        const id = secret ? family.get(secret) : undefined
        if (id !== undefined && retired.has(id))
          violations.push(`${url.pathname} carried a token of signed-out family ${id}`)
      }
    }
    const isRefresh = url.pathname === '/identity/user/refresh-token'
    if (isRefresh) {
      refreshRequests++
      maxRefreshInFlight = Math.max(maxRefreshInFlight, ++refreshInFlight)
    }
    try {
      await new Promise((resolve) => setTimeout(resolve, options.delay()))
      return handle(url.pathname, headers, body)
    } finally {
      if (isRefresh) refreshInFlight--
    }
  }

  return {
    fetch: fetch as typeof globalThis.fetch,
    violations,
    stats: () => ({ refreshRequests, maxRefreshInFlight }),
    /** A sign-out: every family issued so far is retired. */
    signedOut() {
      for (let id = 1; id <= families; id++) retired.add(id)
    },
    revokeAccess: () => liveAccess.clear(),
    failNextRefresh: (failure: Failure) => failures.push(failure),
  }
}
