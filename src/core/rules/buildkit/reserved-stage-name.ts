// Tracks BuildKit frontend/dockerfile/dockerfile2llb/validations.go (reservedStageNames)
import { buildkitRule } from '../define.ts';

const RESERVED = new Set(['scratch', 'context']);

/** `scratch` and `context` mean something else to BuildKit. */
export const reservedStageName = buildkitRule({
  id: 'ReservedStageName', title: 'Reserved words should not be used as stage names', category: 'correctness', since: '1.8.0',
  check(ctx, report) {
    for (const stage of ctx.stages) {
      if (stage.name !== undefined && RESERVED.has(stage.name)) {
        report({ range: stage.from.node.range, message: `Stage name should not use the same name as reserved stage "${stage.name}"` });
      }
    }
  },
});
