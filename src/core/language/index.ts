/** Language features over the Dockerfile syntax tree (LSP-shaped data, no editor imports). */
export type { CodeAction, DocLang, LanguageOptions, CompletionItem, Fix, Hover, LspDiagnostic, LspPosition, LspRange, RuleDoc, TextEdit } from './types.ts';
export { hover } from './hover.ts';
export { complete, predefinedArgs } from './completion.ts';
export { applyEdits, codeActions } from './code-actions.ts';
export { flagDocs, instructionDocs, instructionDoc, flagDoc } from './docs.ts';
export { stageNames, declaredVariables, instructionOnLine } from './tree-query.ts';
export { flagDocsZh, instructionDocsZh } from './docs-zh-cn.ts';
