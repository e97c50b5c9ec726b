import { version } from 'vue'
import { expectVersion } from './expect-version'

// Without the alias the suite would pass on the newest Vue and prove nothing.
expectVersion('vue', version, '3.3.0')
