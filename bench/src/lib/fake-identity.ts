/**
 * The identity API as an in-process `fetch`, for runs of tens of thousands of cycles that
 * loopback HTTP would make slow. It keeps no state that grows with use (no token registry), so
 * that heap growth measured around it is the client's own.
 */
export function fakeIdentity() {
  let serial = 0
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const header = b64({ alg: 'HS256', typ: 'JWT' })
  const pair = () => {
    const iat = Math.floor(Date.now() / 1000)
    const n = ++serial
    return {
      token: `${header}.${b64({ sub: 'acc_1', iat, exp: iat + 300, n })}.${b64(n)}signature`,
      refreshToken: `rt_${n.toString(36).padStart(8, '0')}_opaque_refresh_token_value`,
    }
  }
  const reply = (data: unknown, status = 200) =>
    new Response(JSON.stringify({ status: status < 400, data, message: 'OK' }), {
      status,
      headers: { 'content-type': 'application/json' },
    })
  let rejectNextApp = false
  let hold: Promise<void> | undefined
  const fetch = async (input: RequestInfo | URL): Promise<Response> => {
    if (hold) await hold
    const path = new URL(String(input)).pathname
    switch (path) {
      case '/identity/user/email/check-availability':
        return reply({ isAvailableEmail: false })
      case '/identity/user/otp/email':
        return reply({})
      case '/identity/user/login':
        return reply({ ...pair(), organizationId: 'org_1', accountId: 'acc_1' })
      case '/identity/user/refresh-token':
        return reply(pair())
      case '/identity/user/logout':
        return reply({})
      default:
        if (rejectNextApp) {
          rejectNextApp = false
          return reply({}, 401)
        }
        return reply({ ok: true })
    }
  }
  return {
    fetch: fetch as typeof globalThis.fetch,
    /** The next app call answers 401 (for the refresh-and-replay path). */
    rejectNextApp: () => {
      rejectNextApp = true
    },
    /** Holds every call until the returned function is called. */
    hold(): () => void {
      let release = () => {}
      hold = new Promise<void>((resolve) => {
        release = () => {
          hold = undefined
          resolve()
        }
      })
      return release
    },
  }
}
