import { describe, expect, it } from 'vitest'
import { account, get, login, start } from '../test/helpers'

describe('GET /network/v1/account', () => {
  it('answers for the organization in the header', async () => {
    const server = await start()
    const { token } = await login(server)
    const res = await account(server, token, 'org_demo_labs')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      status: true,
      data: {
        email: 'demo@example.com',
        organizationId: 'org_demo_labs',
        accountId: 'acc_demo',
        organizationName: 'Demo Labs',
      },
      message: 'OK',
    })
  })

  it('accepts Authorization: Bearer with X-Organization-ID', async () => {
    const server = await start()
    const { token } = await login(server)
    const res = await get(server, '/network/v1/account', {
      authorization: `Bearer ${token}`,
      'x-organization-id': 'org_demo',
    })
    expect(res.status).toBe(200)
    expect(res.body.data.organizationId).toBe('org_demo')
  })

  it('is 403 for an organization the user does not belong to', async () => {
    const server = await start()
    const { token } = await login(server, 'second@example.com')
    const res = await account(server, token, 'org_demo')
    expect(res.status).toBe(403)
    expect(res.body).toMatchObject({ status: false, data: {} })
  })

  it('is 400 without an organization header', async () => {
    const server = await start()
    const { token } = await login(server)
    const res = await get(server, '/network/v1/account', { 'auth-token': token })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/organization-id/)
  })

  it('is 401 without a token or with a forged one', async () => {
    const server = await start()
    const { token } = await login(server)
    const missing = await get(server, '/network/v1/account', { 'organization-id': 'org_demo' })
    expect(missing.status).toBe(401)
    const [h, p] = token.split('.')
    for (const bad of ['garbage', `${h}.${p}.AAAA`, `${h}.${p}.`]) {
      const res = await account(server, bad)
      expect(res.status).toBe(401)
      expect(res.body.status).toBe(false)
    }
  })
})

describe('GET /network/v1/organizations', () => {
  it("lists the user's organizations", async () => {
    const server = await start()
    const { token } = await login(server)
    const res = await get(server, '/network/v1/organizations', {
      'auth-token': token,
      'organization-id': 'org_demo',
    })
    expect(res.status).toBe(200)
    expect(res.body.data).toEqual({
      organizations: [
        { id: 'org_demo', name: 'Demo Company' },
        { id: 'org_demo_labs', name: 'Demo Labs' },
      ],
    })
  })

  it('is 401 without a token', async () => {
    const server = await start()
    const res = await get(server, '/network/v1/organizations', { 'organization-id': 'org_demo' })
    expect(res.status).toBe(401)
  })
})
