import { type DevServer, startDevServer } from '@auth-state/dev-server'
import { PATHS } from '@auth-state/wire'
import { afterEach, describe, expect, it } from 'vitest'
import { guardServer } from '../../test/leak-guard'
import { createMemoryIdentity } from './memory-identity'

// One scenario, two servers of the wire contract: the dev server over loopback and the testing
// kit's in-memory identity. Tokens differ by nature, so each distinct token is replaced by its
// order of appearance; everything else (statuses, envelopes, Retry-After, Allow) must be equal.

const USERS = [
  {
    email: 'demo@example.com',
    name: 'Demo User',
    organizationId: 'org_demo',
    accountId: 'acc_demo',
    organizations: [
      { id: 'org_demo', name: 'Demo Company' },
      { id: 'org_demo_labs', name: 'Demo Labs' },
    ],
  },
  { email: 'second@example.com', organizationId: 'org_second', accountId: 'acc_second' },
]

interface Target {
  send(
    method: string,
    path: string,
    body?: string,
    headers?: Record<string, string>,
  ): Promise<Response>
  latestCode(email: string): string | undefined
  advance(seconds: number): void
}

const servers: DevServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

function manualClock() {
  let t = Date.UTC(2026, 0, 1)
  return {
    now: () => t,
    advance: (seconds: number) => {
      t += seconds * 1000
    },
  }
}

async function devServerTarget(): Promise<Target> {
  const clock = manualClock()
  const server = await startDevServer({ port: 0, now: clock.now, users: USERS })
  servers.push(server)
  guardServer(server)
  return {
    send: (method, path, body, headers) => fetch(`${server.url}${path}`, { method, body, headers }),
    latestCode: (email) => server.inbox.latest(email),
    advance: clock.advance,
  }
}

function memoryTarget(): Target {
  const clock = manualClock()
  const memory = createMemoryIdentity({
    baseURL: 'https://identity.test/api',
    users: USERS,
    now: clock.now,
  })
  guardServer(memory)
  return {
    send: (method, path, body, headers) =>
      memory.fetch(`https://identity.test/api${path}`, { method, body, headers }),
    latestCode: (email) => memory.sent.find((m) => m.email === email)?.code,
    advance: clock.advance,
  }
}

