import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

/** Debian's Chromium, or CHROMIUM_PATH; a clear message when neither is there. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(path))
    throw new Error(
      `Chromium not found at ${path}. Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium binary)`,
    )
  return path
}

/**
 * Headless Chromium as the browser tests need it: no sandbox (CI runs as root), no network of
 * its own (this machine has none), and background tabs whose timers run at full speed, since
 * the cross-tab tests time what happens in tabs that are not in front. `args` adds switches,
 * e.g. `--host-resolver-rules=MAP evil.test 127.0.0.1` for a second site on loopback.
 */
export function launchChromium(args: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      ...args,
    ],
  })
}
