export { handler as action, handler as loader } from '../auth.server'
