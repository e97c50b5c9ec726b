import { readSession } from '@auth-state/core/server'

export const load = ({ request }) => ({ session: readSession(request) })
