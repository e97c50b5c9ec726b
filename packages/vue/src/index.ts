export { authKey, authPlugin, useAuth } from './plugin'
export { type UseOtpResult, useOtp } from './use-otp'
export { useSession } from './use-session'
