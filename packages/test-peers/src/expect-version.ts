/** Stops the run unless the adapter's suite really loads the framework version under test. */
export function expectVersion(name: string, loaded: string, expected: string): void {
  // React 18.0.0 reports its build too: '18.0.0-fc46dba67-20220329'.
  if (loaded.split('-')[0] !== expected)
    throw new Error(`test-peers: the suite loaded ${name} ${loaded}, not ${expected}`)
}
