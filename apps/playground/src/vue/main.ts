import type { AuthClient } from '@auth-state/core'
import { authPlugin } from '@auth-state/vue'
import { createApp } from 'vue'
import App from './App.vue'

/** The Vue example: the client goes in once, as a plugin. */
export function mountVue(element: HTMLElement, auth: AuthClient) {
  createApp(App).use(authPlugin, auth).mount(element)
}
