/** The bucket every request shares when the client's address cannot be known. */
export const ANY_ADDRESS = '*'

const PROXY_HEADERS = ['cf-connecting-ip', 'x-real-ip', 'fly-client-ip'] as const

/**
 * The client's address from the headers a reverse proxy sets: trusted only when the app says a
 * proxy it controls sets them (`trustProxy`), else any caller could pick its own bucket.
 */
export function proxiedAddress(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')
  const first = forwarded?.split(',')[0]?.trim()
  if (first) return first.slice(0, 64)
  for (const name of PROXY_HEADERS) {
    const value = request.headers.get(name)?.trim()
    if (value) return value.slice(0, 64)
  }
  return ANY_ADDRESS
}
