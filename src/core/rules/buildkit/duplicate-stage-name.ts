// Tracks BuildKit frontend/dockerfile/dockerfile2llb/validations.go (validateStageNames)
import { buildkitRule } from '../define.ts';

/** Two stages with one name: `--target` and `COPY --from` can only reach the first. */
export const duplicateStageName = buildkitRule({
  id: 'DuplicateStageName', title: 'Stage names should be unique', category: 'correctness', since: '1.8.0',
  check(ctx, report) {
    const seen = new Set<string>();
    for (const stage of ctx.stages) {
      if (stage.name === undefined) continue;
      if (seen.has(stage.name)) report({ range: stage.from.node.range, message: `Duplicate stage name "${stage.name}", stage names should be unique` });
      seen.add(stage.name);
    }
  },
});
