import { createHash } from 'node:crypto'

// The page's only script: it polls the inbox and the refusals (same origin, JSON) and draws
// them with textContent, so an email can never become markup.
const SCRIPT = `
const $ = (id) => document.getElementById(id)
const when = (ms) => new Date(ms).toLocaleTimeString()
function rows(body, items, cells) {
  const next = items.map((item) => {
    const tr = document.createElement('tr')
    for (const text of cells(item)) {
      const td = document.createElement('td')
      td.textContent = text
      tr.append(td)
    }
    return tr
  })
  body.replaceChildren(...next)
}
const reasons = {
  cooldown: (r) => 'cooldown: too soon after the last code; wait ' + r.retryAfterSeconds + ' s',
  cap: (r) => 'cap: too many codes this minute; wait ' + r.retryAfterSeconds + ' s',
  'unknown-email': () => 'no user with this email',
}
async function refresh() {
  try {
    const [inbox, refused] = await Promise.all(
      ['/__dev/inbox', '/__dev/refused'].map((path) =>
        fetch(path, { cache: 'no-store' }).then((res) => res.json()),
      ),
    )
    rows($('inbox'), inbox.data.messages, (m) => [when(m.sentAt), m.email, m.code])
    rows($('refused'), refused.data.refused, (r) => [
      when(r.at),
      r.email,
      (reasons[r.reason] || (() => r.reason))(r),
    ])
    $('status').textContent = 'Updated ' + when(Date.now())
  } catch (error) {
    $('status').textContent = 'Cannot reach the dev server: ' + error.message
  }
}
$('revoke').addEventListener('submit', async (event) => {
  event.preventDefault()
  const email = $('revoke-email').value
  const res = await fetch('/__dev/sessions/revoke', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  })
  const body = await res.json()
  $('revoke-result').textContent = body.message
})
refresh()
setInterval(refresh, 1000)
`

const hash = createHash('sha256').update(SCRIPT).digest('base64')

/**
 * Nothing but this page's own script runs, it talks only to this server, and no other page may
 * frame it (a framed "sign out everywhere" button could be clicked for you).
 */
export const DEV_PAGE_CSP = [
  "default-src 'none'",
  `script-src 'sha256-${hash}'`,
  "style-src 'unsafe-inline'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** `GET /__dev`: the dev inbox for a person, newest first, updating itself. */
export const DEV_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>auth-state dev server</title>
<style>
body { font: 14px system-ui, sans-serif; margin: 2rem; color: #222 }
table { border-collapse: collapse; margin-bottom: 2rem }
th, td { text-align: left; padding: .25rem 1rem .25rem 0; border-bottom: 1px solid #ddd }
td:nth-child(3) { font-family: ui-monospace, monospace }
#status { color: #666 }
</style>
</head>
<body>
<h1>auth-state dev server</h1>
<p id="status">Loading…</p>
<h2>Inbox</h2>
<p>Codes sent, newest first.</p>
<table><thead><tr><th>Sent</th><th>Email</th><th>Code</th></tr></thead><tbody id="inbox"></tbody></table>
<h2>Refused sends</h2>
<p>Requests for a code the server turned down, newest first: why no new code came.</p>
<table><thead><tr><th>At</th><th>Email</th><th>Why</th></tr></thead><tbody id="refused"></tbody></table>
<h2>Sign a user out everywhere</h2>
<form id="revoke"><input id="revoke-email" type="email" placeholder="demo@example.com" required> <button>Revoke sessions</button> <span id="revoke-result"></span></form>
<script>${SCRIPT}</script>
</body>
</html>
`
