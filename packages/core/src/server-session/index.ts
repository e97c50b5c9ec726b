export type {
  AuthFetch,
  AuthFetchOptions,
  AuthFetchRaw,
  AuthFetchRawOptions,
} from '../auth-fetch'
export type { AuthClient } from '../client'
export type { AuthErrorCode, AuthErrorOptions } from '../errors'
export { AuthError } from '../errors'
export type { AuthEventListener, AuthEventName, AuthEvents } from '../events'
export type { OtpOptions } from '../options'
export type { OtpState, OtpStep } from '../otp'
export type { SessionState, SignOutReason } from '../session'
export type { StorageAdapter, StorageOption } from '../storage'
export type { TokenTimesState } from '../token-times'
export { createServerSessionClient } from './client'
export { CSRF_HEADER } from './endpoint'
export type { PostedSignIn } from './form-flow'
export { shownOtp } from './form-flow'
export type { ServerSessionOptions } from './options'
export { whenSettled } from './settled'
export type { SessionEndReason, SessionView } from './view'
export { sessionStateOf } from './view'
