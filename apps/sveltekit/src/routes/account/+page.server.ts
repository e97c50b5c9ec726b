import { Account, Organizations } from '#lib/api.ts'

export const load = async ({ locals }) => ({
  account: await locals.fetch('/network/v1/account', { schema: Account }),
  organizations: await locals.fetch('/network/v1/organizations', { schema: Organizations }),
})
