export type { IdleContext, IdleHandle, IdleTimer } from '../idle-option'
export type { IdleTimeoutOptions } from './idle-timeout'
export { idleTimeout } from './idle-timeout'
