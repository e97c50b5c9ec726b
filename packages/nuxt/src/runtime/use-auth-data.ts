import type { StandardSchemaV1 } from '@auth-state/core'
import { useAuth, useSession } from '@auth-state/vue'
import { computed } from 'vue'
import { type AsyncData, useAsyncData, useRequestEvent } from '#app'
import type { AuthStateContext } from './server/context'

export interface UseAuthDataOptions<T> {
  /** A Standard Schema (zod, valibot...) for the API's `data`; it types the result. */
  schema?: StandardSchemaV1<unknown, T>
  query?: Record<string, string | number | boolean | null | undefined>
  /** The `useAsyncData` key. Default `auth-state:<path>`. */
  key?: string
}

/**
 * API data as the signed-in user, loaded during the server render (the first HTML has it) and
 * loaded again in the browser, through the handler's proxy, when the organization or account
 * changes. Signed out, `data` is null and nothing is called.
 *
 * @example
 * const { data: account } = await useAuthData('/network/v1/account', { schema: Account })
 */
export function useAuthData<T = unknown>(
  path: string,
  options: UseAuthDataOptions<T> = {},
): AsyncData<T | null, Error | undefined> {
  const auth = useAuth()
  const session = useSession()
  const event = import.meta.server ? useRequestEvent() : undefined
  const scope = computed(() =>
    session.value.status === 'authenticated'
      ? `${session.value.organizationId}:${session.value.accountId ?? ''}`
      : null,
  )
  const { schema, query } = options
  return useAsyncData(
    options.key ?? `auth-state:${path}`,
    async () => {
      if (scope.value === null) return null
      if (event) {
        const context = event.context.authState as AuthStateContext
        return (await context.fetch(path, { schema, query })) as T
      }
      return auth.fetch<T>(path, { schema, query })
    },
    { watch: [scope] },
  ) as AsyncData<T | null, Error | undefined>
}
