import { version } from 'react'
import { version as domVersion } from 'react-dom'
import { expectVersion } from './expect-version'

// Without the alias the suite would pass on the newest React and prove nothing.
expectVersion('react', version, '18.0.0')
expectVersion('react-dom', domVersion, '18.0.0')
