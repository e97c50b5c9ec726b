import {
  createIdentityApi,
  failure,
  type IdentityApi,
  normalizeEmail,
  type SentCode,
  success,
  type WireRules,
  type WireUser,
} from '@auth-state/wire'
import { createScript, type ScriptedAnswer, stall } from './scripted-answers'
import { unsignedTokens } from './unsigned-tokens'

export interface MemoryIdentityOptions {
  baseURL: string
  users?: ReadonlyArray<string | WireUser>
  rules?: Partial<WireRules>
  /** Default `Date.now`, so fake timers move the server's clock with the client's. */
  now?: () => number
  random?: () => number
}

export interface MemoryIdentity {
  api: IdentityApi
  /** A `fetch` that answers the identity API's base URL from memory and refuses anything else. */
  fetch: typeof globalThis.fetch
  /** Codes "sent", newest first. */
  sent: SentCode[]
  counts: Map<string, number>
  /** Every token, refresh token and code issued, for leak guards. */
  secrets(): string[]
  script(path: string, answer: ScriptedAnswer): void
}

const JSON_HEADERS = { 'content-type': 'application/json' }

/** The identity API's wire contract served from memory: no network, no timers of its own. */
export function createMemoryIdentity(options: MemoryIdentityOptions): MemoryIdentity {
  const base = new URL(options.baseURL)
  const prefix = base.pathname.replace(/\/+$/, '')
  const sent: SentCode[] = []
  const counts = new Map<string, number>()
  const issued: string[] = []
  const script = createScript()
  const api = createIdentityApi({
    users: options.users,
    rules: options.rules,
    env: { now: options.now ?? (() => Date.now()), random: options.random ?? Math.random },
    tokens: unsignedTokens(),
    onIssue: (secret) => void issued.push(secret),
    onCode: (code) => sent.unshift({ ...code, email: normalizeEmail(code.email) }),
  })

  async function fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = input instanceof Request ? input : undefined
    const url = new URL(request?.url ?? String(input))
    // Only the API's origin: nothing, a token least of all, may travel anywhere else.
    if (url.origin !== base.origin || !url.pathname.startsWith(prefix)) {
      throw new TypeError(`createTestAuth has no network: refused a request to ${url.origin}`)
    }
    const path = url.pathname.slice(prefix.length) || '/'
    // Counted before scripted answers apply, so a test can tell a failed call was still made.
    counts.set(path, (counts.get(path) ?? 0) + 1)
    const headers = new Headers(init?.headers ?? request?.headers)
    const body =
      init?.body != null ? await new Response(init.body).text() : ((await request?.text()) ?? '')
    const signal = init?.signal ?? request?.signal

    const scripted = script.take(path)
    if (scripted === 'network') throw new TypeError('fetch failed')
    if (scripted === 'stall') return stall(signal)
    if (scripted) {
      const fallback =
        scripted.status < 400 ? success({}) : failure(`Scripted answer: ${scripted.status}`)
      return new Response(JSON.stringify(scripted.body ?? fallback), {
        status: scripted.status,
        headers: { ...JSON_HEADERS, ...scripted.headers },
      })
    }
    const answer = await api.handle({
      method: (init?.method ?? request?.method ?? 'GET').toUpperCase(),
      path,
      header: (name) => headers.get(name) ?? undefined,
      body,
    })
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { ...JSON_HEADERS, ...answer.headers },
    })
  }

  return { api, fetch, sent, counts, secrets: () => [...issued], script: script.add }
}
