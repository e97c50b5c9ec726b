import { DEFAULT_USERS, normalizeEmail, resolveUser, type WireUser } from '@auth-state/wire'
import { type AuthClient, createAuthClient } from '../client'
import { AuthError } from '../errors'
import { tokenTimes } from '../jwt'
import { type AuthClientOptions, resolveOptions } from '../options'
import type { StoredSignedIn } from '../schemas'
import { isPromise, resolveStorage } from '../storage'
import { createMemoryIdentity } from './memory-identity'
import type { ScriptedAnswer } from './scripted-answers'

/** A registered user of the in-memory identity API. A plain email gets derived ids. */
export interface TestUser {
  email: string
  organizationId: string
  accountId: string
  organizations?: Array<{ id: string; name: string }>
  name?: string
}

export interface TestAuthOptions extends Omit<AuthClientOptions, 'baseURL' | 'fetch'> {
  /** Default `'https://identity.test'`; requests anywhere else are refused. */
  baseURL?: string
  /** Registered emails. Default `demo@example.com` (two organizations) and `second@example.com`. */
  users?: Array<string | TestUser>
  /** Start signed in as this user (registered if needed), without a request. */
  signedInAs?: { email: string; organizationId?: string; accountId?: string }
  /** Access token lifetime. Default 300. */
  tokenTtlSeconds?: number
  /**
   * Lifetime of each refresh token from when it was issued; past it a refresh is refused and
   * the session ends, as with the dev server's `--refresh-ttl`. Default 0: no limit.
   */
  refreshTtlSeconds?: number
}

export interface TestInbox {
  /** The newest code sent to `email`, if any. */
  latestCode(email: string): string | undefined
}

/** What the in-memory identity API has seen, for assertions. */
export interface TestIdentity {
  /** Requests received on `path` (below `baseURL`), scripted answers included. */
  requests(path: string): number
  /** The sessions the API holds live: logged in and neither logged out nor revoked. */
  sessions(): Array<{ email: string; organizationId: string; accountId: string }>
  /**
   * Ends the live sessions (of `email`, or all) on the server, as an admin would: the client finds
   * out at its next refresh, and signs out with `session_expired`. Returns how many ended.
   */
  revokeSessions(email?: string): number
}

export interface TestAuth {
  /** A real client: the same code as production, on the in-memory identity API. */
  client: AuthClient
  inbox: TestInbox
  /** Runs the real code flow (`sendOtp`, then `verifyOtp` with the inbox's code). */
  signIn(email?: string): Promise<void>
  /** Scripts the next answer of one route: `{ status, body?, headers? }`, `'network'` or `'stall'`. */
  failNext(path: string, answer: ScriptedAnswer): void
  identity: TestIdentity
}

/**
 * A real `AuthClient` on an in-memory implementation of the identity API, for component and unit
 * tests: no network, no timers of its own, memory storage, cross-tab off unless asked. Under
 * fake timers the client and the API share the one faked clock.
 *
 * @example
 * const { client, signIn, identity } = createTestAuth()
 * await signIn('demo@example.com')
 * expect(client.$session.get()).toMatchObject({ status: 'authenticated' })
 * expect(identity.requests('/identity/user/login')).toBe(1)
 */
export function createTestAuth(options: TestAuthOptions = {}): TestAuth {
  const {
    users: userOption,
    signedInAs,
    tokenTtlSeconds,
    refreshTtlSeconds,
    baseURL = 'https://identity.test',
    ...clientOptions
  } = options
  if (tokenTtlSeconds !== undefined && !(Number.isInteger(tokenTtlSeconds) && tokenTtlSeconds > 0))
    throw new AuthError('invalid_input', 'createTestAuth: `tokenTtlSeconds` must be an integer > 0')
  if (
    refreshTtlSeconds !== undefined &&
    !(Number.isInteger(refreshTtlSeconds) && refreshTtlSeconds >= 0)
  )
    throw new AuthError(
      'invalid_input',
      'createTestAuth: `refreshTtlSeconds` must be an integer >= 0',
    )
  const memory = invalidInput(() => {
    const users: Array<string | WireUser> = [...(userOption ?? DEFAULT_USERS)]
    if (signedInAs) {
      const email = normalizeEmail(String(signedInAs.email))
      const known = users.some((u) => normalizeEmail(typeof u === 'string' ? u : u.email) === email)
      if (!known) {
        const derived = resolveUser(email)
        users.push({
          ...derived,
          organizationId: signedInAs.organizationId ?? derived.organizationId,
          accountId: signedInAs.accountId ?? derived.accountId,
        })
      }
    }
    return createMemoryIdentity({ baseURL, users, rules: { tokenTtlSeconds, refreshTtlSeconds } })
  })
  const { api } = memory
  // Always an explicit adapter: the client reflects it at once, with or without a window.
  const storage = resolveStorage(clientOptions.storage ?? 'memory')
  const storageKey = resolveOptions({ ...clientOptions, baseURL }).storageKey

  if (signedInAs) {
    const user = api.users.find(signedInAs.email)!
    const subject = {
      ...user,
      organizationId: signedInAs.organizationId ?? user.organizationId,
      accountId: signedInAs.accountId ?? user.accountId,
    }
    if (!user.organizations.some((org) => org.id === subject.organizationId))
      throw new AuthError(
        'invalid_input',
        `createTestAuth: ${user.email} is not a member of \`signedInAs.organizationId\``,
      )
    const pair = api.openSession(resolveUser(subject))
    if (pair instanceof Promise) throw new Error('unreachable: unsigned tokens are synchronous')
    // Written in the client's stored format before the client exists, so it starts signed in
    // exactly as after a reload: no request, no loading state with synchronous storage.
    const record: StoredSignedIn = {
      v: 1,
      email: subject.email,
      token: pair.token,
      refreshToken: pair.refreshToken,
      organizationId: subject.organizationId,
      accountId: subject.accountId,
      ...tokenTimes(pair.token, Date.now()),
    }
    if (isPromise(storage.setItem(storageKey, JSON.stringify(record))))
      throw new AuthError('invalid_input', 'createTestAuth: `signedInAs` needs synchronous storage')
  }

  const client = createAuthClient({
    crossTab: false,
    ...clientOptions,
    baseURL,
    storage,
    fetch: memory.fetch,
  })

  const inbox: TestInbox = {
    latestCode: (email) => memory.sent.find((m) => m.email === normalizeEmail(email))?.code,
  }

  return {
    client,
    inbox,
    async signIn(email = api.users.users[0]?.email ?? '') {
      // Checked first: the real flow sends nothing to an unknown email and waits instead,
      // which would hang under fake timers.
      if (!api.users.find(String(email)))
        throw new AuthError(
          'invalid_input',
          `createTestAuth.signIn: ${email} is not a registered user`,
        )
      await client.sendOtp(email)
      await client.verifyOtp(inbox.latestCode(email) ?? '')
    },
    failNext: memory.script,
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
  }
}

// The user directory and URL parsing throw TypeErrors; a caller gets the one error class.
function invalidInput<T>(fn: () => T): T {
  try {
    return fn()
  } catch (error) {
    throw new AuthError('invalid_input', `createTestAuth: ${(error as Error).message}`)
  }
}
