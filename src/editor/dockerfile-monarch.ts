/** Monarch grammar for Dockerfiles: directives, instructions, flags, variables, strings, heredocs. */
import { instructionDocs } from '../core/language/docs.ts';

const keywords = instructionDocs.map((d) => d.keyword.toLowerCase());

/** The Monarch language definition (plain data; Monaco's IMonarchLanguage shape). */
export const dockerfileMonarch = {
  defaultToken: '',
  ignoreCase: true,
  keywords,
  tokenizer: {
    root: [
      [/^\s*#\s*(syntax|escape|check)\s*=.*$/, 'metatag'],
      [/^\s*#.*$/, 'comment'],
      [/^(\s*)([a-zA-Z]+)(?=\s|$)/, ['white', { cases: { '$2@keywords': { token: 'keyword', next: '@args' }, '@default': 'invalid' } }]],
      [/\s+/, 'white'],
    ],
    args: [
      [/\\\s*$/, 'operator.escape'],
      [/$/, '', '@pop'],
      [/<<-?["']?(\w+)["']?/, { token: 'string.heredoc', next: '@heredoc.$1' }],
      [/(--[\w-]+)(=)/, ['type', 'delimiter']],
      [/--[\w-]+/, 'type'],
      [/\b(AS)\b/, 'keyword.as'],
      [/\$\{[^}]*\}|\$\w+/, 'variable'],
      [/"/, 'string', '@dstring'],
      [/'/, 'string', '@sstring'],
      [/[[\],]/, 'delimiter'],
      [/&&|\|\||[|;]/, 'operator'],
      [/[^\s"'$\\[\],&|;]+/, ''],
      [/\s+/, 'white'],
    ],
    dstring: [
      [/\$\{[^}]*\}|\$\w+/, 'variable'],
      [/[^"$\\]+/, 'string'],
      [/\\./, 'string.escape'],
      [/"/, 'string', '@pop'],
      [/./, 'string'],
    ],
    sstring: [
      [/[^']+/, 'string'],
      [/'/, 'string', '@pop'],
    ],
    heredoc: [
      [/^(\s*)(\w+)$/, { cases: { '$2==$S2': { token: 'string.heredoc', next: '@popall' }, '@default': 'string' } }],
      [/.*$/, 'string'],
    ],
  },
};

/** Comment and bracket settings for the language. */
export const dockerfileLanguageConfiguration = {
  comments: { lineComment: '#' },
  brackets: [['[', ']'], ['{', '}']] as [string, string][],
  autoClosingPairs: [{ open: '[', close: ']' }, { open: '"', close: '"' }, { open: '{', close: '}' }],
};
