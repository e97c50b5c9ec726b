// `@auth-state/sveltekit`: server sessions in SvelteKit (server side; the browser's is ./client).
export type { SessionView } from '@auth-state/server'
export { handleAuth } from './handle'
export { type LoadSessionOptions, loadSession, type SessionLoadEvent } from './load-session'
export type { AuthLocals } from './locals'
