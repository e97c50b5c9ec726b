'use client'

export { type GateProps, SessionLoading, SignedIn, SignedOut } from './gates'
export { AuthProvider, type AuthProviderProps, useAuth } from './provider'
export { type UseOtpResult, useOtp } from './use-otp'
export { useHealth } from './use-health'
export { useSession } from './use-session'
