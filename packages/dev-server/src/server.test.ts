import { createServer } from 'node:net'
import { describe, expect, it, vi } from 'vitest'
import {
  account,
  call,
  get,
  login,
  loginWith,
  manualClock,
  post,
  refresh,
  sendCode,
  start,
} from '../test/helpers'
import { startDevServer } from './index'

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}

describe('startDevServer', () => {
  it('runs two servers side by side on port 0, with separate state', async () => {
    const a = await start()
    const b = await start()
    expect(a.port).toBeGreaterThan(0)
    expect(b.port).not.toBe(a.port)
    expect(a.url).toBe(`http://127.0.0.1:${a.port}`)
    await sendCode(a)
    expect(a.inbox.list()).toHaveLength(1)
    expect(b.inbox.list()).toEqual([])
    expect((await get(b, '/__dev/inbox')).body.data.messages).toEqual([])
  })

  it('close() frees the port, even with keep-alive connections open, and is idempotent', async () => {
    const server = await startDevServer({ port: 0 })
    const { port } = server
    await login(server)
    expect(await canListen(port)).toBe(false)
    await server.close()
    await server.close()
    expect(await canListen(port)).toBe(true)
    const again = await startDevServer({ port })
    expect(again.port).toBe(port)
    await again.close()
    await expect(fetch(`${server.url}/__dev/stats`)).rejects.toThrow()
  })

  it('close() does not wait for an injected delay', async () => {
    const server = await startDevServer({ port: 0 })
    server.faults.add({ route: '/identity/user/refresh-token', delayMs: 60_000 })
    const pending = refresh(server, 'x').catch(() => 'failed')
    await new Promise((resolve) => setTimeout(resolve, 50))
    const started = performance.now()
    await server.close()
    expect(performance.now() - started).toBeLessThan(1000)
    expect(await pending).toBe('failed')
  })

  it('rejects when the port is taken', async () => {
    const first = await start()
    await expect(startDevServer({ port: first.port })).rejects.toThrow(/EADDRINUSE/)
  })

  it('rejects bad options with a message naming the option', async () => {
    await expect(startDevServer({ port: -1 })).rejects.toThrow(/port/)
    await expect(startDevServer({ port: 0, tokenTtlSeconds: 0 })).rejects.toThrow(/tokenTtlSeconds/)
    await expect(startDevServer({ port: 0, refreshGraceSeconds: -1 })).rejects.toThrow(
      /refreshGraceSeconds/,
    )
    await expect(startDevServer({ port: 0, otp: { maxAttempts: 0 } })).rejects.toThrow(
      /maxAttempts/,
    )
    await expect(startDevServer({ port: 0, users: ['nope'] })).rejects.toThrow(/email/)
    await expect(startDevServer({ port: 0, users: ['a@x.io', 'A@x.io'] })).rejects.toThrow(
      /duplicate/,
    )
  })

  it('does not replace the global Request and Response of the host process', async () => {
    const { Request: BeforeRequest, Response: BeforeResponse } = globalThis
    await start()
    expect(globalThis.Request).toBe(BeforeRequest)
    expect(globalThis.Response).toBe(BeforeResponse)
  })
})

describe('latestCode', () => {
  it('returns the newest code sent to an email, in-process, or null', async () => {
    const clock = manualClock()
    const server = await start({ now: clock.now, devRoutes: false })
    expect(server.latestCode('demo@example.com')).toBeNull()
    await sendCode(server)
    const first = server.latestCode('demo@example.com')
    expect(first).toMatch(/^\d{6}$/)
    expect(server.latestCode('second@example.com')).toBeNull()
    clock.advance(31)
    await sendCode(server)
    const newest = server.latestCode('Demo@Example.com ')
    expect(newest).toBe(server.inbox.list('demo@example.com')[0]!.code)
    // the newest code is the one that signs in
    const res = await loginWith(server, 'demo@example.com', newest!)
    expect(res.status).toBe(200)
    server.inbox.clear()
    expect(server.latestCode('demo@example.com')).toBeNull()
  })
})

