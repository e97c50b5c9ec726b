import { createAuthServer, memoryStore } from '@auth-state/server'
import { type AppInstance, startInstance } from '../../../packages/server/test/instances'
import { noRedis, startRedis } from '../../../packages/server/test/redis-server'
import { server as devServer } from '../lib/dev-server'
import { emit, median, percentile, type Table } from '../lib/report'

// @auth-state/server: what its server-side fetch costs over a bare fetch with the token, and how
// many upstream refreshes a burst of concurrent requests for one due session makes, in one
// process and in two processes sharing Redis. The dev server's refresh grace is 0, so a refresh
// token sent twice would revoke the session and fail the burst.
const CALLS = 2_000
const WARMUP = 200
const BLOCK = 100
const BURST = 100
const ROTATIONS = 5
const ORIGIN = 'http://app.test'
const SECRET = 'bench-secret-0123456789-abcdefghijklmnop'
const EMAIL = 'demo@example.com'
const PATH = '/network/v1/account'
const REFRESH = 'POST /identity/user/refresh-token'

let offset = 0
const now = () => Date.now() + offset
const dev = await devServer({ refreshGraceSeconds: 0, now })

const post = (path: string, body: unknown, cookie = '') =>
  new Request(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: { origin: ORIGIN, 'x-auth-state': '1', 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  })
const cookieOf = (response: Response) => response.headers.getSetCookie()[0]!.split(';')[0]!

// ---- 1. overhead ---------------------------------------------------------------------------
const auth = createAuthServer({ apiURL: dev.url, secret: SECRET, store: memoryStore(), now })
await auth.handle(post('/auth/otp/send', { email: EMAIL }))
const verified = await auth.handle(
  post('/auth/otp/verify', { email: EMAIL, code: dev.latestCode(EMAIL) }),
)
const cookie = cookieOf(verified)
const request = new Request(`${ORIGIN}/account`, { headers: { cookie } })
// The bare fetch gets a token of its own, from a second sign-in straight at the API: the server
// never hands its tokens out.
await fetch(`${dev.url}/identity/user/otp/email`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: EMAIL }),
})
const tokens = await (
  await fetch(`${dev.url}/identity/user/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: dev.latestCode(EMAIL), isOTP: true }),
  })
).json()
const headers = {
  'auth-token': tokens.data.token as string,
  'organization-id': 'org_demo',
  'account-id': 'acc_demo',
}

const runs = {
  'bare fetch with the token': async () => (await fetch(`${dev.url}${PATH}`, { headers })).json(),
  'auth.fetch(request, path)': () => auth.fetch(request, PATH),
}
type Name = keyof typeof runs
const times: Record<Name, number[]> = {
  'bare fetch with the token': [],
  'auth.fetch(request, path)': [],
}
for (let i = 0; i < WARMUP; i++) for (const run of Object.values(runs)) await run()
for (let done = 0; done < CALLS; done += BLOCK) {
  for (const [name, run] of Object.entries(runs) as Array<[Name, () => Promise<unknown>]>) {
    for (let i = 0; i < BLOCK; i++) {
      const started = performance.now()
      await run()
      times[name].push(performance.now() - started)
    }
  }
}
const ms = (n: number) => `${n.toFixed(3)} ms`
const base = median(times['bare fetch with the token'])
const overhead: Table = {
  title: 'server-side fetch overhead over a bare fetch with the token',
  columns: ['caller', 'calls', 'median', 'p90', 'ratio of medians'],
  rows: (Object.keys(runs) as Name[]).map((name) => [
    name,
    String(times[name].length),
    ms(median(times[name])),
    ms(percentile(times[name], 90)),
    `${(median(times[name]) / base).toFixed(2)}×`,
  ]),
  note: `\`GET ${PATH}\` on @auth-state/dev-server over loopback (same process), sequential, ${WARMUP} warm-up calls each, then ${CALLS.toLocaleString('en')} each in alternating blocks of ${BLOCK}. auth.fetch unseals the cookie (JWE, A256GCM), reads the memory store, checks the token's expiry, maps the headers, unwraps the envelope. Informational: nothing asserts on time.`,
}

// ---- 2. refreshes per rotation -------------------------------------------------------------
async function burst(
  send: (i: number) => Promise<boolean>,
): Promise<{ refreshes: number; failed: number }> {
  dev.stats.reset()
  const results = await Promise.all(Array.from({ length: BURST }, (_, i) => send(i)))
  return { refreshes: dev.stats.count(REFRESH), failed: results.filter((ok) => !ok).length }
}
const rows: string[][] = []
const row = (setup: string, per: Array<{ refreshes: number; failed: number }>) => {
  const refreshes = per.reduce((n, r) => n + r.refreshes, 0)
  const failed = per.reduce((n, r) => n + r.failed, 0)
  rows.push([
    setup,
    String(ROTATIONS),
    String(BURST),
    String(refreshes),
    (refreshes / ROTATIONS).toFixed(2),
    String(failed),
    refreshes === ROTATIONS && failed === 0 ? 'ok' : 'OVER',
  ])
}

{
  const per = []
  for (let r = 0; r < ROTATIONS; r++) {
    offset += 301_000
    per.push(
      await burst(() =>
        auth.fetch(request, PATH).then(
          () => true,
          () => false,
        ),
      ),
    )
  }
  row('one process (memory store)', per)
}

if (noRedis) {
  rows.push(['two processes on Redis', '—', '—', 'skipped', '—', '—', noRedis])
} else {
  const redis = await startRedis()
  const config = { apiURL: dev.url, redisURL: redis.url, secret: SECRET, origin: ORIGIN }
  const instances: AppInstance[] = await Promise.all([startInstance(config), startInstance(config)])
  try {
    const [a, b] = instances as [AppInstance, AppInstance]
    const call = (instance: AppInstance, path: string, body?: unknown, jar = '') =>
      fetch(`${instance.url}${path}`, {
        method: body ? 'POST' : 'GET',
        headers: {
          origin: ORIGIN,
          'x-auth-state': '1',
          'content-type': 'application/json',
          cookie: jar,
        },
        body: body ? JSON.stringify(body) : undefined,
      })
    await Promise.all(instances.map((instance) => instance.setClock(offset)))
    await call(a, '/auth/otp/send', { email: EMAIL })
    const shared = cookieOf(
      await call(b, '/auth/otp/verify', { email: EMAIL, code: dev.latestCode(EMAIL) }),
    )
    const per = []
    for (let r = 0; r < ROTATIONS; r++) {
      offset += 301_000
      await Promise.all(instances.map((instance) => instance.setClock(offset)))
      per.push(
        await burst((i) =>
          call(i % 2 ? b : a, '/account', undefined, shared).then((res) => res.ok),
        ),
      )
    }
    row('two processes on one Redis', per)
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()))
    await redis.stop()
  }
}
await dev.close()

emit([
  overhead,
  {
    title: 'refreshes per rotation under concurrent requests for one session',
    columns: [
      'setup',
      'rotations',
      'requests each',
      'refreshes',
      'per rotation',
      'failed',
      'limit 1',
    ],
    rows,
    note: `Before each burst the clocks move past the access token's life (300 s), then ${BURST} concurrent server-side fetches of \`${PATH}\` for one session. Two processes: test/app-process.ts of @auth-state/server twice, sessions in a throwaway redis-server, requests alternating between them. The dev server's refresh grace is 0: a refresh token sent twice would revoke the session, and the burst would fail.`,
  },
])
