import { sessionStateOf } from '@auth-state/core/server-session'

/**
 * The verified session as the page's `SessionState`: who and where, never a time or a token, so
 * the loader data a route sends to the browser holds what the header shows and nothing more.
 * Core's `sessionStateOf`, under the name this package has exported since its first release.
 */
export const sessionState = sessionStateOf
