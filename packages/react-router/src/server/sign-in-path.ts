/**
 * `/sign-in?next=<the request's path and query>`: where a guard sends a visitor with no session,
 * so that signing in brings them back.
 */
export function signInPath(signIn: string, url: URL): string {
  return `${signIn}?next=${encodeURIComponent(url.pathname + url.search)}`
}
