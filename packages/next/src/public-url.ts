/**
 * The URL the browser asked for. Next builds `request.url` from its own hostname (`localhost`
 * under `next start`), not from the request's `Host`; the handler's same-origin check, its
 * cookie's Secure flag and every redirect need the one the browser used. `Host` is the browser's
 * to set (a page of another site cannot make it name this one and send another `Origin`), so the
 * CSRF check stays sound.
 */
export function publicURL(request: Request): URL {
  const url = new URL(request.url)
  const host = request.headers.get('host')
  if (host && /^[A-Za-z0-9.:[\]-]+$/.test(host)) url.host = host
  return url
}

/** `request` with its public URL. */
export function onPublicURL(request: Request): Request {
  const url = publicURL(request)
  if (url.href === request.url) return request
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
  return new Request(url, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? request.body : undefined,
    signal: request.signal,
    // Node's fetch needs it to stream a request body.
    ...(hasBody && { duplex: 'half' }),
  } as RequestInit)
}
