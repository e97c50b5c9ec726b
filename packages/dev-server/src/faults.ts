export interface Fault {
  /** A path like '/identity/user/refresh-token', optionally prefixed by a method: 'POST /…'. */
  route: string
  /** Answer with this HTTP status and a `status:false` envelope. */
  status?: number
  /** Wait this long first; on its own, the request then proceeds normally. */
  delayMs?: number
  /** How many matching requests to hit. Default 1; `Infinity` or -1 = until cleared. */
  times?: number
  /** Destroy the socket without a response. */
  drop?: boolean
  /** HTTP 200 (or `status`) with a body that is not JSON. */
  malformed?: boolean
  /** HTTP 200 (or `status`) with `{ status: false, ... }`. */
  statusFalse?: boolean
  /** Seconds, sent as Retry-After. Without `status` it implies 429. */
  retryAfter?: number
}

const KNOWN_KEYS = new Set([
  'route',
  'status',
  'delayMs',
  'times',
  'drop',
  'malformed',
  'statusFalse',
  'retryAfter',
])
const ROUTE = /^(?:(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) +)?(\/\S*)$/i
const MAX_DELAY_MS = 120_000
// Statuses that cannot carry the body a fault response has.
const BODYLESS = new Set([204, 205, 304])

function isInteger(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
}

/** Checks a fault from a test or from `POST /__dev/faults`; returns a copy or an error text. */
export function validateFault(
  input: unknown,
): { ok: true; fault: Fault } | { ok: false; error: string } {
  const bad = (error: string) => ({ ok: false as const, error })
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return bad('a fault must be an object')
  }
  const raw = input as Record<string, unknown>
  const unknownKey = Object.keys(raw).find((key) => !KNOWN_KEYS.has(key))
  if (unknownKey !== undefined) return bad(`unknown fault field "${unknownKey}"`)

  const route = raw.route
  if (typeof route !== 'string')
    return bad('route must be a string like "POST /identity/user/login"')
  const match = ROUTE.exec(route.trim())
  if (!match) return bad('route must be a path starting with "/", optionally prefixed by a method')
  const [, method, path = ''] = match
  if (path.startsWith('/__dev')) return bad('the /__dev routes cannot be faulted')

  const fault: Fault = { route: method ? `${method.toUpperCase()} ${path}` : path }
  if (raw.status !== undefined) {
    if (!isInteger(raw.status, 200, 599) || BODYLESS.has(raw.status)) {
      return bad('status must be an integer HTTP status from 200 to 599 (not 204, 205 or 304)')
    }
    fault.status = raw.status
  }
  if (raw.delayMs !== undefined) {
    if (!isInteger(raw.delayMs, 0, MAX_DELAY_MS)) {
      return bad(`delayMs must be an integer from 0 to ${MAX_DELAY_MS}`)
    }
    fault.delayMs = raw.delayMs
  }
  if (raw.times !== undefined) {
    const times = raw.times
    const unlimited = times === -1 || times === Number.POSITIVE_INFINITY
    if (!unlimited && !isInteger(times, 1, Number.MAX_SAFE_INTEGER)) {
      return bad('times must be a positive integer, or -1 (or Infinity) for "until cleared"')
    }
    fault.times = unlimited ? Number.POSITIVE_INFINITY : (times as number)
  }
  for (const flag of ['drop', 'malformed', 'statusFalse'] as const) {
    if (raw[flag] === undefined) continue
    if (typeof raw[flag] !== 'boolean') return bad(`${flag} must be a boolean`)
    fault[flag] = raw[flag]
  }
  if (raw.retryAfter !== undefined) {
    if (!isInteger(raw.retryAfter, 0, 86_400)) {
      return bad('retryAfter must be an integer number of seconds from 0 to 86400')
    }
    fault.retryAfter = raw.retryAfter
  }
  const outcomes = [fault.drop, fault.malformed, fault.statusFalse].filter(Boolean).length
  if (outcomes > 1) return bad('drop, malformed and statusFalse exclude each other')
  const hasEffect =
    outcomes > 0 ||
    fault.status !== undefined ||
    fault.retryAfter !== undefined ||
    (fault.delayMs ?? 0) > 0
  if (!hasEffect) {
    return bad(
      'a fault needs at least one of status, delayMs, drop, malformed, statusFalse, retryAfter',
    )
  }
  return { ok: true, fault }
}

interface ArmedFault {
  fault: Fault
  method: string | undefined
  path: string
  remaining: number
}

/** How many faults may be armed at once; a test needing more has forgotten to clear them. */
export const FAULTS_LIMIT = 100

/** Armed faults, consumed first-added-first by matching requests. */
export class FaultList {
  #armed: ArmedFault[] = []

  add(input: Fault): Fault {
    const result = validateFault(input)
    if (!result.ok) throw new TypeError(`Invalid fault: ${result.error}`)
    if (this.#armed.length >= FAULTS_LIMIT) {
      throw new TypeError(
        `Invalid fault: ${FAULTS_LIMIT} faults are armed already; clear them first`,
      )
    }
    const { fault } = result
    const [first, second] = fault.route.split(' ')
    const method = second === undefined ? undefined : first
    const path = second ?? first ?? ''
    this.#armed.push({ fault, method, path, remaining: fault.times ?? 1 })
    return this.#describe(this.#armed[this.#armed.length - 1]!)
  }

  clear(): void {
    this.#armed = []
  }

  /** The armed faults, with `times` as the hits still to come. */
  list(): Fault[] {
    return this.#armed.map((armed) => this.#describe(armed))
  }

  /** Finds the fault for a request and uses up one of its hits. */
  take(method: string, path: string): Fault | undefined {
    const index = this.#armed.findIndex(
      (armed) => armed.path === path && (armed.method === undefined || armed.method === method),
    )
    const armed = this.#armed[index]
    if (!armed) return undefined
    armed.remaining -= 1
    if (armed.remaining <= 0) this.#armed.splice(index, 1)
    return { ...armed.fault }
  }

  #describe(armed: ArmedFault): Fault {
    return { ...armed.fault, times: armed.remaining }
  }
}