describe('users', () => {
  it('default to demo (two organizations) and second', async () => {
    const server = await start()
    expect(server.users.map((user) => user.email)).toEqual([
      'demo@example.com',
      'second@example.com',
    ])
    expect(server.users[0]?.organizations).toHaveLength(2)
    expect(server.users[1]).toEqual({
      email: 'second@example.com',
      name: 'Second',
      organizationId: expect.stringMatching(/^org_/),
      accountId: expect.stringMatching(/^acc_/),
      organizations: [{ id: server.users[1]?.organizationId, name: expect.any(String) }],
    })
  })

  it('take strings (stable generated ids) and full DevUser objects', async () => {
    const users = [
      'Alice@Example.com',
      { email: 'bob@example.com', organizationId: 'org_b', accountId: 'acc_b', name: 'Bob' },
    ]
    const server = await start({ users })
    const twin = await start({ users })
    expect(server.users[0]?.email).toBe('alice@example.com')
    expect(server.users[0]?.accountId).toBe(twin.users[0]?.accountId)
    expect(server.users[1]?.organizations).toEqual([{ id: 'org_b', name: "Bob's organization" }])

    const bob = await login(server, 'bob@example.com')
    expect(bob).toMatchObject({ organizationId: 'org_b', accountId: 'acc_b' })
    expect((await account(server, bob.token, 'org_b')).body.data.organizationName).toBe(
      "Bob's organization",
    )
    const availability = await post(server, '/identity/user/email/check-availability', {
      email: 'demo@example.com',
    })
    expect(availability.body.data.isAvailableEmail).toBe(true)
  })
})

describe('request log', () => {
  it('logs every request and never a token, refresh token or code', async () => {
    const lines: string[] = []
    const clock = manualClock()
    const server = await start({ log: (line) => lines.push(line), now: clock.now })
    const session = await login(server)
    const rotated = (await refresh(server, session.refreshToken)).body.data
    await refresh(server, session.refreshToken)
    await account(server, rotated.token)
    // credentials where they do not belong: in the path and the query string
    await get(server, `/network/v1/account/${rotated.token}`)
    await get(server, `/identity/${rotated.refreshToken}?token=${rotated.token}`)
    await get(
      server,
      `/__dev/inbox?email=demo@example.com&code=${server.inbox.latest('demo@example.com')}`,
    )
    await post(server, '/identity/user/login', 'not json')
    server.faults.add({ route: '/identity/user/logout', drop: true })
    await call(server, 'POST', '/identity/user/logout', {
      headers: { 'auth-token': rotated.token },
    }).catch(() => undefined)
    await post(server, '/identity/user/logout', {}, { 'auth-token': rotated.token })

    expect(lines.length).toBeGreaterThanOrEqual(11)
    expect(lines[0]).toMatch(/^POST \/identity\/user\/otp\/email 200 \d+ms$/)
    expect(lines.some((line) => line.includes('fault: dropped'))).toBe(true)
    const secrets = server.secrets()
    expect(secrets).toEqual(
      expect.arrayContaining([
        session.token,
        session.refreshToken,
        rotated.token,
        rotated.refreshToken,
      ]),
    )
    expect(secrets.some((secret) => /^\d{6}$/.test(secret))).toBe(true)
    const log = lines.join('\n')
    for (const secret of secrets) expect(log).not.toContain(secret)
  })

  it('is off by default, and log: true writes to the console', async () => {
    const spy = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    try {
      const quiet = await start()
      await login(quiet)
      expect(spy).not.toHaveBeenCalled()
      const loud = await start({ log: true })
      await get(loud, '/nope')
      expect(spy).toHaveBeenCalledWith(expect.stringMatching(/^GET \/nope 404 \d+ms$/))
    } finally {
      spy.mockRestore()
    }
  })
})
