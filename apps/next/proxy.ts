import { auth } from './auth'

export const proxy = auth.proxy(['/account', '/settings'])
export const config = { matcher: ['/((?!_next/|auth/|favicon.ico).*)'] }
