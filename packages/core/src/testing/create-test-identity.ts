import { DEFAULT_USERS, normalizeEmail, type WireUser } from '@auth-state/wire'
import { AuthError } from '../errors'
import type { TestIdentity, TestInbox, TestUser } from './create-test-auth'
import { createMemoryIdentity } from './memory-identity'
import type { ScriptedAnswer } from './scripted-answers'

export interface TestIdentityApiOptions {
  /** Default `'https://identity.test'`; requests anywhere else are refused. */
  baseURL?: string
  /** Registered emails. Default `demo@example.com` (two organizations) and `second@example.com`. */
  users?: Array<string | TestUser>
  /** Access token lifetime. Default 300. */
  tokenTtlSeconds?: number
}

export interface TestIdentityApi {
  baseURL: string
  /** The identity API in memory, as a `fetch`: hand it to server code as its upstream. */
  fetch: typeof globalThis.fetch
  inbox: TestInbox
  identity: TestIdentity
  /** Scripts the next answer of one route, as `createTestAuth`'s `failNext`. */
  failNext(path: string, answer: ScriptedAnswer): void
  /** Every token, refresh token and code it issued: for checks that none leaked. */
  secrets(): string[]
}

/**
 * The in-memory identity API that `createTestAuth` runs on, on its own: for testing server code
 * that calls the API, such as `@auth-state/server`'s handler (its `createTestServerSession` is
 * built on this).
 *
 * @example
 * const api = createTestIdentityApi()
 * const auth = createAuthServer({ apiURL: api.baseURL, fetch: api.fetch, secret })
 */
export function createTestIdentityApi(options: TestIdentityApiOptions = {}): TestIdentityApi {
  const { baseURL = 'https://identity.test', users, tokenTtlSeconds } = options
  if (tokenTtlSeconds !== undefined && !(Number.isInteger(tokenTtlSeconds) && tokenTtlSeconds > 0))
    throw new AuthError(
      'invalid_input',
      'createTestIdentityApi: `tokenTtlSeconds` must be an integer > 0',
    )
  let memory: ReturnType<typeof createMemoryIdentity>
  try {
    memory = createMemoryIdentity({
      baseURL,
      users: [...((users ?? DEFAULT_USERS) as Array<string | WireUser>)],
      rules: { tokenTtlSeconds },
    })
  } catch (error) {
    throw new AuthError('invalid_input', `createTestIdentityApi: ${(error as Error).message}`)
  }
  const { api } = memory
  return {
    baseURL,
    fetch: memory.fetch,
    inbox: {
      latestCode: (email) => memory.sent.find((m) => m.email === normalizeEmail(email))?.code,
    },
    identity: {
      requests: (path) => memory.counts.get(path) ?? 0,
      sessions: () =>
        api.families.live().map(({ subject }) => ({
          email: subject.email,
          organizationId: subject.organizationId,
          accountId: subject.accountId,
        })),
      revokeSessions(email) {
        const ended = api.families
          .live()
          .filter((s) => email === undefined || s.subject.email === normalizeEmail(email))
        for (const session of ended) api.families.revoke(session.id)
        return ended.length
      },
    },
    failNext: memory.script,
    secrets: memory.secrets,
  }
}
