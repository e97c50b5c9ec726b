export { getAuthClient, setAuthClient } from './context'
export { getOtp, type OtpStores } from './otp'
export { getSession } from './session'
