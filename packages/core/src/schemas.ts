import * as z from 'zod/mini'
import { isHeaderText, isText } from './options'

// The identity API's answers, checked with as few zod/mini kinds as will do (object, optional,
// unknown, custom): every kind a schema uses is code in every app's bundle. The field rules are
// the client's own predicates, the same ones that check options and setters. Every construction
// is marked pure: the built main entry shares a chunk with helpers the adapters' lean entries
// import (`sameSession`), and an unmarked call would keep these schemas, and zod, in such a bundle
// (react's size-limit entry "createServerSessionClient + @auth-state/react/server-session" checks).

const text = /* @__PURE__ */ z.custom<string>(isText)
// Values the client later sends as headers: one that cannot be a header (CR, LF, non-Latin-1)
// is a bad response, refused at sign-in or refresh rather than failing every later call.
const headerText = /* @__PURE__ */ z.custom<string>(isHeaderText)
// An organization or account id: header text, or a finite number (sent as its string).
const isId = (value: unknown) =>
  typeof value === 'number' ? Number.isFinite(value) : isHeaderText(value)
const flag = /* @__PURE__ */ z.custom<boolean>((value) => typeof value === 'boolean')

/** The identity API wraps every response: `{ status, data, message }`. */
export const envelope = /* @__PURE__ */ z.object({
  status: flag,
  data: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  message: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
})

export const loginData = /* @__PURE__ */ z.object({
  token: headerText,
  refreshToken: text,
  organizationId: /* @__PURE__ */ z.custom<string | number>(isId),
  accountId: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.custom<string | number | null>((value) => value === null || isId(value)),
  ),
})

export const refreshData = /* @__PURE__ */ z.object({
  token: headerText,
  refreshToken: /* @__PURE__ */ z.optional(text),
})

export const availabilityData = /* @__PURE__ */ z.object({ isAvailableEmail: flag })

// What the client stores is its own data, checked by hand (stored.ts): no zod for it.
export type { StoredOtp, StoredSession, StoredSignedIn } from './stored'
export { storedOtp, storedSession } from './stored'
