// Where the playground finds the dev identity server, read once from the page's URL.
//
//   ?api=http://127.0.0.1:PORT  the dev server's URL (the e2e tests start one on a free port)
//   ?cooldown=SECONDS           the resend cooldown, for tests (match the dev server's own)
//
// Without `?api=` it is the server `pnpm dev` starts: http://127.0.0.1:8787. Only loopback
// addresses are accepted, so a crafted link cannot point the playground at someone else's host.

export const DEFAULT_API_URL = 'http://127.0.0.1:8787'

const params = new URLSearchParams(location.search)

function loopbackURL(value: string | null): string | null {
  if (!value) return null
  try {
    const url = new URL(value)
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
    return loopback && (url.protocol === 'http:' || url.protocol === 'https:')
      ? url.origin + url.pathname.replace(/\/$/, '')
      : null
  } catch {
    return null
  }
}

/** The dev server's base URL, the `baseURL` of the one auth client. */
export const apiURL = loopbackURL(params.get('api')) ?? DEFAULT_API_URL

const cooldown = Number(params.get('cooldown') ?? Number.NaN)
/** `?cooldown=` as seconds, or undefined for core's default (30 s, like the dev server's). */
export const resendCooldownSeconds =
  Number.isFinite(cooldown) && cooldown >= 0 ? cooldown : undefined

const idle = Number(params.get('idle') ?? Number.NaN)
/** `?idle=SECONDS`: the idle timeout, for trying the warning quickly. Default 15 min. */
export const idleTimeoutSeconds = Number.isFinite(idle) && idle >= 2 ? idle : 15 * 60
