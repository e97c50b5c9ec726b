import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const SCRIPT = fileURLToPath(new URL('./app-process.ts', import.meta.url))
const PACKAGE = fileURLToPath(new URL('..', import.meta.url))

export interface AppInstance {
  url: string
  /** Moves this instance's clock to Date.now() + offsetMs. */
  setClock(offsetMs: number): Promise<void>
  stop(): Promise<void>
}

/** Starts test/app-process.ts in a child process; resolves once it listens. */
export function startInstance(config: {
  apiURL: string
  redisURL: string
  secret: string
  origin: string
}): Promise<AppInstance> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', SCRIPT, JSON.stringify(config)],
    {
      cwd: PACKAGE,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let stderr = ''
  child.stderr!.on('data', (chunk) => {
    stderr += chunk
  })
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`app process did not start: ${stderr.slice(-500)}`))
    }, 30_000)
    child.stdout!.on('data', (chunk) => {
      out += chunk
      const line = out.split('\n').find((l) => l.startsWith('{"port"'))
      if (!line) return
      clearTimeout(timer)
      const { port } = JSON.parse(line) as { port: number }
      const url = `http://127.0.0.1:${port}`
      resolve({
        url,
        async setClock(offsetMs) {
          await fetch(`${url}/__clock?offset=${offsetMs}`, { method: 'POST' })
        },
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGTERM')
          }),
      })
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`app process exited (${code}): ${stderr.slice(-500)}`))
    })
  })
}
