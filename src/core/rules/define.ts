/** Rule constructors that fill family, URL and engines from a few fields (typescript-eslint createRule). */
import type { EngineId, Report, Rule, RuleCategory, RuleMeta, RuleSeverity } from './types.ts';
import type { RuleContext } from './model/context.ts';

/** Base URL of Layerlab's own rule pages. */
export const RULE_PAGE_BASE = 'https://layerlab.dev/rules/';

type Check = (ctx: RuleContext, report: (report: Report) => void) => void;

interface Common {
  readonly id: string;
  readonly title: string;
  readonly category: RuleCategory;
  readonly fixable?: boolean;
  readonly check: Check;
}

const kebab = (id: string) => id.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();

/** A BuildKit check: warning severity, docs.docker.com URL, engines from the frontend version that added it. */
export function buildkitRule(def: Common & { readonly since: string; readonly noUpstreamPage?: boolean; readonly experimentalOn?: readonly EngineId[]; readonly severity?: RuleSeverity }): Rule {
  const engines: EngineId[] = Number(def.since.split('.')[1]) <= 19 ? ['modern', 'latest'] : ['latest'];
  const meta: RuleMeta = {
    id: def.id, title: def.title, family: 'buildkit', severity: def.severity ?? 'warning', category: def.category,
    url: def.noUpstreamPage ? RULE_PAGE_BASE + def.id + '/' : `https://docs.docker.com/go/dockerfile/rule/${kebab(def.id)}/`,
    engines, fixable: def.fixable ?? false, since: def.since,
    ...(def.experimentalOn ? { experimentalOn: def.experimentalOn } : {}),
  };
  return { meta, check: def.check };
}

/** A hadolint DL rule under its own id, so `# hadolint ignore=` keeps working. */
export function hadolintRule(def: Common & { readonly severity: RuleSeverity }): Rule {
  const meta: RuleMeta = {
    id: def.id, title: def.title, family: 'hadolint', severity: def.severity, category: def.category,
    url: `https://github.com/hadolint/hadolint/wiki/${def.id}`, engines: ['v0.8', 'modern', 'latest'], fixable: def.fixable ?? false,
  };
  return { meta, check: def.check };
}

/** A Layerlab rule (Go builds, stage graph, context hygiene). */
export function layerlabRule(def: Common & { readonly severity: RuleSeverity; readonly engines?: readonly EngineId[] }): Rule {
  const meta: RuleMeta = {
    id: def.id, title: def.title, family: 'layerlab', severity: def.severity, category: def.category,
    url: RULE_PAGE_BASE + def.id + '/', engines: def.engines ?? ['v0.8', 'modern', 'latest'], fixable: def.fixable ?? false,
  };
  return { meta, check: def.check };
}
