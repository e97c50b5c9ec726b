import { type AuthClient, createAuthClient } from '@auth-state/core'
import { type DevServer, startDevServer } from '@auth-state/dev-server'

export interface TestAuth {
  server: DevServer
  auth: AuthClient
  /** Signs in through the real OTP endpoints, reading the code from the dev inbox. */
  signIn(email?: string): Promise<void>
  close(): Promise<void>
}

/** A real client against a real identity server on loopback: no mocked store, no mocked fetch. */
export async function startAuth(): Promise<TestAuth> {
  const server = await startDevServer({ port: 0 })
  const auth = createAuthClient({ baseURL: server.url, storage: 'memory', crossTab: false })
  return {
    server,
    auth,
    async signIn(email = 'demo@example.com') {
      await auth.sendOtp(email)
      await auth.verifyOtp(server.inbox.latest(email) ?? '')
    },
    async close() {
      auth.destroy()
      await server.close()
    },
  }
}

/**
 * Runs `render` with a `window` that records every read (with its stack) instead of existing,
 * then removes it: what server rendering must never touch.
 */
export async function withoutWindow<T>(render: () => T | Promise<T>) {
  const touched: string[] = []
  Object.defineProperty(globalThis, 'window', {
    configurable: true,
    get: () => void touched.push(new Error().stack ?? 'window'),
  })
  try {
    return { result: await render(), touched }
  } finally {
    Reflect.deleteProperty(globalThis, 'window')
  }
}
