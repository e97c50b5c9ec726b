import { configure } from '@testing-library/svelte'

// The sign-in tests talk to a real dev server on loopback: on a loaded machine (CI's two cores,
// suites side by side) a round trip can take longer than testing-library's 1 s default wait.
configure({ asyncUtilTimeout: 5_000 })
