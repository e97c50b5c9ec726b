// The event log: every event the client emits, with the fields that are safe to show. Core's
// event payloads never carry a token, a refresh token or a code; this shows even less.
import type { AuthClient, AuthEvents } from '@auth-state/core'
import { clockTime } from './format'

const MAX_ENTRIES = 50

const describe: { [E in keyof AuthEvents]: (payload: AuthEvents[E]) => string } = {
  login: (p) => `${p.email} · ${p.organizationId}`,
  refresh: (p) =>
    `${p.source === 'this-tab' ? 'this tab' : 'another tab'} · token valid until ${
      p.expiresAt === null ? '?' : clockTime(p.expiresAt)
    }`,
  expired: (p) => (p.reason === 'other-tab' ? 'in another tab' : 'the refresh token was rejected'),
  logout: (p) => (p.reason === 'user' ? 'signed out here' : 'signed out in another tab'),
  error: (p) => p.error.code,
}

export function mountEventLog(element: HTMLElement, auth: AuthClient): () => void {
  const list = document.createElement('ol')
  list.className = 'event-log'
  const empty = document.createElement('p')
  empty.className = 'muted'
  empty.textContent = 'No events yet. Sign in from any panel.'
  element.append(empty, list)

  const add = (name: keyof AuthEvents, detail: string) => {
    const item = document.createElement('li')
    item.dataset.event = name
    const time = document.createElement('time')
    time.textContent = clockTime(Date.now())
    const label = document.createElement('strong')
    label.textContent = name
    const text = document.createElement('span')
    text.textContent = detail
    item.append(time, label, text)
    list.prepend(item)
    while (list.children.length > MAX_ENTRIES) list.lastElementChild?.remove()
    empty.hidden = true
  }

  const names = Object.keys(describe) as (keyof AuthEvents)[]
  const offs = names.map((name) =>
    auth.on(name, (payload) =>
      add(name, (describe[name] as (p: typeof payload) => string)(payload)),
    ),
  )
  return () => {
    for (const off of offs) off()
  }
}
