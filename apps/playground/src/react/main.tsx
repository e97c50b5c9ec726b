import type { AuthClient } from '@auth-state/core'
import { AuthProvider } from '@auth-state/react'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'

/** The React example: the client goes in once, through <AuthProvider>. */
export function mountReact(element: HTMLElement, auth: AuthClient) {
  createRoot(element).render(
    <StrictMode>
      <AuthProvider client={auth}>
        <App />
      </AuthProvider>
    </StrictMode>,
  )
}
