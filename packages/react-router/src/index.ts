// `@auth-state/react-router`: the browser side (components, hooks, clientLoaders). Server code
// (loaders, the /auth route) is in `@auth-state/react-router/server`.
export { authClient } from './auth-client'
export { Guarded } from './guarded'
export { AuthProvider, type AuthProviderProps } from './provider'
export { type UseSignInFormResult, useSignInForm } from './use-sign-in-form'
