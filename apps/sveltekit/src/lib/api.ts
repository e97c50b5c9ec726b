// The API's data, as this app uses it: checked on the server before any page shows it.
import * as z from 'zod'

export const Account = z.object({
  email: z.string(),
  organizationId: z.string(),
  accountId: z.string(),
  organizationName: z.string(),
})

export const Organizations = z.object({
  organizations: z.array(z.object({ id: z.string(), name: z.string() })),
})
