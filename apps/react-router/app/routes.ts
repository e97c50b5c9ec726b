import { index, layout, type RouteConfig, route } from '@react-router/dev/routes'

export default [
  index('routes/home.tsx'),
  route('sign-in', 'routes/sign-in.tsx'),
  route('auth/*', 'routes/auth.ts'),
  layout('routes/guarded.tsx', [
    route('account', 'routes/account.tsx'),
    route('settings', 'routes/settings.tsx'),
  ]),
] satisfies RouteConfig