/** Runs the scenario and returns what the server answered at each step, tokens numbered. */
async function scenario(target: Target) {
  const transcript: unknown[] = []
  const names = new Map<string, string>()
  const name = (secret: unknown) => {
    if (typeof secret !== 'string') return secret
    if (!names.has(secret)) names.set(secret, `<secret ${names.size + 1}>`)
    return names.get(secret)
  }
  const json = { 'content-type': 'application/json' }
  const auth = (token: string, organizationId = 'org_demo') => ({
    'auth-token': token,
    'organization-id': organizationId,
  })

  async function step(
    label: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const raw =
      typeof body === 'string' ? body : body === undefined ? undefined : JSON.stringify(body)
    const response = await target.send(method, path, raw, { ...json, ...headers })
    const envelope = await response.json()
    const data = envelope.data ?? {}
    const result = {
      token: data.token as string,
      refreshToken: data.refreshToken as string,
    }
    transcript.push({
      label,
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      allow: response.headers.get('allow'),
      envelope: {
        ...envelope,
        data: { ...data, token: name(data.token), refreshToken: name(data.refreshToken) },
      },
    })
    return result
  }
  const email = 'demo@example.com'
  const wrong = () => (target.latestCode(email) === '000000' ? '111111' : '000000')
  const login = (password: string) =>
    step('login', 'POST', PATHS.login, { email, password, isOTP: true })

  await step('registered?', 'POST', PATHS.checkAvailability, { email: 'Demo@Example.com' })
  await step('unregistered?', 'POST', PATHS.checkAvailability, { email: 'nobody@example.com' })
  await step('send to unregistered', 'POST', PATHS.sendOtp, { email: 'nobody@example.com' })
  await step('send', 'POST', PATHS.sendOtp, { email })
  target.advance(10.2)
  await step('resend in the cooldown', 'POST', PATHS.sendOtp, { email })
  for (let i = 0; i < 3; i++) await login(wrong())
  await login(target.latestCode(email)!) // the code died with the third wrong try

  target.advance(20)
  await step('send after the cooldown', 'POST', PATHS.sendOtp, { email })
  await step('login without isOTP', 'POST', PATHS.login, { email, password: '123456' })
  const first = await login(target.latestCode(email)!)

  await step('account without a token', 'GET', PATHS.account)
  await step('account without an organization', 'GET', PATHS.account, undefined, {
    'auth-token': first.token,
  })
  await step(
    'account in a foreign organization',
    'GET',
    PATHS.account,
    undefined,
    auth(first.token, 'org_x'),
  )
  await step('account', 'GET', PATHS.account, undefined, auth(first.token))
  await step('account by bearer', 'GET', PATHS.account, undefined, {
    authorization: `Bearer ${first.token}`,
    'x-organization-id': 'org_demo_labs',
  })
  await step('organizations', 'GET', PATHS.organizations, undefined, auth(first.token))

  const second = await step('refresh', 'POST', PATHS.refreshToken, {
    refreshToken: first.refreshToken,
  })
  target.advance(5)
  await step('racing replay in the grace', 'POST', PATHS.refreshToken, {
    refreshToken: first.refreshToken,
  })
  target.advance(6)
  await step('reuse after the grace', 'POST', PATHS.refreshToken, {
    refreshToken: first.refreshToken,
  })
  await step('successor of a reused token', 'POST', PATHS.refreshToken, {
    refreshToken: second.refreshToken,
  })
  await step('account of a revoked family', 'GET', PATHS.account, undefined, auth(second.token))

  target.advance(30)
  await step('send again', 'POST', PATHS.sendOtp, { email })
  const third = await login(target.latestCode(email)!)
  target.advance(300)
  await step('account with an expired token', 'GET', PATHS.account, undefined, auth(third.token))
  const fourth = await step('refresh after expiry', 'POST', PATHS.refreshToken, {
    refreshToken: third.refreshToken,
  })
  await step('account after refresh', 'GET', PATHS.account, undefined, auth(fourth.token))
  await step('logout', 'POST', PATHS.logout, {}, auth(fourth.token))
  await step('account after logout', 'GET', PATHS.account, undefined, auth(fourth.token))
  await step('refresh after logout', 'POST', PATHS.refreshToken, {
    refreshToken: fourth.refreshToken,
  })
  await step('logout without a token', 'POST', PATHS.logout)

  await step('wrong method', 'GET', PATHS.login)
  await step('unknown route', 'GET', '/network/v1/nope')
  await step('not JSON', 'POST', PATHS.sendOtp, '{nope')
  await step('not an object', 'POST', PATHS.sendOtp, '[]')
  await step('no email', 'POST', PATHS.sendOtp, {})
  await step('not an email', 'POST', PATHS.sendOtp, { email: 'nope' })
  await step('empty refresh token', 'POST', PATHS.refreshToken, { refreshToken: '' })
  return transcript
}

describe('the wire contract', () => {
  it('the dev server and the in-memory identity answer the same scenario identically', async () => {
    const fromDevServer = await scenario(await devServerTarget())
    const fromMemory = await scenario(memoryTarget())
    expect(fromMemory).toEqual(fromDevServer)
    // The scenario reached what it is about: a rotation, a grace replay, reuse, and throttles.
    expect(fromDevServer).toContainEqual(
      expect.objectContaining({ label: 'resend in the cooldown', status: 429, retryAfter: '20' }),
    )
    expect(fromDevServer).toContainEqual(
      expect.objectContaining({ label: 'reuse after the grace', status: 401 }),
    )
  })
})
