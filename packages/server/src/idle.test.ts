import { describe, expect, it } from 'vitest'
import { appHarness, ORIGIN } from '../test/app'

// The server's own idle timeout (issue 22): a session no page keeps alive ends there, whatever
// the browser does, so a closed laptop cannot outlive it. Dev server tokens live 15 min here.
const app = appHarness(
  { tokenTtlSeconds: 3600 },
  { idleTimeoutSeconds: 600, sessionTtlSeconds: 86_400 },
)

const view = async (jar: Parameters<typeof app.call>[1]) =>
  (await (await app.call('/auth/session', jar, { bare: true })).json()).data

describe('idleTimeoutSeconds', () => {
  it('announces the idle end and the lifetime in the view, and ends an idle session with reason idle', async () => {
    const jar = await app.signIn()
    const start = app.now()
    const first = await view(jar)
    expect(first.idleExpiresAt).toBeGreaterThanOrEqual(start + 600_000 - 1_000)
    expect(first.idleExpiresAt).toBeLessThanOrEqual(app.now() + 600_000)
    expect(first.sessionExpiresAt).toBeGreaterThan(start + 86_000_000)

    // The laptop is closed: no request for longer than the timeout.
    app.advance(601_000)
    expect(await view(jar)).toEqual({ status: 'unauthenticated', reason: 'idle' })
    // Gone from the store too: the proxy refuses it as well.
    const call = await app.call('/auth/api/network/v1/account', jar, { method: 'GET' })
    expect(call.status).toBe(401)
  })

  it('POST /activity (and any request of the session) restarts the idle clock', async () => {
    const jar = await app.signIn()
    for (let i = 0; i < 3; i++) {
      app.advance(400_000)
      const answer = await app.call('/auth/activity', jar, { body: {} })
      expect(answer.status).toBe(200)
      const data = (await answer.json()).data
      expect(data.status).toBe('authenticated')
      expect(data.idleExpiresAt).toBeGreaterThanOrEqual(app.now() + 600_000 - 1_000)
    }
    // 1 200 s since the sign-in, 400 s since the last activity: still signed in.
    expect((await view(jar)).status).toBe('authenticated')
    app.advance(601_000)
    expect(await view(jar)).toEqual({ status: 'unauthenticated', reason: 'idle' })
  })

  it('needs the CSRF header on /activity, like every POST', async () => {
    const jar = await app.signIn()
    const refused = await app.auth.handle(
      new Request(`${ORIGIN}/auth/activity`, {
        method: 'POST',
        headers: { cookie: jar.header(), 'content-type': 'application/json' },
        body: '{}',
      }),
    )
    expect(refused.status).toBe(403)
  })

  it('without the option, the view says idleExpiresAt: null and time alone ends nothing', async () => {
    app.remake({ idleTimeoutSeconds: undefined })
    const jar = await app.signIn()
    expect((await view(jar)).idleExpiresAt).toBeNull()
    app.advance(3_000_000)
    expect((await view(jar)).status).toBe('authenticated')
  })
})
