import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { build } from 'esbuild'

/** Bundles e2e/page.ts with esbuild and serves it on a free loopback port. */
export async function servePage(): Promise<{ url: string; close(): Promise<void> }> {
  const result = await build({
    entryPoints: [new URL('./page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  })
  const script = result.outputFiles[0]!.text
  const html =
    '<!doctype html><meta charset="utf-8"><title>tab</title><script type="module" src="/page.js"></script>'
  const server: Server = createServer((req, res) => {
    const isScript = req.url?.startsWith('/page.js')
    res.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html' })
    res.end(isScript ? script : html)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
