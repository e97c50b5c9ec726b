import { memoryStorage } from '@auth-state/core'
import { client, server as devServer, signIn } from '../lib/dev-server'
import { emit, verdict } from '../lib/report'

// 100 app calls at once, each answered 401 because the server's clock has passed the token's
// expiry while the client's has not: how many refresh requests reach the server?
const CALLS = 100
const REFRESH = 'POST /identity/user/refresh-token'
const ACCOUNT = 'GET /network/v1/account'

async function storm(tabs: number) {
  const server = await devServer()
  const storage = memoryStorage()
  const clients = Array.from({ length: tabs }, () =>
    client(server, { storage, crossTab: tabs > 1 }),
  )
  try {
    await signIn(clients[0]!, server)
    for (const c of clients) await c.ready
    server.clock.offsetSeconds = 301 // the 300 s token is now expired, for the server only
    server.stats.reset()
    const results = await Promise.allSettled(
      Array.from({ length: CALLS }, (_, i) => clients[i % tabs]!.fetch('/network/v1/account')),
    )
    return {
      refreshes: server.stats.count(REFRESH),
      ok: results.filter((r) => r.status === 'fulfilled').length,
      calls: server.stats.count(ACCOUNT),
    }
  } finally {
    for (const c of clients) c.destroy()
    await server.close()
  }
}

const rows: string[][] = []
for (const tabs of [1, 3]) {
  const r = await storm(tabs)
  rows.push([
    tabs === 1
      ? `${CALLS} concurrent 401s, one client`
      : `${CALLS} concurrent 401s over ${tabs} tabs sharing storage (crossTab)`,
    String(r.refreshes),
    `1 (${verdict(r.refreshes, 1)})`,
    `${r.ok}/${CALLS}`,
    String(r.calls),
  ])
}
emit([
  {
    title: 'Refresh requests caused by concurrent 401s',
    columns: [
      'scenario',
      'refresh requests',
      'limit',
      'calls that succeeded',
      'GET /network/v1/account requests',
    ],
    rows,
    note: `Against @auth-state/dev-server on loopback. After sign-in the server's clock is moved 301 s ahead, so it answers every call with 401 while the client still thinks its 300 s token is fresh; then ${CALLS} \`client.fetch('/network/v1/account')\` calls start at once. Each 401 waits for one shared refresh and replays once, so the server sees ${CALLS} 401s, the refreshes, and ${CALLS} replays. The tabs are clients in one process on one memory storage, talking over Node's BroadcastChannel, with the storage lease as the lock (Node 20 has no Web Locks).`,
  },
])
