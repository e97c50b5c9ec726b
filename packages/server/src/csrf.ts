/** The static header the browser client sends: a cross-site page cannot send it without CORS. */
export const CSRF_HEADER = 'x-auth-state'

/**
 * Why a state-changing request is refused, or `null` when it may run. It must carry
 * `x-auth-state: 1` (a custom header forces a CORS preflight, which the handler never answers
 * with a yes, RFC 10017 › BFF › CSRF) and come from the app's own origin: a same-origin `Origin`,
 * or `Sec-Fetch-Site: same-origin` where a browser sent no `Origin`.
 */
export function csrfRefusal(request: Request, origins: readonly string[]): string | null {
  if (request.headers.get(CSRF_HEADER) !== '1') return `missing the ${CSRF_HEADER}: 1 header`
  const origin = request.headers.get('origin')
  if (origin !== null) return origins.includes(origin) ? null : 'cross-origin request'
  return request.headers.get('sec-fetch-site') === 'same-origin' ? null : 'no same-origin proof'
}
