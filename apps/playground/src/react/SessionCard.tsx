import { useAuth } from '@auth-state/react'
import { useEffect, useId, useState, useSyncExternalStore } from 'react'
import {
  type Account,
  errorText,
  fetchAccount,
  fetchOrganizations,
  type Organization,
  type SignedIn,
} from '../shared/api'
import { clockTime, expiryText, refreshText, type TokenTimes } from '../shared/format'

/** The token's times (never the token): only this card re-renders when a token rotates. */
function useTokenTimes(): TokenTimes {
  const { $tokenTimes } = useAuth()
  return useSyncExternalStore($tokenTimes.listen, $tokenTimes.get, $tokenTimes.get)
}

function useNow(): number {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return now
}

type Call = { at: number; account: Account } | { at: number; error: string }

export function SessionCard({ session }: { session: SignedIn }) {
  const auth = useAuth()
  const times = useTokenTimes()
  const now = useNow()
  const id = useId()
  const [organizations, setOrganizations] = useState<Organization[] | null>(null)
  const [call, setCall] = useState<Call | null>(null)

  useEffect(() => {
    let live = true
    fetchOrganizations(auth).then(
      (list) => live && setOrganizations(list),
      () => live && setOrganizations([]),
    )
    return () => {
      live = false
    }
  }, [auth])

  const organization = organizations?.find((o) => o.id === session.organizationId)
  const callApi = () =>
    fetchAccount(auth).then(
      (account) => setCall({ at: Date.now(), account }),
      (error: unknown) => setCall({ at: Date.now(), error: errorText(error) }),
    )

  return (
    <div className="session">
      <dl>
        <dt>Email</dt>
        <dd>{session.email}</dd>
        <dt>Organization</dt>
        <dd>
          {organization ? `${organization.name} ` : ''}
          <code>{session.organizationId}</code>
        </dd>
        <dt>Account</dt>
        <dd>
          <code>{session.accountId ?? '—'}</code>
        </dd>
        <dt>Token expires in</dt>
        <dd>{expiryText(times, now)}</dd>
        <dt>Token issued</dt>
        <dd>{refreshText(times)}</dd>
      </dl>

      <label htmlFor={`${id}-org`}>Switch organization</label>
      <select
        id={`${id}-org`}
        value={session.organizationId}
        disabled={!organizations?.length}
        onChange={(event) => auth.setOrganization(event.target.value)}
      >
        {organizations === null && <option value={session.organizationId}>Loading…</option>}
        {organizations?.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>

      <div className="actions">
        <button type="button" onClick={callApi}>
          Call protected API
        </button>
        <button type="button" className="secondary" onClick={() => auth.logout()}>
          Sign out
        </button>
      </div>

      <output className="result" aria-live="polite">
        {call &&
          ('account' in call
            ? `${clockTime(call.at)} GET /network/v1/account → 200 ${call.account.organizationName} (${call.account.accountId})`
            : `${clockTime(call.at)} ${call.error}`)}
      </output>
    </div>
  )
}
