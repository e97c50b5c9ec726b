// The page of the server-session app: its client as an app creates it (the handler at /auth),
// and every cross-tab message this tab posts or hears, recorded before the client exists.
import type { AuthClient } from '@auth-state/core'
import { createServerSessionClient } from '@auth-state/core/server-session'

declare global {
  interface Window {
    auth: AuthClient
    posted: string[]
    heard: string[]
  }
}

window.posted = []
window.heard = []
const post = BroadcastChannel.prototype.postMessage
BroadcastChannel.prototype.postMessage = function (this: BroadcastChannel, message: unknown) {
  window.posted.push(JSON.stringify(message) ?? String(message))
  post.call(this, message)
}
const Native = BroadcastChannel
window.BroadcastChannel = class extends Native {
  constructor(name: string) {
    super(name)
    this.addEventListener('message', (event) =>
      window.heard.push(JSON.stringify((event as MessageEvent).data) ?? ''),
    )
  }
}
window.auth = createServerSessionClient()
