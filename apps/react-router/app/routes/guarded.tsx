import { Guarded } from '@auth-state/react-router'
import { auth } from '../auth.server'

export const loader = auth.guardLoader
export default Guarded
