export type {
  TestAuth,
  TestAuthOptions,
  TestIdentity,
  TestInbox,
  TestUser,
} from './create-test-auth'
export { createTestAuth } from './create-test-auth'
export type { TestIdentityApi, TestIdentityApiOptions } from './create-test-identity'
export { createTestIdentityApi } from './create-test-identity'
export type { ScriptedAnswer } from './scripted-answers'
