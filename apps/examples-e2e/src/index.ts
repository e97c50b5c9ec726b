export type { AppServer } from './app-server'
export { startApp } from './app-server'
export { testExampleApp } from './suite'
