// The page each browser tab loads: one client on localStorage, its events recorded (no tokens
// are in them), and a protected call every 250 ms whose failures are counted.
import { sessionCookie } from '../src/cookie/index'
import { idleTimeout } from '../src/idle'
import { type AuthClient, createAuthClient, type HealthState, otpMessage } from '../src/index'

declare global {
  interface Window {
    auth: AuthClient
    otpMessage: typeof otpMessage
    log: { name: string; at: number; source?: string; code?: string }[]
    failedCalls: number
    failures: Record<string, number>
    okCalls: number
    /** Every health state this tab showed, in order. */
    health: HealthState[]
  }
}

const params = new URLSearchParams(location.search)
const auth = createAuthClient({
  baseURL: params.get('api')!,
  timeoutMs: Number(params.get('timeout') ?? 15_000),
  // The session cookie, for readSession on the test's side (session-cookie.test.ts).
  cookie: sessionCookie(params.get('cookie') === 'token' ? { token: true } : {}),
  // `?idle=6,3`: an idle timeout of 6 s that warns 3 s before.
  ...(params.get('idle') && {
    idle: idleTimeout({
      timeoutSeconds: Number(params.get('idle')!.split(',')[0]),
      warnSeconds: Number(params.get('idle')!.split(',')[1]),
    }),
  }),
})
window.health = []
auth.$health.subscribe((h) => window.health.push(h))
window.auth = auth
window.otpMessage = otpMessage
window.log = []
window.failedCalls = 0
window.failures = {}
window.okCalls = 0
for (const name of ['login', 'logout', 'refresh', 'expired', 'error'] as const)
  auth.on(name, (payload) =>
    window.log.push({
      name,
      at: Date.now(),
      source: (payload as { source?: string }).source,
      code: (payload as { error?: { code: string } }).error?.code,
    }),
  )
setInterval(() => {
  if (auth.$session.get().status !== 'authenticated') return
  auth.fetch('/network/v1/account').then(
    () => window.okCalls++,
    (error: { code?: string; message?: string }) => {
      window.failedCalls++
      const key = `${error.code}: ${error.message} ${(error as { cause?: Error }).cause?.message}`
      window.failures[key] = (window.failures[key] ?? 0) + 1
    },
  )
}, 250)
