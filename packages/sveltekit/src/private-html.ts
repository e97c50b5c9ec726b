/**
 * A response rendered for a signed-in user must not be kept by a shared cache (a CDN, a proxy)
 * nor by the browser's back/forward and disk caches, where the next person on the device could
 * read it. Pages and their `__data.json` alike: both carry the session.
 */
export function noStore(response: Response): Response {
  try {
    response.headers.set('cache-control', 'private, no-store')
    return response
  } catch {
    // A response with immutable headers (one passed through from `fetch`): copy it.
    const copy = new Response(response.body, response)
    copy.headers.set('cache-control', 'private, no-store')
    return copy
  }
}
