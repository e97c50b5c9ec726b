import { type DevServer, startDevServer } from '@auth-state/dev-server'
import { NextRequest } from 'next/server'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createNextAuth } from './index'

// `next start` builds request.url from its own hostname; the browser's Host is another.
const INTERNAL = 'http://localhost:3000'
const PUBLIC = 'http://127.0.0.1:4000'

let dev: DevServer
beforeAll(async () => {
  dev = await startDevServer({ port: 0 })
})
afterAll(() => dev?.close())

// One server per basePath and API in a process: each test its own.
const auth = (basePath = `/auth-${Math.random().toString(36).slice(2)}`) =>
  createNextAuth({
    apiURL: dev.url,
    secret: 'test-secret-0123456789-abcdefghijklmnop',
    basePath,
    pages: { afterSignIn: '/account' },
  })

it('the proxy step redirects a signed-out visitor on the browser host, with the path in ?next=', async () => {
  const proxy = auth().proxy(['/account'])
  const request = new NextRequest(`${INTERNAL}/account/billing?tab=2`, {
    headers: { host: '127.0.0.1:4000' },
  })
  const response = await proxy(request)
  expect(response.status).toBe(307)
  expect(response.headers.get('location')).toBe(
    `${PUBLIC}/sign-in?next=${encodeURIComponent('/account/billing?tab=2')}`,
  )
  // A page it does not guard passes, marked private.
  const open = await proxy(new NextRequest(`${INTERNAL}/`, { headers: { host: '127.0.0.1:4000' } }))
  expect(open.headers.get('x-middleware-next')).toBe('1')
  expect(open.headers.get('cache-control')).toBe('private, no-store')
})

it("the route handler takes the browser's own posts: same origin as its Host, not as request.url", async () => {
  const basePath = '/auth-posts'
  const response = await auth(basePath).handlers.POST(
    new Request(`${INTERNAL}${basePath}/otp/send`, {
      method: 'POST',
      headers: {
        host: '127.0.0.1:4000',
        origin: PUBLIC,
        'x-auth-state': '1',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ email: 'demo@example.com' }),
    }),
  )
  expect(response.status).toBe(200)
})
