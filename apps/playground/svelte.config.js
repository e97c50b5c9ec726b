// Svelte 5 compiles <script lang="ts"> itself: no preprocessor needed. The components use runes.
export default {
  compilerOptions: { runes: true },
}
