/** One table of a section's results, as printed and as written to docs/benchmarks.md. */
export interface Table {
  title: string
  columns: string[]
  rows: string[][]
  /** What was measured and how, under the table. */
  note?: string
}

const MARK = '@@bench-result '

/**
 * A section prints its tables as one marked line, which the runner collects, and exits: a
 * client that leaks a timer (the leftovers section makes some on purpose) must not hold it open.
 */
export function emit(tables: Table[]): void {
  process.stdout.write(`\n${MARK}${JSON.stringify(tables)}\n`, () => process.exit(0))
}

export function parseEmitted(stdout: string): Table[] | undefined {
  const line = stdout.split('\n').find((l) => l.startsWith(MARK))
  return line ? (JSON.parse(line.slice(MARK.length)) as Table[]) : undefined
}

export function markdown(table: Table): string {
  const escapeCell = (cell: string) => cell.replace(/\|/g, '\\|')
  // Figures right-aligned, text left.
  const figure = (cell: string) => /^([-+]?\d|—$|missing$|failed$)/.test(cell)
  const align = table.columns.map((_, i) =>
    i > 0 && table.rows.every((row) => figure(row[i] ?? '')) ? '---:' : '---',
  )
  const lines = [
    `| ${table.columns.map(escapeCell).join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
  ]
  return lines.join('\n')
}

/** Within a count limit or not; counts only, never a timing. */
export function verdict(value: number, limit: number): string {
  return value <= limit ? 'ok' : 'OVER'
}

/** Megabytes, 1 MB = 10^6 B. */
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`

/** Kilobytes as size-limit counts them: 1 kB = 1000 B. */
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}
