import { type AccessClaims, type AccessTokenCodec, accessClaims, isExpired } from './access-tokens'
import { type Envelope, failure, success } from './envelope'
import { OtpCodes } from './otp-codes'
import { isWirePath, METHODS, PATHS } from './paths'
import { parseJsonObject, requireEmail, requireString, tooLarge } from './request-body'
import { DEFAULT_RULES, type WireEnvironment, type WireRules } from './rules'
import { type SessionFamily, TokenFamilies } from './token-families'
import { DEFAULT_USERS, type ResolvedUser, UserDirectory, type WireUser } from './users'
import { WireError } from './wire-error'

/** A request as any server of the contract received it. */
export interface WireRequest {
  method: string
  /** The path below the base URL, without the query string. */
  path: string
  /** A request header by lower-case name. */
  header(name: string): string | undefined
  body: string
}

export interface WireResponse {
  status: number
  body: Envelope
  headers: Record<string, string>
}

export interface SentCode {
  email: string
  code: string
  /** Server time in ms. */
  sentAt: number
}

/** A send the API refused, and why: no code went out. */
export interface RefusedSend {
  email: string
  /** `cooldown`: too soon after the last send; `cap`: too many sends in the window; `unknown-email`: nobody registered. */
  reason: 'cooldown' | 'cap' | 'unknown-email'
  /** For `cooldown` and `cap`: when a send would be accepted. */
  retryAfterSeconds?: number
  /** Server time in ms. */
  at: number
}

export interface IdentityApiOptions {
  rules?: Partial<WireRules>
  users?: ReadonlyArray<string | WireUser>
  env: WireEnvironment
  tokens: AccessTokenCodec
  /** Called with each code as it is "delivered". */
  onCode?: (sent: SentCode) => void
  /** Called with every credential as it is minted (leak guards, log scrubbing). */
  onIssue?: (secret: string) => void
  /** Called with every send it refused (a dev inbox shows why no code came). */
  onRefusedSend?: (refused: RefusedSend) => void
}

export interface TokenPair {
  token: string
  refreshToken: string
}

export interface IdentityApi {
  readonly rules: Readonly<WireRules>
  readonly users: UserDirectory
  readonly families: TokenFamilies
  readonly codes: OtpCodes
  /** Answers one request. Never rejects: every failure is an envelope. */
  handle(request: WireRequest): Promise<WireResponse>
  /**
   * Opens a session for a registered user without a code, as a login would. Synchronous when
   * the token codec is, so a test can start signed in before anything else runs.
   */
  openSession(user: ResolvedUser): TokenPair | Promise<TokenPair>
}

const INVALID_CODE = 'Invalid or expired code'
const REJECTIONS = {
  invalid: 'Invalid auth token',
  expired: 'Auth token expired',
  revoked: 'Session has been revoked',
} as const

/**
 * The identity API's behaviour, defined once over an injected clock, randomness and token codec:
 * availability, OTP send, login, refresh with rotation and reuse detection, logout, and the two
 * sample protected routes.
 */
