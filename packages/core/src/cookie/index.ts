export type { CookieOptions, SessionCookie } from '../cookie'
export { sessionCookie } from './session-cookie'
