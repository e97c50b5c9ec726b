import { AuthStateProvider } from '@auth-state/next/client'
import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { auth } from '../auth'
import { Header } from './header'
import './globals.css'

export const metadata: Metadata = { title: 'auth-state · Next.js' }
// Every page shows the visitor's session, read from the request: none has a static shell.
export const instant = false

export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <AuthStateProvider state={await auth.state()}>
          <Header />
          <main>{children}</main>
        </AuthStateProvider>
      </body>
    </html>
  )
}
