// `@auth-state/react-router/server`: server only (loaders, actions, the /auth resource route).
export type { AuthRoutes, AuthRoutesOptions, RequestArgs } from './auth-routes'
export { createAuthRoutes } from './auth-routes'
export { sessionState } from './session-state'
