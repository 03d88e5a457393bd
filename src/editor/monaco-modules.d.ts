/** Type shims: monaco-editor's exports map hides `esm/vs/…`; Vite reaches it through an alias in astro.config.mjs. */
declare module 'monaco-editor/esm/vs/editor/editor.api' {
  export * from 'monaco-editor/editor/editor.api';
}
declare module 'monaco-editor/esm/vs/editor/editor.worker?worker' {
  /** Vite's worker constructor for Monaco's editor worker. */
  const EditorWorker: new () => Worker;
  export default EditorWorker;
}
