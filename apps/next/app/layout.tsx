import { readSession } from '@auth-state/core/server'
import type { Metadata } from 'next'
import { headers } from 'next/headers'
import type { ReactNode } from 'react'
import { Auth } from './auth'
import { Header } from './header'
import './globals.css'

export const metadata: Metadata = { title: 'auth-state · Next.js' }
// Every page shows the visitor's session, read from the request's cookie: none has a static
// shell to prerender, and a signed-out request for a guarded page is redirected before any HTML.
export const instant = false

export default async function RootLayout({ children }: { children: ReactNode }) {
  const session = readSession(await headers())
  return (
    <html lang="en">
      <body>
        <Auth apiURL={process.env.AUTH_API_URL ?? 'http://127.0.0.1:8787'} session={session}>
          <Header />
          <main>{children}</main>
        </Auth>
      </body>
    </html>
  )
}
