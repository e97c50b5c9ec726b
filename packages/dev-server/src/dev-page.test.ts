import { Window } from 'happy-dom'
import { afterEach, describe, expect, it } from 'vitest'
import { call, manualClock, post, sendCode, start } from '../test/helpers'

// GET /__dev: the inbox for a person. The page is loaded from the server and its own script
// runs (happy-dom, real fetches over loopback), so what is checked is what a developer sees.

const open: Window[] = []
afterEach(async () => {
  for (const window of open.splice(0)) await window.happyDOM.close()
})

async function openPage(url: string) {
  // The page's own script, from this server: the only code that runs.
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
    },
  })
  open.push(window)
  const html = await (await fetch(url)).text()
  window.document.write(html)
  return window
}

const rowsOf = (window: Window, id: string) =>
  [...window.document.querySelectorAll(`#${id} tr`)].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent),
  )

describe('GET /__dev', () => {
  it('serves one HTML page that runs only its own script and cannot be framed', async () => {
    const server = await start()
    const res = await fetch(`${server.url}/__dev`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("connect-src 'self'")
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('shows the inbox newest first and the refused sends with why, and updates itself', async () => {
    const clock = manualClock()
    const server = await start({ now: clock.now })
    await sendCode(server, 'demo@example.com')
    clock.advance(2)
    await sendCode(server, 'second@example.com')
    const window = await openPage(`${server.url}/__dev`)
    await expect.poll(() => rowsOf(window, 'inbox').length).toBe(2)
    const [newest, older] = rowsOf(window, 'inbox')
    expect(newest?.slice(1)).toEqual([
      'second@example.com',
      server.inbox.latest('second@example.com'),
    ])
    expect(older?.slice(1)).toEqual(['demo@example.com', server.inbox.latest('demo@example.com')])

    // Later, with the page left open: a refused resend and a new code show up on their own.
    clock.advance(1)
    await sendCode(server, 'demo@example.com') // 3 s after its last send: the cooldown
    await post(server, '/identity/user/otp/email', { email: 'typo@example.com' })
    await expect.poll(() => rowsOf(window, 'refused').length, { timeout: 5000 }).toBe(2)
    const refused = rowsOf(window, 'refused')
    expect(refused[0]?.slice(1)).toEqual(['typo@example.com', 'no user with this email'])
    expect(refused[1]?.[1]).toBe('demo@example.com')
    expect(refused[1]?.[2]).toMatch(/^cooldown: .*wait 27 s$/)
    clock.advance(60)
    await sendCode(server, 'demo@example.com')
    await expect.poll(() => rowsOf(window, 'inbox').length, { timeout: 5000 }).toBe(3)
    expect(rowsOf(window, 'inbox')[0]?.[2]).toBe(server.inbox.latest('demo@example.com'))
  })

  it('is refused to a foreign page, and gone with devRoutes: false, like the inbox', async () => {
    const server = await start()
    const foreign = await call(server, 'GET', '/__dev', {
      headers: { origin: 'https://evil.example' },
    })
    expect(foreign.status).toBe(403)
    const off = await start({ devRoutes: false })
    expect((await fetch(`${off.url}/__dev`)).status).toBe(404)
  })
})
