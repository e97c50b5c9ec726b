export type { AccessClaims, AccessTokenCodec } from './access-tokens'
export { accessClaims, isExpired } from './access-tokens'
export { isEmail, normalizeEmail } from './email'
export type { Envelope } from './envelope'
export { failure, success } from './envelope'
export type {
  IdentityApi,
  IdentityApiOptions,
  RefusedSend,
  SentCode,
  TokenPair,
  WireRequest,
  WireResponse,
} from './identity-api'
export { createIdentityApi } from './identity-api'
export type { SendResult } from './otp-codes'
export { OtpCodes } from './otp-codes'
export type { WirePath } from './paths'
export { isWirePath, METHODS, PATHS } from './paths'
export type { JsonObject } from './request-body'
export { parseJsonObject, requireEmail, requireString, tooLarge } from './request-body'
export type { WireEnvironment, WireRules } from './rules'
export { DEFAULT_RULES, randomSecret } from './rules'
export type { RotateResult, SessionFamily, SessionSubject } from './token-families'
export { FAMILY_LIMITS, TokenFamilies } from './token-families'
export type { ResolvedUser, WireOrganization, WireUser } from './users'
export { DEFAULT_USERS, resolveUser, UserDirectory } from './users'
export { WireError } from './wire-error'
