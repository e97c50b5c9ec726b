import { loadSession } from '@auth-state/sveltekit'

export const load = loadSession({ guard: ['/account', '/settings'] })
