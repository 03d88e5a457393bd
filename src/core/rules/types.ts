/** Rule, finding and check-input types of the Dockerfile checker (tracks BuildKit frontend/dockerfile/linter/ruleset.go). */
import type { Range } from '../syntax/types.ts';
import type { RuleContext } from './model/context.ts';

/** How serious a finding is, hadolint's scale (error > warning > info > style). */
export type RuleSeverity = 'error' | 'warning' | 'info' | 'style';

/** Where a rule comes from: BuildKit's own checks, hadolint's DL rules, or Layerlab's Go build rules. */
export type RuleFamily = 'buildkit' | 'hadolint' | 'layerlab';

/** What a finding costs when ignored. */
export type RuleCategory = 'correctness' | 'cache' | 'time' | 'size' | 'security' | 'portability' | 'style';

/** The engines Layerlab knows: the old BuildKit v0.8, the recorded modern one (dockerfile 1.19) and the newest frontend. */
export type EngineId = 'v0.8' | 'modern' | 'latest';

/** An LSP text edit: replace `range` with `newText`. */
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** A rule's data: everything but its check. */
export interface RuleMeta {
  /** Stable id: BuildKit's rule name, hadolint's DL code, or a Layerlab PascalCase name. */
  readonly id: string;
  readonly title: string;
  readonly family: RuleFamily;
  readonly severity: RuleSeverity;
  readonly category: RuleCategory;
  /** Documentation URL (upstream page for BuildKit/hadolint rules, Layerlab's page otherwise). */
  readonly url: string;
  /** Engines the rule applies to. */
  readonly engines: readonly EngineId[];
  /** True when at least some reports carry a fix. */
  readonly fixable: boolean;
  /** BuildKit frontend version that introduced the check, for BuildKit rules. */
  readonly since?: string;
  /** Engines where BuildKit treats the rule as experimental (off unless `experimental=` enables it). */
  readonly experimentalOn?: readonly EngineId[];
}

/** What a rule reports: where, what, and optionally a fix. */
export interface Report {
  readonly range: Range;
  readonly message: string;
  readonly fix?: readonly TextEdit[];
  /** What the fix does, as an editor shows it ("Write 'COPY'", "Convert to JSON form"); the rule's title when left out. */
  readonly fixTitle?: string;
  /** Set when the finding rests on a guess (e.g. unknown base-image metadata); says what the guess is. */
  readonly uncertain?: string;
  /** Index of the instruction reported on, used for per-instruction suppression; defaults to the one containing range. */
  readonly instruction?: number;
}

/** A rule: data plus a check (typescript-eslint createRule, BuildKit LinterRule). */
export interface Rule {
  readonly meta: RuleMeta;
  readonly check: (ctx: RuleContext, report: (report: Report) => void) => void;
}

/** A finding as the checker returns it. */
export interface Finding {
  readonly ruleId: string;
  readonly family: RuleFamily;
  readonly severity: RuleSeverity;
  readonly category: RuleCategory;
  readonly message: string;
  readonly range: Range;
  readonly url: string;
  readonly fix?: readonly TextEdit[];
  /** Present exactly when `fix` is: a short label for the fix (for quick-fix menus). */
  readonly fixTitle?: string;
  readonly uncertain?: string;
}

/** Files of the build context, as plain data (the CLI reads them; the editor passes what it has). */
export interface ContextInput {
  /** Paths relative to the context root, `/`-separated; when given, lets rules see what exists. */
  readonly files?: readonly string[];
  /** Text of the .dockerignore that applies, null when there is none, undefined when unknown. */
  readonly dockerignore?: string | null;
  /** Text of go.mod at the context root, when present. */
  readonly goMod?: string | null;
}

/** Everything the checker needs: pure data, no IO. */
export interface CheckInput {
  readonly text: string;
  readonly path?: string;
  readonly context?: ContextInput;
  /** Build args as `--build-arg` would pass them (BUILDKIT_DOCKERFILE_CHECK included). */
  readonly buildArgs?: Readonly<Record<string, string>>;
  /** Target stage name; default: the last stage. */
  readonly target?: string;
  readonly engine?: EngineId;
  readonly config?: import('./config/schema.ts').CheckConfig;
}
