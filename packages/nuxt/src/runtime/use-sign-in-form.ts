import type { OtpState } from '@auth-state/core'
import { safeRedirect } from '@auth-state/core'
import { shownOtp } from '@auth-state/core/server-session'
import type { SignInForm } from '@auth-state/server'
import { type UseOtpResult, useOtp } from '@auth-state/vue'
import { computed, onMounted, type Ref, ref } from 'vue'
import { useNuxtApp, useRequestEvent, useRoute, useRuntimeConfig, useState } from '#app'
import type { PublicOptions } from '../options'
import { first } from './rules'
import type { AuthStateContext } from './server/context'

export interface UseSignInFormResult extends UseOtpResult {
  /** `?next=` when it is a safe path of this app, else null: post it as a hidden field. */
  next: Readonly<Ref<string | null>>
  /** Where each plain `<form method="post">` posts: `{basePath}/form/send`, `…/verify`, ... */
  actions: SignInForm['actions']
}

/**
 * `useOtp()` for a sign-in page that works before its script has loaded. Its forms post to
 * `actions` (`@auth-state/server`'s form posts, answered with redirects); the server render and
 * the hydrating page show the step, email, attempts and error the last post left (core's
 * `shownOtp`); once the page has hydrated, `state` is the live flow, which took the posted one over.
 *
 * @example
 * const { state, sendOtp, next, actions } = useSignInForm()
 * // <form method="post" :action="actions.send" @submit.prevent="sendOtp(email)">
 */
export function useSignInForm(): UseSignInFormResult {
  const { basePath } = useRuntimeConfig().public.authState as PublicOptions
  const route = useRoute()
  const otp = useOtp()
  const posted = useState<SignInForm | null>('auth-state:sign-in-form', () => null)
  const nextOf = () => {
    const value = first(route.query.next)
    return typeof value === 'string' ? value : null
  }
  if (import.meta.server) {
    const context = useRequestEvent()?.context.authState as AuthStateContext | undefined
    posted.value = context?.signInForm(nextOf()) ?? null
  }
  // The hydrating render must show what the server did; the live flow takes over once mounted.
  const live = ref(import.meta.client && !useNuxtApp().isHydrating)
  onMounted(() => {
    live.value = true
  })
  return {
    ...otp,
    state: computed(
      (): OtpState => (live.value ? otp.state.value : shownOtp(otp.state.value, posted.value)),
    ),
    next: computed(() => safeRedirect(nextOf() ?? '', '') || null),
    actions: {
      send: `${basePath}/form/send`,
      verify: `${basePath}/form/verify`,
      reset: `${basePath}/form/reset`,
      logout: `${basePath}/form/logout`,
    },
  }
}
