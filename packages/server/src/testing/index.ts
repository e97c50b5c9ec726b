export type { TestBrowser, TestCookie } from './browser'
export { createTestBrowser } from './browser'
export type { TestServerSession, TestServerSessionOptions } from './create-test-server-session'
export { createTestServerSession } from './create-test-server-session'