export function createIdentityApi(options: IdentityApiOptions): IdentityApi {
  // An option given as undefined keeps its default rather than erasing it.
  const given = Object.entries(options.rules ?? {}).filter(([, value]) => value !== undefined)
  const rules: WireRules = { ...DEFAULT_RULES, ...Object.fromEntries(given) }
  const { env, tokens } = options
  const onIssue = options.onIssue ?? (() => {})
  const users = new UserDirectory(options.users ?? DEFAULT_USERS)
  const codes = new OtpCodes(rules, env)
  // The latest pair of each family: a replay inside the grace gets exactly this pair back.
  const latestPair = new Map<string, TokenPair | Promise<TokenPair>>()
  const families = new TokenFamilies({
    graceSeconds: rules.refreshGraceSeconds,
    refreshTtlSeconds: rules.refreshTtlSeconds,
    accessTtlSeconds: rules.tokenTtlSeconds,
    env,
    onIssue,
    onDrop: (sessionId) => latestPair.delete(sessionId),
  })

  function sign(session: SessionFamily, refreshToken: string): TokenPair | Promise<TokenPair> {
    const claims = accessClaims(session, env.now(), rules.tokenTtlSeconds, env.random)
    const pair = (token: string) => {
      onIssue(token)
      return { token, refreshToken }
    }
    const token = tokens.sign(claims)
    const result = typeof token === 'string' ? pair(token) : token.then(pair)
    latestPair.set(session.id, result)
    return result
  }

  function openSession(user: ResolvedUser): TokenPair | Promise<TokenPair> {
    const { session, refreshToken } = families.open(user)
    return sign(session, refreshToken)
  }

  function readAccessToken(request: WireRequest): string | undefined {
    const direct = request.header('auth-token')?.trim()
    if (direct) return direct
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.header('authorization') ?? '')
    return match?.[1]
  }

  async function authenticate(request: WireRequest) {
    const token = readAccessToken(request)
    if (!token) throw new WireError(401, 'Missing auth token (auth-token or Authorization: Bearer)')
    const claims: AccessClaims | null = await tokens.read(token)
    if (!claims) throw new WireError(401, REJECTIONS.invalid)
    if (isExpired(claims, env.now())) throw new WireError(401, REJECTIONS.expired)
    const session = families.get(claims.sid)
    if (!session) throw new WireError(401, REJECTIONS.invalid)
    if (session.revoked) throw new WireError(401, REJECTIONS.revoked)
    const user = users.find(claims.email)
    if (!user) throw new WireError(401, REJECTIONS.invalid)
    const organizationId = (
      request.header('organization-id') ?? request.header('x-organization-id')
    )?.trim()
    if (!organizationId) {
      throw new WireError(400, 'Missing organization-id (or X-Organization-ID) header')
    }
    const organization = user.organizations.find((org) => org.id === organizationId)
    if (!organization) throw new WireError(403, 'Not a member of this organization')
    return { user, organization }
  }

  const routes: Record<string, (request: WireRequest) => Promise<Envelope>> = {
    async [PATHS.checkAvailability](request) {
      const email = requireEmail(parseJsonObject(request.body))
      return success({ isAvailableEmail: users.find(email) === undefined })
    },

    async [PATHS.sendOtp](request) {
      const email = requireEmail(parseJsonObject(request.body))
      // Deliberately vague: the vendor's own guidance is not to reveal who is registered.
      if (!users.find(email)) {
        options.onRefusedSend?.({ email, reason: 'unknown-email', at: env.now() })
        throw new WireError(400, 'Unable to send a code to this email')
      }
      const sent = codes.send(email)
      if (!sent.ok) {
        const { reason, retryAfterSeconds } = sent
        options.onRefusedSend?.({ email, reason, retryAfterSeconds, at: env.now() })
        throw new WireError(
          429,
          `Too many codes requested; try again in ${sent.retryAfterSeconds} s`,
          { 'Retry-After': String(sent.retryAfterSeconds) },
        )
      }
      onIssue(sent.code)
      options.onCode?.({ email, code: sent.code, sentAt: env.now() })
      return success({ email }, 'Code sent')
    },

    async [PATHS.login](request) {
      const body = parseJsonObject(request.body)
      const email = requireEmail(body)
      const code = requireString(body, 'password')
      if (body.isOTP !== true) {
        throw new WireError(400, 'isOTP must be true: only one-time-code login is supported')
      }
      const user = users.find(email)
      // Unknown email and wrong code answer alike, so login cannot probe for accounts.
      if (!user || !codes.verify(user.email, code)) throw new WireError(401, INVALID_CODE)
      const pair = await openSession(user)
      return success(
        {
          ...pair,
          organizationId: user.organizationId,
          accountId: user.accountId,
          user: { email: user.email, name: user.name },
        },
        'Logged in',
      )
    },

    async [PATHS.refreshToken](request) {
      const refreshToken = requireString(parseJsonObject(request.body), 'refreshToken')
      const result = families.rotate(refreshToken)
      if (!result.ok) {
        throw new WireError(
          401,
          result.reason === 'reused'
            ? 'Refresh token reuse detected; the session has been revoked'
            : result.reason === 'expired'
              ? 'Refresh token expired; sign in again'
              : 'Invalid or revoked refresh token',
        )
      }
      const { session } = result
      const replayed = result.replay ? latestPair.get(session.id) : undefined
      const pair = await (replayed ?? sign(session, result.refreshToken))
      return success({ ...pair }, 'Token refreshed')
    },

    // Always 200: the client clears its state whatever happens, so there is nothing to report.
    async [PATHS.logout](request) {
      const token = readAccessToken(request)
      // Even an expired token names the session it belongs to.
      const claims = token ? await tokens.read(token) : null
      if (claims) families.revoke(claims.sid)
      return success({}, 'Logged out')
    },

    async [PATHS.account](request) {
      const { user, organization } = await authenticate(request)
      return success({
        email: user.email,
        organizationId: organization.id,
        accountId: user.accountId,
        organizationName: organization.name,
      })
    },

    async [PATHS.organizations](request) {
      const { user } = await authenticate(request)
      return success({ organizations: user.organizations.map((org) => ({ ...org })) })
    },
  }

  async function handle(request: WireRequest): Promise<WireResponse> {
    const { method, path } = request
    try {
      if (!isWirePath(path)) throw new WireError(404, `No route for ${method} ${path}`)
      const allowed = METHODS[path]
      if (method !== allowed) {
        const allow = `${allowed}, OPTIONS`
        throw new WireError(405, `Method ${method} is not allowed here; use ${allow}`, {
          Allow: allow,
        })
      }
      if (request.body.length > rules.maxBodyBytes) throw tooLarge(rules.maxBodyBytes)
      const body = await routes[path]!(request)
      return { status: 200, body, headers: {} }
    } catch (error) {
      if (error instanceof WireError) {
        return { status: error.status, body: failure(error.message), headers: error.headers }
      }
      return { status: 500, body: failure('Internal server error'), headers: {} }
    }
  }

  return { rules, users, families, codes, handle, openSession }
}
