import { type DevServer, startDevServer } from '@auth-state/dev-server'
import Redis from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppInstance, startInstance } from '../test/instances'
import { noRedis, type RedisServer, startRedis } from '../test/redis-server'
import { redisStore } from './redis'
import type { SessionRecord } from './session-view'

if (noRedis) console.warn(noRedis)

const ORIGIN = 'http://app.test'
const SECRET = 'redis-test-secret-0123456789-abcdefghij'
const EMAIL = 'demo@example.com'
const REFRESH = 'POST /identity/user/refresh-token'

const record: SessionRecord = {
  email: EMAIL,
  organizationId: 'org_demo',
  accountId: null,
  token: 't',
  refreshToken: 'r',
  expiresAt: null,
  refreshedAt: 1,
  sessionExpiresAt: Date.now() + 60_000,
}

describe.skipIf(noRedis)('redisStore on a real redis-server', () => {
  let redis: RedisServer
  let client: Redis
  beforeAll(async () => {
    redis = await startRedis()
    client = new Redis(redis.url)
  })
  afterAll(async () => {
    client?.disconnect()
    await redis?.stop()
  })

  it('gets, sets with a TTL and deletes; a malformed value reads as nothing', async () => {
    const store = redisStore({ client, prefix: 't1:' })
    expect(await store.get('a')).toBeNull()
    await store.set('a', record, 60)
    expect(await store.get('a')).toEqual(record)
    const ttl = await client.ttl('t1:session:a')
    expect(ttl).toBeGreaterThan(50)
    expect(ttl).toBeLessThanOrEqual(60)
    await client.set('t1:session:b', '{"email":1}')
    expect(await store.get('b')).toBeNull()
    await store.delete('a')
    expect(await store.get('a')).toBeNull()
  })
})

describe.skipIf(noRedis)('two app processes on one Redis', () => {
  let redis: RedisServer
  let dev: DevServer
  let instances: AppInstance[] = []
  let offset = 0
  const cookies = new Map<string, string>()

  const send = async (instance: AppInstance, path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers)
    headers.set('origin', ORIGIN)
    headers.set('x-auth-state', '1')
    if (init.body) headers.set('content-type', 'application/json')
    if (cookies.size) headers.set('cookie', [...cookies].map(([n, v]) => `${n}=${v}`).join('; '))
    const response = await fetch(`${instance.url}${path}`, { ...init, headers })
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const [name, value] = [
        pair!.slice(0, pair!.indexOf('=')),
        pair!.slice(pair!.indexOf('=') + 1),
      ]
      if (value) cookies.set(name, value)
      else cookies.delete(name)
    }
    return response
  }
  const advance = async (ms: number) => {
    offset += ms
    await Promise.all(instances.map((instance) => instance.setClock(offset)))
  }

  beforeAll(async () => {
    redis = await startRedis()
    dev = await startDevServer({ port: 0, refreshGraceSeconds: 0, now: () => Date.now() + offset })
    const config = { apiURL: dev.url, redisURL: redis.url, secret: SECRET, origin: ORIGIN }
    instances = await Promise.all([startInstance(config), startInstance(config)])
  }, 60_000)
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()))
    await dev?.close()
    await redis?.stop()
  })

  it('share sessions, and make one refresh per rotation across both', async () => {
    const [a, b] = instances as [AppInstance, AppInstance]
    expect(
      (await send(a, '/auth/otp/send', { method: 'POST', body: JSON.stringify({ email: EMAIL }) }))
        .status,
    ).toBe(200)
    const code = dev.latestCode(EMAIL)
    const verified = await send(b, '/auth/otp/verify', {
      method: 'POST',
      body: JSON.stringify({ email: EMAIL, code }),
    })
    expect(verified.status).toBe(200)
    // Signed in on B, known on A.
    const session = await (await send(a, '/auth/session')).json()
    expect(session.data).toMatchObject({ status: 'authenticated', email: EMAIL })

    for (let round = 1; round <= 3; round++) {
      await advance(301_000)
      dev.stats.reset()
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => {
          const instance = i % 2 === 0 ? a : b
          return i % 4 < 2
            ? send(instance, '/account').then(async (r) => [r.status, await r.json()] as const)
            : send(instance, '/auth/api/network/v1/account').then(
                async (r) => [r.status, await r.json()] as const,
              )
        }),
      )
      for (const [status, body] of answers) {
        expect(status).toBe(200)
        expect(JSON.stringify(body)).toContain('acc_demo')
      }
      expect(dev.stats.count(REFRESH), `round ${round}`).toBe(1)
    }

    // Logout on A ends the session on B.
    await send(a, '/auth/logout', { method: 'POST' })
    cookies.clear()
    const after = await fetch(`${b.url}/auth/session`, {
      headers: { cookie: verified.headers.getSetCookie()[0]!.split(';')[0]! },
    })
    expect((await after.json()).data).toEqual({ status: 'unauthenticated', reason: 'expired' })
  }, 60_000)
})
