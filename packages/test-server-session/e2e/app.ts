import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type AuthServer, createAuthServer } from '@auth-state/server'
import { build } from 'esbuild'

/** One request the handler answered, as the test needs to judge it. */
export interface Handled {
  method: string
  path: string
  origin: string | null
  site: string | null
  status: number
  /** The handler's `error.code`, when it answered with one. */
  code: string | undefined
  allowOrigin: string | null
}

export interface ServedApp {
  /** `http://<host>:<port>`, the page's origin. */
  url: string
  auth: AuthServer
  /** Every request under /auth, in order. */
  handled: Handled[]
  close(): Promise<void>
}

let script: Promise<string> | undefined
// The page bundle, built once: the client as an app's bundler would include it.
const pageScript = () => {
  script ??= build({
    entryPoints: [new URL('./page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  }).then((result) => result.outputFiles[0]!.text)
  return script
}

const body = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

/** A plain Node server as the README shows it: the page, and the handler mounted at /auth. */
async function mount(auth: AuthServer, req: IncomingMessage, res: ServerResponse) {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers))
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v)
  const method = req.method ?? 'GET'
  const request = new Request(`http://${req.headers.host}${req.url}`, {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(await body(req)),
  })
  const response = await auth.handle(request)
  const answer = (await response
    .clone()
    .json()
    .catch(() => undefined)) as { error?: { code?: string } } | undefined
  const out: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') out[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) out['set-cookie'] = cookies
  res.writeHead(response.status, out)
  res.end(Buffer.from(await response.arrayBuffer()))
  return { response, code: answer?.error?.code }
}

/**
 * The server-session app: a page on `host` (mapped to loopback in Chromium) whose bundle is the
 * server-session client, and `@auth-state/server`'s handler at /auth over the dev server.
 */
export async function serveApp(options: {
  host: string
  apiURL: string
  secret: string
}): Promise<ServedApp> {
  const auth = createAuthServer({
    apiURL: options.apiURL,
    secret: options.secret,
    proxy: ['/network/v1/'],
  })
  const handled: Handled[] = []
  const js = await pageScript()
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/'
    if (path.startsWith('/auth/')) {
      mount(auth, req, res).then(
        ({ response, code }) =>
          handled.push({
            method: req.method ?? 'GET',
            path,
            origin: req.headers.origin ?? null,
            site: (req.headers['sec-fetch-site'] as string | undefined) ?? null,
            status: response.status,
            code,
            allowOrigin: response.headers.get('access-control-allow-origin'),
          }),
        (error: unknown) => {
          res.writeHead(500).end()
          throw error
        },
      )
      return
    }
    const isScript = path.startsWith('/page.js')
    res.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html' })
    res.end(
      isScript
        ? js
        : '<!doctype html><meta charset="utf-8"><title>app</title><script type="module" src="/page.js"></script>',
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${options.host}:${port}`,
    auth,
    handled,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Another site: a blank page, and nothing else. */
export async function serveBlank(host: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end('<!doctype html><meta charset="utf-8"><title>another site</title><body></body>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
