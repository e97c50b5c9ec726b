// For tools that do not read .vue files (svelte-check, plain tsc); vue-tsc checks the real
// components instead. .svelte modules are typed by the svelte package itself.
declare module '*.vue' {
  import type { DefineComponent } from 'vue'

  const component: DefineComponent
  export default component
}
