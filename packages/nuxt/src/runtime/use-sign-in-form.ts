import { safeRedirect } from '@auth-state/core'
import type { SignInForm } from '@auth-state/server'
import { useOtp } from '@auth-state/vue'
import { computed, onMounted, type Ref, ref } from 'vue'
import { useNuxtApp, useRequestEvent, useRoute, useRuntimeConfig, useState } from '#app'
import type { PublicOptions } from '../options'
import { first } from './rules'
import type { AuthStateContext } from './server/context'

export type { SignInForm }

/**
 * The sign-in form's step, email, attempts and post targets, so the form works before the
 * page's script has loaded: the server render shows what the last plain form post left (the
 * `@auth-state/server` form posts, `<form method="post" :action="form.actions.send">`); once
 * the page has hydrated it follows `useOtp()`, which took that flow over.
 *
 * @example
 * const form = useSignInForm()
 * // <form v-if="form.step === 'email'" method="post" :action="form.actions.send" @submit.prevent="send">
 */
export function useSignInForm(): Readonly<Ref<SignInForm>> {
  const { basePath } = useRuntimeConfig().public.authState as PublicOptions
  const route = useRoute()
  const { state } = useOtp()
  const rendered = useState<SignInForm | null>('auth-state:sign-in-form', () => null)
  const next = () => {
    const value = first(route.query.next)
    return typeof value === 'string' ? value : null
  }
  if (import.meta.server) {
    const context = useRequestEvent()?.context.authState as AuthStateContext | undefined
    rendered.value = context?.signInForm(next()) ?? null
  }
  // The hydrating render must show what the server did; the live flow takes over once mounted.
  const live = ref(import.meta.client && !useNuxtApp().isHydrating)
  onMounted(() => {
    live.value = true
  })
  const actions = {
    send: `${basePath}/form/send`,
    verify: `${basePath}/form/verify`,
    reset: `${basePath}/form/reset`,
    logout: `${basePath}/form/logout`,
  }
  return computed((): SignInForm => {
    if (!live.value && rendered.value) return rendered.value
    const s = state.value
    return {
      step: s.email === null ? 'email' : 'code',
      email: s.email,
      attemptsLeft: s.attemptsLeft,
      error: s.error?.code ?? null,
      next: safeRedirect(next() ?? '', '') || null,
      actions,
    }
  })
}
