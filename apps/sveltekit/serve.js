// `pnpm start`: the production build served over plain http, with nothing in front. adapter-node
// takes the protocol from PROTOCOL_HEADER (behind a TLS proxy, `x-forwarded-proto`) and assumes
// https without one; here every request is http, so say so: the origin checks on POSTs (SvelteKit's
// and the auth handler's) compare against it. Behind a proxy that terminates TLS, run
// `PROTOCOL_HEADER=x-forwarded-proto node build` instead.
import { createServer } from 'node:http'

process.env.PROTOCOL_HEADER = 'x-forwarded-proto'
const { handler } = await import('./build/handler.js')
const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '127.0.0.1'
createServer((req, res) => {
  req.headers['x-forwarded-proto'] = 'http'
  handler(req, res)
}).listen(port, host, () => console.log(`Listening on http://${host}:${port}`))
