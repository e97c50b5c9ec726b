import { readSession } from '@auth-state/core/server'
import type { Metadata } from 'next'
import { headers } from 'next/headers'
import type { ReactNode } from 'react'
import { Auth } from './auth'
import { Header } from './header'
import './styles.css'

export const metadata: Metadata = { title: 'auth-state · Next.js' }

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
