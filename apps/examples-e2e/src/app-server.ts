// Starts an example app's production server (its `start` script) on a free loopback port,
// pointed at a dev identity server, and stops it with its whole process group.
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'

export interface AppServer {
  url: string
  /** What the server printed, for the failure message of a test. */
  output(): string
  close(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the app server exited with ${child.exitCode}:\n${output()}`)
    try {
      await fetch(url, { redirect: 'manual' })
      return
    } catch {
      await new Promise((done) => setTimeout(done, 200))
    }
  }
  throw new Error(`the app server did not answer on ${url} within 60 s:\n${output()}`)
}

/**
 * `pnpm start` in `cwd` (the app's folder), which must already hold a production build; or, with
 * `dev`, the framework's dev server (`dev(port)` is its command, run with `pnpm exec`), which is
 * served on `localhost`: dev servers refuse their hot-reload resources to other hosts. Every
 * framework's way to name the API URL is set: Next.js and SvelteKit (src/env.ts) read
 * AUTH_API_URL, Nuxt its runtime config's NUXT_PUBLIC_AUTH_API_URL; and AUTH_SECRET, the
 * server sessions' cookie secret.
 */
export async function startApp(
  cwd: string,
  apiURL: string,
  options: { dev?: (port: number) => string[] } = {},
): Promise<AppServer> {
  const port = await freePort()
  const url = `http://${options.dev ? 'localhost' : '127.0.0.1'}:${port}`
  let printed = ''
  const command = options.dev ? ['exec', ...options.dev(port)] : ['--silent', 'start']
  const child = spawn('pnpm', command, {
    cwd,
    detached: true, // its own process group, so close() also ends node under pnpm and bash
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: options.dev ? 'development' : 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      HOSTNAME: '127.0.0.1',
      ORIGIN: url,
      AUTH_API_URL: apiURL,
      // The server-session cookie's secret, one per run (>= 32 characters).
      AUTH_SECRET: randomBytes(32).toString('base64'),
      NUXT_PUBLIC_AUTH_API_URL: apiURL,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  })
  child.stdout?.on('data', (chunk) => {
    printed += chunk
  })
  child.stderr?.on('data', (chunk) => {
    printed += chunk
  })
  const output = () => printed
  const close = async () => {
    if (child.exitCode !== null || child.pid === undefined) return
    const exited = new Promise((done) => child.once('exit', done))
    process.kill(-child.pid, 'SIGTERM')
    await exited
  }
  try {
    await waitUntilUp(url, child, output)
  } catch (error) {
    await close()
    throw error
  }
  return { url, output, close }
}
