import { type AuthClient, type AuthClientOptions, createAuthClient } from '@auth-state/core'
import { type DevServer, type DevServerOptions, startDevServer } from '@auth-state/dev-server'

export const EMAIL = 'demo@example.com'

/** A dev server on loopback, with the OTP throttle off so that runs can sign in at will. */
export function server(options: DevServerOptions = {}): Promise<DevServer> {
  return startDevServer({
    port: 0,
    otp: { cooldownSeconds: 0, maxSendsPerMinute: 1_000_000 },
    ...options,
  })
}

export function client(server: DevServer, options: Partial<AuthClientOptions> = {}): AuthClient {
  return createAuthClient({
    baseURL: server.url,
    storage: 'memory',
    crossTab: false,
    otp: { resendCooldownSeconds: 0, maxSendsPerMinute: 1_000_000 },
    ...options,
  })
}

/** Signs in through the real OTP endpoints, with the code from the dev inbox. */
export async function signIn(auth: AuthClient, server: DevServer, email = EMAIL): Promise<void> {
  await auth.sendOtp(email)
  await auth.verifyOtp(server.inbox.latest(email)!)
}
