import { ofetch } from 'ofetch'
import { client, server as devServer, signIn } from '../lib/dev-server'
import { emit, median, percentile } from '../lib/report'
import { version } from '../lib/workspace'

// client.fetch against bare ofetch, on the same protected route of the dev server over loopback.
const CALLS = 2_000
const WARMUP = 200
const BLOCK = 100

const server = await devServer()
const auth = client(server)
await signIn(auth, server)
const token = (await auth.getToken())!
const headers = { 'auth-token': token, 'organization-id': 'org_demo', 'account-id': 'acc_demo' }
const bare = ofetch.create({ baseURL: server.url })
const PATH = '/network/v1/account'

const runs = {
  'bare ofetch': () => bare(PATH, { headers }),
  'client.fetch': () => auth.fetch(PATH),
}
type Name = keyof typeof runs
const times: Record<Name, number[]> = { 'bare ofetch': [], 'client.fetch': [] }

for (let i = 0; i < WARMUP; i++) for (const run of Object.values(runs)) await run()
// Alternating blocks, so that drift (GC, JIT, the machine) falls on both alike.
for (let done = 0; done < CALLS; done += BLOCK) {
  for (const [name, run] of Object.entries(runs) as Array<[Name, () => Promise<unknown>]>) {
    for (let i = 0; i < BLOCK; i++) {
      const started = performance.now()
      await run()
      times[name].push(performance.now() - started)
    }
  }
}
auth.destroy()
await server.close()

const ms = (n: number) => `${n.toFixed(3)} ms`
const base = median(times['bare ofetch'])
const rows = (Object.keys(runs) as Name[]).map((name) => [
  name,
  String(times[name].length),
  ms(median(times[name])),
  ms(percentile(times[name], 90)),
  `${(median(times[name]) / base).toFixed(2)}×`,
])
emit([
  {
    title: 'client.fetch overhead over bare ofetch',
    columns: ['caller', 'calls', 'median', 'p90', 'ratio of medians'],
    rows,
    note: `\`GET /network/v1/account\` on @auth-state/dev-server over loopback (server in the same process; each call verifies the JWT), sequential calls, ${WARMUP} warm-up calls each, then ${CALLS.toLocaleString('en')} each in alternating blocks of ${BLOCK}. Bare ofetch ${version('ofetch')} sends the same three headers itself; client.fetch adds getToken() (is the token due?), a last look at storage and the header mapping. Informational: no limit, and nothing asserts on time.`,
  },
])
