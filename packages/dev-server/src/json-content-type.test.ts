import { describe, expect, it } from 'vitest'
import { post, start } from '../test/helpers'

// A page on any origin can send these without a preflight: a form post or a text/plain fetch.
const SIMPLE_TYPES = [
  'text/plain',
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
]

async function rawPost(url: string, body: string, contentType?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: contentType === undefined ? {} : { 'content-type': contentType },
    body,
  })
  return { status: res.status, body: await res.json() }
}

describe('every POST must be JSON (415 otherwise)', () => {
  it('a simple (no-preflight) POST sends no code, arms no fault and moves no clock', async () => {
    const server = await start({ otp: { cooldownSeconds: 0 } })
    for (const type of [...SIMPLE_TYPES, undefined]) {
      const attempts = [
        rawPost(`${server.url}/identity/user/otp/email`, '{"email":"demo@example.com"}', type),
        rawPost(
          `${server.url}/__dev/faults`,
          '{"route":"/identity/user/login","status":500}',
          type,
        ),
        rawPost(`${server.url}/__dev/clock`, '{"offsetSeconds":3600}', type),
        rawPost(`${server.url}/__dev/stats/reset`, '', type),
      ]
      for (const res of await Promise.all(attempts)) {
        expect(res.status, String(type)).toBe(415)
        expect(res.body).toEqual({
          status: false,
          data: {},
          message: 'Content-Type must be application/json',
        })
      }
    }
    expect(server.inbox.list()).toEqual([])
    expect(server.faults.list()).toEqual([])
    expect(server.clock.offsetSeconds).toBe(0)
  })

  it('accepts application/json with a charset, and +json types, as before', async () => {
    const server = await start()
    for (const type of ['application/json; charset=utf-8', 'application/vnd.api+json']) {
      const res = await rawPost(
        `${server.url}/identity/user/email/check-availability`,
        '{"email":"demo@example.com"}',
        type,
      )
      expect(res.status, type).toBe(200)
    }
    // a bodyless JSON POST is still `{}` (logout is often sent bare)
    expect((await post(server, '/identity/user/logout')).status).toBe(200)
  })

  it('is refused before it is counted or faulted', async () => {
    const server = await start()
    server.faults.add({ route: '/identity/user/otp/email', status: 503 })
    const res = await rawPost(`${server.url}/identity/user/otp/email`, '{}', 'text/plain')
    expect(res.status).toBe(415)
    expect(server.stats.get()).toEqual({})
    expect(server.faults.list()).toHaveLength(1)
  })
})
