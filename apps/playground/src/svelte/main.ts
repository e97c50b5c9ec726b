import type { AuthClient } from '@auth-state/core'
import { mount } from 'svelte'
import App from './App.svelte'

/** The Svelte example: the root component calls setAuthClient(auth) (see App.svelte). */
export function mountSvelte(element: HTMLElement, auth: AuthClient) {
  mount(App, { target: element, props: { auth } })
}
