import { createHash } from 'node:crypto'
import { isEmail, normalizeEmail } from './email'

export interface DevOrganization {
  id: string
  name: string
}

export interface DevUser {
  email: string
  organizationId: string
  accountId: string
  organizations?: DevOrganization[]
  name?: string
}

/** A user with every optional field filled in, as the routes and `DevServer.users` see it. */
export type ResolvedDevUser = DevUser & { organizations: DevOrganization[]; name: string }

// demo has two organizations so a playground can show an organization switcher.
export const DEFAULT_USERS: ReadonlyArray<string | DevUser> = [
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

// Derived from the email rather than random so ids survive a restart of the dev server,
// which keeps a playground's persisted session pointing at the same organization.
function stableId(prefix: string, email: string): string {
  return `${prefix}_${createHash('sha256').update(email).digest('hex').slice(0, 12)}`
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

function resolveUser(input: string | DevUser): ResolvedDevUser {
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
    throw new TypeError('users: each entry must be an email string or a DevUser object')
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
  readonly users: ResolvedDevUser[]
  readonly #byEmail = new Map<string, ResolvedDevUser>()

  constructor(input: ReadonlyArray<string | DevUser>) {
    if (!Array.isArray(input)) throw new TypeError('users must be an array')
    this.users = input.map(resolveUser)
    for (const user of this.users) {
      if (this.#byEmail.has(user.email)) throw new TypeError(`users: duplicate email ${user.email}`)
      this.#byEmail.set(user.email, user)
    }
  }

  find(email: string): ResolvedDevUser | undefined {
    return this.#byEmail.get(normalizeEmail(email))
  }
}
