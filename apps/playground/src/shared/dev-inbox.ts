// The dev inbox: the codes the dev server "sent", polled from its /__dev/inbox route, so
// nobody needs a mail server. A development aid only: a real app never sees the codes.
import { clockTime } from './format'

interface InboxMessage {
  email: string
  code: string
  sentAt: number
}

const POLL_MS = 1000
const SHOWN = 5

export function mountDevInbox(element: HTMLElement, apiURL: string): () => void {
  const note = document.createElement('p')
  note.className = 'muted'
  const list = document.createElement('ol')
  list.className = 'inbox'
  element.append(note, list)

  let shown = ''
  const render = (messages: InboxMessage[] | null) => {
    const key = JSON.stringify(messages)
    if (key === shown) return
    shown = key
    if (!messages) {
      note.textContent = `The dev server at ${apiURL} is not answering. Start it with pnpm dev.`
      list.replaceChildren()
      return
    }
    note.textContent = messages.length
      ? 'Newest first. Copy a code into any panel.'
      : 'No codes sent yet. Ask for one from any panel.'
    list.replaceChildren(
      ...messages.slice(0, SHOWN).map((message) => {
        const item = document.createElement('li')
        const email = document.createElement('span')
        email.textContent = message.email
        const code = document.createElement('code')
        code.textContent = message.code
        const time = document.createElement('time')
        time.textContent = clockTime(message.sentAt)
        item.append(email, code, time)
        return item
      }),
    )
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  const poll = async () => {
    let answered = true
    try {
      const response = await fetch(`${apiURL}/__dev/inbox`, { cache: 'no-store' })
      const body = (await response.json()) as { data?: { messages?: InboxMessage[] } }
      render(body.data?.messages ?? [])
    } catch {
      answered = false
      render(null)
    }
    // Poll less often while the server is down.
    if (!stopped) timer = setTimeout(poll, answered ? POLL_MS : POLL_MS * 3)
  }
  poll()
  return () => {
    stopped = true
    clearTimeout(timer)
  }
}
