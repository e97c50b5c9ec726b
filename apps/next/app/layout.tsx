import { readSession } from '@auth-state/core/server'
import { AuthProvider } from '@auth-state/react'
import type { Metadata } from 'next'
import { headers } from 'next/headers'
import type { ReactNode } from 'react'
import { Header } from './header'
import './globals.css'

export const metadata: Metadata = { title: 'auth-state · Next.js' }
// Every page shows the visitor's session, read from the request's cookie: none has a static
// shell to prerender, and a signed-out request for a guarded page is redirected before any HTML.
export const instant = false

export default async function RootLayout({ children }: { children: ReactNode }) {
  const session = readSession(await headers())
  const baseURL = process.env.AUTH_API_URL ?? 'http://127.0.0.1:8787'
  return (
    <html lang="en">
      <body>
        {/* The browser's one client is made from these options; each server render, an inert one. */}
        <AuthProvider options={{ baseURL, cookie: true }} initialSession={session}>
          <Header />
          <main>{children}</main>
        </AuthProvider>
      </body>
    </html>
  )
}
