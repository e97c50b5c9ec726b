export type {
  TestAuth,
  TestAuthOptions,
  TestIdentity,
  TestInbox,
  TestUser,
} from './create-test-auth'
export { createTestAuth } from './create-test-auth'
export type { ScriptedAnswer } from './scripted-answers'
