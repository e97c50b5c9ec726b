import { request } from 'node:http'
import { describe, expect, it } from 'vitest'
import { start } from '../test/helpers'
import { isAllowedHost } from './host-check'

// fetch() will not send a Host header of our choosing; node:http will, as a rebound browser does.
function getWithHost(port: number, host: string, path = '/__dev/inbox') {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = ''
      res.on('data', (chunk) => {
        body += chunk
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('Host check (DNS rebinding)', () => {
  it('refuses a request whose Host is another name, even for public routes', async () => {
    const server = await start()
    await fetch(`${server.url}/identity/user/otp/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":"demo@example.com"}',
    })
    const code = server.inbox.latest('demo@example.com')!
    for (const path of ['/__dev/inbox', '/network/v1/account']) {
      const res = await getWithHost(server.port, `attacker.test:${server.port}`, path)
      expect(res.status, path).toBe(403)
      expect(res.body).not.toContain(code)
      expect(JSON.parse(res.body)).toMatchObject({ status: false, data: {} })
      expect(JSON.parse(res.body).message).toMatch(/Host/)
    }
  })

  it('answers to localhost, 127.0.0.1 and [::1]', async () => {
    const server = await start()
    for (const host of ['localhost', '127.0.0.1', '[::1]']) {
      const res = await getWithHost(server.port, `${host}:${server.port}`)
      expect(res.status, host).toBe(200)
    }
  })

  it('judges names: loopback and the bound host pass, other names do not', () => {
    expect(isAllowedHost('localhost:8787', '127.0.0.1')).toBe(true)
    expect(isAllowedHost('LOCALHOST:8787', '127.0.0.1')).toBe(true)
    expect(isAllowedHost('[::1]:8787', '127.0.0.1')).toBe(true)
    expect(isAllowedHost('mybox.local:8787', 'mybox.local')).toBe(true)
    expect(isAllowedHost('[fe80::1]:8787', 'fe80::1')).toBe(true)
    expect(isAllowedHost('mybox.local:8787', '127.0.0.1')).toBe(false)
    expect(isAllowedHost('127.0.0.1.attacker.test', '127.0.0.1')).toBe(false)
    expect(isAllowedHost('localhost.attacker.test:8787', '127.0.0.1')).toBe(false)
    expect(isAllowedHost('localhost@attacker.test', '127.0.0.1')).toBe(false)
    expect(isAllowedHost('', '127.0.0.1')).toBe(false)
    expect(isAllowedHost(undefined, '127.0.0.1')).toBe(false)
    // bound to every interface: any IP literal (cannot be rebound), but still no foreign name
    expect(isAllowedHost('192.168.1.20:8787', '0.0.0.0')).toBe(true)
    expect(isAllowedHost('[fe80::2]:8787', '::')).toBe(true)
    expect(isAllowedHost('attacker.test:8787', '0.0.0.0')).toBe(false)
    expect(isAllowedHost('192.168.1.20:8787', '127.0.0.1')).toBe(false)
  })
})
