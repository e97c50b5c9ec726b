// The page: one auth client (src/shared/auth.ts) handed to three independent apps, plus the dev
// inbox and the event log. Each framework's example is self-contained in its own folder.
import './shared/styles.css'
import { mountReact } from './react/main'
import { auth } from './shared/auth'
import { apiURL } from './shared/config'
import { mountDevInbox } from './shared/dev-inbox'
import { mountEventLog } from './shared/event-log'
import { mountSvelte } from './svelte/main'
import { mountVue } from './vue/main'

const element = (id: string) => document.getElementById(id)!

element('api-url').textContent = apiURL
mountEventLog(element('event-log'), auth)
mountDevInbox(element('dev-inbox'), apiURL)
mountReact(element('react-app'), auth)
mountVue(element('vue-app'), auth)
mountSvelte(element('svelte-app'), auth)
