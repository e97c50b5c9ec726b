// What every example app shows, as the tests find it: the same labels and roles in all three,
// so one suite drives them all.
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

export const EMAIL = 'demo@example.com'

/** The performance mark each app sets once it has hydrated (in its header's mount hook). */
export const HYDRATED_MARK = 'example:hydrated'

/** Waits for the app's hydration mark: before it, a click could submit a plain HTML form. */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    HYDRATED_MARK,
    { timeout: 15_000 },
  )
}

/** The text of the page's header now (never waits; for expect.poll). */
export const headerText = async (page: Page): Promise<string> =>
  (await page.locator('header').allTextContents()).join(' ')

/** The text of the first match now, or null: never waits, for use inside expect.poll. */
export const textNow = async (page: Page, selector: string): Promise<string | null> =>
  (await page.locator(selector).allTextContents())[0] ?? null

export async function expectHeaderSignedIn(page: Page, email = EMAIL): Promise<void> {
  await expect.poll(() => headerText(page), { timeout: 10_000 }).toContain(email)
  await expect
    .poll(() => page.locator('header').getByRole('button', { name: 'Sign out' }).count())
    .toBe(1)
}

export async function expectHeaderSignedOut(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('header').getByRole('link', { name: 'Sign in' }).count(), {
      timeout: 10_000,
    })
    .toBe(1)
  expect(await headerText(page)).not.toContain('@')
}
