import { isEmail, normalizeEmail } from './email'

export interface WireOrganization {
  id: string
  name: string
}

/** A registered user. A plain email string stands for a user with derived ids. */
export interface WireUser {
  email: string
  organizationId: string
  accountId: string
  organizations?: WireOrganization[]
  name?: string
}

/** A user with every optional field filled in. */
export type ResolvedUser = WireUser & { organizations: WireOrganization[]; name: string }

// demo has two organizations so a playground can show an organization switcher.
export const DEFAULT_USERS: ReadonlyArray<string | WireUser> = [
  {
    email: 'demo@example.com',
    name: 'Demo User',
    organizationId: 'org_demo',
    accountId: 'acc_demo',
    organizations: [
      { id: 'org_demo', name: 'Demo Company' },
      { id: 'org_demo_labs', name: 'Demo Labs' },
    ],
  },
  'second@example.com',
]

// Derived from the email rather than random so ids survive a restart, which keeps a persisted
// session pointing at the same organization. FNV-1a twice over: no crypto needed for an id.
function stableId(prefix: string, email: string): string {
  let a = 0x811c9dc5
  let b = 0x01000193
  for (let i = 0; i < email.length; i++) {
    a = Math.imul(a ^ email.charCodeAt(i), 0x01000193) >>> 0
    b = Math.imul(b ^ email.charCodeAt(email.length - 1 - i), 0x811c9dc5) >>> 0
  }
  return `${prefix}_${(a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')).slice(0, 12)}`
}

function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email
  return local.charAt(0).toUpperCase() + local.slice(1)
}

function nonEmptyString(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(`${what} must be a non-empty string`)
  }
  return value
}

export function resolveUser(input: string | WireUser): ResolvedUser {
  if (typeof input === 'string') {
    if (!isEmail(input)) throw new TypeError(`users: "${input}" is not an email address`)
    const email = normalizeEmail(input)
    const name = nameFromEmail(email)
    const organizationId = stableId('org', email)
    return {
      email,
      name,
      organizationId,
      accountId: stableId('acc', email),
      organizations: [{ id: organizationId, name: `${name}'s organization` }],
    }
  }
  if (typeof input !== 'object' || input === null) {
    throw new TypeError('users: each entry must be an email string or a user object')
  }
  const rawEmail = nonEmptyString(input.email, 'users[].email')
  if (!isEmail(rawEmail)) throw new TypeError(`users: "${rawEmail}" is not an email address`)
  const email = normalizeEmail(rawEmail)
  const organizationId = nonEmptyString(input.organizationId, `users[${email}].organizationId`)
  const accountId = nonEmptyString(input.accountId, `users[${email}].accountId`)
  const name = input.name ?? nameFromEmail(email)
  const organizations = (input.organizations ?? []).map((org) => ({
    id: nonEmptyString(org?.id, `users[${email}].organizations[].id`),
    name: nonEmptyString(org?.name, `users[${email}].organizations[].name`),
  }))
  // The default organization must be one the user belongs to, or its own login would 403.
  if (!organizations.some((org) => org.id === organizationId)) {
    organizations.unshift({ id: organizationId, name: `${name}'s organization` })
  }
  return { email, name, organizationId, accountId, organizations }
}

/** The registered users, looked up by email. */
export class UserDirectory {
  readonly users: ResolvedUser[]
  readonly #byEmail = new Map<string, ResolvedUser>()

  constructor(input: ReadonlyArray<string | WireUser>) {
    if (!Array.isArray(input)) throw new TypeError('users must be an array')
    this.users = input.map(resolveUser)
    for (const user of this.users) {
      if (this.#byEmail.has(user.email)) throw new TypeError(`users: duplicate email ${user.email}`)
      this.#byEmail.set(user.email, user)
    }
  }

  find(email: string): ResolvedUser | undefined {
    return this.#byEmail.get(normalizeEmail(email))
  }
}
