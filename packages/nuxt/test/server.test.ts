// The module's Nitro side, mounted in a real h3 app on loopback in front of the dev identity
// server: the handler at /auth, and the context the Vue render reads (session, guard, data).
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type DevServer, startDevServer } from '@auth-state/dev-server'
import { createApp, defineEventHandler, toNodeListener } from 'h3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuthStateContext } from '../src/runtime/server/context'
import context from '../src/runtime/server/context'
import handler from '../src/runtime/server/handler'
import { config } from './runtime-config'

const EMAIL = 'demo@example.com'
let dev: DevServer
let server: Server
let base: string
/** What the last /probe request's context answered. */
let probe: (c: AuthStateContext) => Promise<unknown>

beforeAll(async () => {
  dev = await startDevServer({ port: 0 })
  config.authState.apiURL = dev.url
  const app = createApp()
  app.use(context)
  app.use('/auth', handler)
  app.use(
    '/probe',
    // Wrapped: h3 sends a bare string as text.
    defineEventHandler(async (event) => ({
      value: await probe(event.context.authState as AuthStateContext),
    })),
  )
  server = createServer(toNodeListener(app))
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((done) => server?.close(done))
  await dev?.close()
})

let signedIn: Promise<string> | undefined
/** Signs in once (the server allows one code per email each 30 s); the session cookie. */
const signIn = () => {
  signedIn ??= signInNow()
  return signedIn
}

/** Signs in through the mounted handler, as the browser client would. */
async function signInNow(): Promise<string> {
  const headers = { 'content-type': 'application/json', 'x-auth-state': '1', origin: base }
  const sent = await fetch(`${base}/auth/otp/send`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email: EMAIL }),
  })
  expect(sent.status).toBe(200)
  const verified = await fetch(`${base}/auth/otp/verify`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email: EMAIL, code: dev.inbox.latest(EMAIL) }),
  })
  expect(verified.status).toBe(200)
  return verified.headers.getSetCookie()[0]!.split(';')[0]!
}

async function ask(fn: typeof probe, cookie?: string): Promise<unknown> {
  probe = fn
  const response = await fetch(`${base}/probe`, { headers: cookie ? { cookie } : {} })
  return ((await response.json()) as { value: unknown }).value
}

describe('the Nitro side of @auth-state/nuxt', () => {
  it('signed out: the handler answers at /auth, the guard names the sign-in page', async () => {
    const session = await fetch(`${base}/auth/session`)
    expect(await session.json()).toEqual({ status: true, data: { status: 'unauthenticated' } })
    expect(
      await ask(async (c) => ({
        session: await c.session(),
        guard: await c.guard('/account?tab=2'),
        away: await c.signedInRedirect('/settings'),
      })),
    ).toEqual({
      session: { status: 'unauthenticated' },
      guard: '/sign-in?next=%2Faccount%3Ftab%3D2',
      away: null,
    })
  })

  it('signed in: the verified session, no guard redirect, the sign-in page sends on, data loads', async () => {
    const cookie = await signIn()
    const answer = (await ask(
      async (c) => ({
        session: await c.session(),
        guard: await c.guard('/account'),
        away: await c.signedInRedirect('//evil.example'),
        next: await c.signedInRedirect('/settings'),
        account: await c.fetch('/network/v1/account'),
      }),
      cookie,
    )) as Record<string, unknown>
    expect(answer.session).toMatchObject({ status: 'authenticated', email: EMAIL })
    expect(answer.guard).toBeNull()
    expect(answer.away).toBe('/account')
    expect(answer.next).toBe('/settings')
    expect(answer.account).toMatchObject({ email: EMAIL, organizationName: 'Demo Company' })
    // The view the render gets never holds a token.
    for (const secret of dev.secrets()) expect(JSON.stringify(answer)).not.toContain(secret)
  })

  it('reads the session once per request, however many parts of the render ask', async () => {
    const cookie = await signIn()
    const same = await ask(async (c) => {
      const [a, b] = [c.session(), c.session()]
      await Promise.all([a, b])
      return a === b
    }, cookie)
    expect(same).toBe(true)
  })

  it('a forged cookie is a signed-out visitor', async () => {
    const forged = 'auth-state=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAA.BBBB.CCCC'
    expect(await ask(async (c) => c.guard('/account'), forged)).toBe('/sign-in?next=%2Faccount')
  })
})
