import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import react from '@vitejs/plugin-react'
import vue from '@vitejs/plugin-vue'
import { defineConfig, type Plugin } from 'vite'

/**
 * `vite` (and so `pnpm dev` at the root) also starts @auth-state/dev-server on 8787, with 30 s
 * tokens so refreshes are visible. The page finds it at http://127.0.0.1:8787 unless `?api=`
 * says otherwise (src/shared/config.ts).
 */
function authDevServer(options = { port: 8787, tokenTtlSeconds: 30 }): Plugin {
  return {
    name: 'auth-state-dev-server',
    apply: 'serve',
    async configureServer(server) {
      const log = server.config.logger
      try {
        const { startDevServer } = await importDevServer()
        const devServer = await startDevServer({
          ...options,
          onCode: ({ email, code }) => log.info(`[dev inbox] code for ${email}: ${code}`),
        })
        log.info(
          `  auth-state dev server: ${devServer.url} (tokens live ${options.tokenTtlSeconds} s; codes in the page's dev inbox)`,
        )
        server.httpServer?.once('close', () => void devServer.close())
      } catch (error) {
        const inUse = (error as { code?: string }).code === 'EADDRINUSE'
        log.error(
          inUse
            ? `  auth-state dev server: port ${options.port} is in use (another dev server running?); the page will use that one`
            : `  auth-state dev server did not start: ${(error as Error).message}`,
        )
      }
    },
  }
}

type DevServerModule = typeof import('@auth-state/dev-server')

// Under `pnpm dev`, turbo starts Vite next to `tsup --watch` in packages/dev-server, whose first
// build empties and rewrites dist/ just as this runs: a load can fail or see an empty file. Each
// attempt loads the entry under a fresh URL (Node caches modules by URL) until it is complete.
async function importDevServer(): Promise<DevServerModule> {
  const require = createRequire(import.meta.url)
  const manifest = require.resolve('@auth-state/dev-server/package.json')
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8'))
  const entry = pathToFileURL(join(dirname(manifest), exports['.'].import.default)).href
  for (let attempt = 1; ; attempt++) {
    let failure: unknown
    try {
      const module: DevServerModule = await import(`${entry}?attempt=${attempt}`)
      if (typeof module.startDevServer === 'function') return module
    } catch (error) {
      failure = error
    }
    if (attempt === 40) throw failure ?? new Error(`${entry} has no startDevServer export`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

export default defineConfig({
  plugins: [react(), vue(), svelte(), authDevServer()],
  // Under turbo the output of every package's dev task shares one terminal: do not wipe it.
  clearScreen: false,
  server: { port: 5173 },
  preview: { port: 4173 },
})
