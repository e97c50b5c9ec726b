// One app instance in a process of its own, for the multi-instance tests and the bench:
// `node --import tsx test/app-process.ts '<json config>'` serves the handler on a loopback port,
// with its sessions in Redis, and prints `{"port":N}` once listening.
//   GET  /account     auth.fetch(request, '/network/v1/account'), as a server render would
//   POST /__clock?offset=ms   moves this instance's clock (tests only)
//   everything else   auth.handle(request)
import { createAdaptorServer } from '@hono/node-server'
import Redis from 'ioredis'
import { type AuthError, createAuthServer } from '../src/index'
import { redisStore } from '../src/redis'

const config = JSON.parse(process.argv[2] ?? '{}') as {
  apiURL: string
  redisURL: string
  secret: string
  origin: string
}
let offset = 0
const client = new Redis(config.redisURL)
const auth = createAuthServer({
  apiURL: config.apiURL,
  secret: config.secret,
  proxy: ['/network/v1/'],
  origins: [config.origin],
  store: redisStore({ client }),
  now: () => Date.now() + offset,
})

const server = createAdaptorServer({
  overrideGlobalObjects: false,
  async fetch(request: Request) {
    const url = new URL(request.url)
    if (url.pathname === '/__clock') {
      offset = Number(url.searchParams.get('offset'))
      return new Response('ok')
    }
    if (url.pathname === '/account') {
      try {
        return Response.json(await auth.fetch(request, '/network/v1/account'))
      } catch (error) {
        return Response.json({ code: (error as AuthError).code }, { status: 500 })
      }
    }
    return auth.handle(request)
  },
})
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as { port: number }
  process.stdout.write(`${JSON.stringify({ port })}\n`)
})
const stop = () => {
  server.close()
  client.disconnect()
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
