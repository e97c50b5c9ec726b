export { SessionLoading, SignedIn, SignedOut } from './gates'
export {
  type AuthGuardOptions,
  type AuthGuardResult,
  createAuthGuard,
  type GuardedRoute,
} from './guard'
export { type AuthPluginOptions, authKey, authPlugin, useAuth } from './plugin'
export { useHealth } from './use-health'
export { type UseOtpResult, useOtp } from './use-otp'
export { useSession } from './use-session'
