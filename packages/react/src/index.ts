// A client module: the build starts every file with 'use client' (tsup.config.ts).
export { type GateProps, SessionLoading, SignedIn, SignedOut } from './gates'
export { AuthProvider, type AuthProviderProps, useAuth } from './provider'
export { useHealth } from './use-health'
export { type UseOtpResult, useOtp } from './use-otp'
export { useSession } from './use-session'
