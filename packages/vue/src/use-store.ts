import type { ReadableAtom } from 'nanostores'
import {
  getCurrentInstance,
  inject,
  onMounted,
  onScopeDispose,
  type Ref,
  shallowReadonly,
  shallowRef,
  ssrContextKey,
} from 'vue'

/**
 * Binds a nanostores atom to a read-only shallow ref that follows it until the calling scope
 * ends. `serverState` is what the server renders and what hydration starts from, so the two
 * markups match; the real state follows once mounted.
 */
export function useStore<S, T = S>(
  $store: ReadableAtom<S>,
  serverState: S,
  // How two whole states compare: `isEqual` when there is no selector.
  same: (a: S, b: S) => boolean = Object.is,
  select: (state: S) => T = identity as (state: S) => T,
  isEqual = (select === identity ? same : Object.is) as unknown as (a: T, b: T) => boolean,
): Readonly<Ref<T>> {
  // A server render never unmounts, so a subscription made there would never be released.
  const server = !!inject(ssrContextKey, null)
  // Vue sets the component's element before setup only when it adopts server-rendered DOM.
  const hydrating = !server && getCurrentInstance()?.vnode.el != null
  const ref = shallowRef(select(server || hydrating ? serverState : $store.get()))
  const update = (state: S) => {
    const next = select(state)
    if (!isEqual(ref.value, next)) ref.value = next
  }
  if (!server) onScopeDispose($store.listen(update))
  if (hydrating) onMounted(() => update($store.get()))
  // Shallow: `.value` is the core's own object, not a deep read-only proxy of it.
  return shallowReadonly(ref)
}

const identity = <T>(value: T): T => value
