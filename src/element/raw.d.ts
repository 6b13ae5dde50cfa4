/** A stylesheet's text (`?raw`): inlined by the build, read by Vite in tests. */
declare module '*.css?raw' {
  const css: string;
  export default css;
}
