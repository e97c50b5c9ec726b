/**
 * Every path of the identity API, relative to its base URL. The first five are the vendor's
 * identity calls (refresh is this project's assumption, see identity-api.md); the last two are
 * the sample protected routes the dev server and the testing kit serve in place of an app's API.
 */
export const PATHS = {
  checkAvailability: '/identity/user/email/check-availability',
  sendOtp: '/identity/user/otp/email',
  login: '/identity/user/login',
  refreshToken: '/identity/user/refresh-token',
  logout: '/identity/user/logout',
  account: '/network/v1/account',
  organizations: '/network/v1/organizations',
} as const

export type WirePath = (typeof PATHS)[keyof typeof PATHS]

/** The method each path answers; anything else is a 405. */
export const METHODS: Readonly<Record<WirePath, 'GET' | 'POST'>> = {
  [PATHS.checkAvailability]: 'POST',
  [PATHS.sendOtp]: 'POST',
  [PATHS.login]: 'POST',
  [PATHS.refreshToken]: 'POST',
  [PATHS.logout]: 'POST',
  [PATHS.account]: 'GET',
  [PATHS.organizations]: 'GET',
}

export function isWirePath(path: string): path is WirePath {
  return Object.hasOwn(METHODS, path)
}
