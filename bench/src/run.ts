import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { cpus, platform, release, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'
import { markdown, parseEmitted, type Table } from './lib/report'
import { root } from './lib/workspace'

// Runs each section in a process of its own (its own globals, its own heap, --expose-gc), one
// after another so that they do not compete for the two cores, then prints the tables and
// writes docs/benchmarks.md.
const SECTIONS = [
  ['1', 'bundle size', 'size.ts'],
  ['2', 'refresh storm', 'refresh-storm.ts'],
  ['3', 're-renders', 'rerenders.tsx'],
  ['4a', 'heap growth', 'heap.ts'],
  ['4b', 'leftovers after destroy()', 'leftovers.ts'],
  ['5', 'client.fetch overhead', 'overhead.ts'],
  ['6', 'server sessions', 'server.ts'],
] as const
const SECTION_TIMEOUT_MS = 150_000

function runSection(file: string): Promise<{ tables?: Table[]; error?: string; seconds: number }> {
  const started = performance.now()
  const path = fileURLToPath(new URL(`./sections/${file}`, import.meta.url))
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', path], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), SECTION_TIMEOUT_MS)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const seconds = (performance.now() - started) / 1000
      const tables = parseEmitted(stdout)
      if (tables) return resolve({ tables, seconds })
      const why = signal ? `killed (${signal}) after ${seconds.toFixed(0)} s` : `exit code ${code}`
      const detail = (stderr || stdout).trim().split('\n').slice(-8).join('\n')
      resolve({ error: `${why}\n${detail}`, seconds })
    })
  })
}

const started = new Date()
const cpu = cpus()
const header = [
  '# Benchmarks',
  '',
  'Written by `pnpm bench` (bench/src/run.ts); do not edit by hand.',
  '',
  `- Date: ${started.toISOString()}`,
  `- Node: ${process.version}`,
  `- Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory, ${platform()} ${release()}`,
  '',
  'Counts (requests, re-renders, timers, listeners) have limits; times are informational, and nothing asserts on them.',
  '',
]

const body: string[] = []
const over: string[] = []
let failed = 0
for (const [n, name, file] of SECTIONS) {
  process.stdout.write(`\n▶ ${n}. ${name} …\n`)
  const result = await runSection(file)
  if (result.error) {
    failed++
    body.push('', `## ${n}. ${name}`, '', `**Failed:** \`${file}\`: ${result.error.split('\n')[0]}`)
    process.stdout.write(
      `${n}. ${name} failed (${result.seconds.toFixed(1)} s):\n${result.error}\n`,
    )
    continue
  }
  for (const table of result.tables!) {
    const text = [
      `## ${n}. ${table.title}`,
      '',
      markdown(table),
      ...(table.note ? ['', table.note] : []),
    ]
    body.push('', ...text)
    process.stdout.write(`\n${text.join('\n')}\n`)
    for (const row of table.rows)
      if (row.some((cell) => cell.includes('(OVER)'))) over.push(`${n}. ${row[0]}`)
  }
  process.stdout.write(`(${result.seconds.toFixed(1)} s)\n`)
}

// Limits are reported, not enforced: the run fails only when a section cannot run.
const summary = over.length
  ? `**Over a limit (${over.length}):** ${over.join('; ')}.`
  : 'Every count is within its limit.'
const seconds = (Date.now() - started.getTime()) / 1000
const document = [...header, `- Whole run: ${seconds.toFixed(0)} s`, '', summary, ...body, ''].join(
  '\n',
)
writeFileSync(`${root}docs/benchmarks.md`, document)
process.stdout.write(`\n${summary}\nWrote docs/benchmarks.md (${seconds.toFixed(0)} s).\n`)
if (failed) process.exitCode = 1
