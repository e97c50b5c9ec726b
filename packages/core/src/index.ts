export type {
  AuthFetch,
  AuthFetchOptions,
  AuthFetchRaw,
  AuthFetchRawOptions,
} from './auth-fetch'
export type { AuthClient } from './client'
export { createAuthClient } from './client'
export type { CookieOptions } from './cookie'
export { resendCountdown } from './countdown'
export type { AuthErrorCode, AuthErrorOptions } from './errors'
export { AuthError } from './errors'
export type { AuthEventListener, AuthEventName, AuthEvents } from './events'
export type { EndingReason, HealthState } from './health'
export { sameHealth } from './health'
export type { IdleTimer } from './idle-option'
export type { AuthClientOptions, AuthHeadersContext, OtpOptions } from './options'
export { defaultAuthHeaders } from './options'
export type { OtpState, OtpStep } from './otp'
export { otpMessage } from './otp-message'
export { safeRedirect } from './redirect'
export type { SessionState, SignOutReason } from './session'
export { sameState as sameSession } from './session'
export type { StandardSchemaV1 } from './standard-schema'
export type { StorageAdapter, StorageOption } from './storage'
export { memoryStorage } from './storage'
export { currentTabAuthClient, tabAuthClient } from './tab-client'
export type { TokenTimesState } from './token-times'
export type { QueryValue } from './url'
