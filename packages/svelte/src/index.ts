export { getAuthClient, type SetAuthClientOptions, setAuthClient } from './context'
export { type Gates, getGates } from './gates'
export { getOtp, type OtpStores } from './otp'
export { getSession } from './session'
