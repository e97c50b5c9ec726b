// A client module: the build starts every file with 'use client' (tsup.config.ts).
// `@auth-state/react/server-session`: the hooks and gates of `@auth-state/react`, with a provider
// that takes a client only (a server-session client, or any other). Nothing here reaches the
// direct client (`createAuthClient`), which `<AuthProvider options>` of `@auth-state/react`
// brings: an app that passes `client` pays only for the client it made. Both entries share one
// context, so hooks imported from either work under either provider.
export {
  AuthProvider,
  type ClientAuthProviderProps as AuthProviderProps,
} from './client-provider'
export { useAuth } from './context'
export { type GateProps, SessionLoading, SignedIn, SignedOut } from './gates'
export { useHealth } from './use-health'
export { type UseOtpResult, useOtp } from './use-otp'
export { useSession } from './use-session'
