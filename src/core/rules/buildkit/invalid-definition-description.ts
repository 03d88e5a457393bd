// Tracks BuildKit frontend/dockerfile/instructions/parse.go (validateDefinitionDescription)
import { buildkitRule } from '../define.ts';
import { argPairs } from '../model/instr.ts';

/** A comment right above a named FROM or an ARG should start with the name it describes. */
export const invalidDefinitionDescription = buildkitRule({
  id: 'InvalidDefinitionDescription', title: 'Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`',
  category: 'style', since: '1.11.0', experimentalOn: ['modern', 'latest'],
  check(ctx, report) {
    for (const node of ctx.tree.instructions) {
      const keys = node.keyword === 'arg' ? argPairs(node).map((kv) => kv.key)
        : node.keyword === 'from' && node.args.length >= 3 ? [node.args[2]!.value.toLowerCase()] : [];
      if (keys.length === 0 || node.comments.length === 0) continue;
      const first = node.comments[node.comments.length - 1]!.trim().split(' ')[0]!;
      if (keys.includes(first)) continue;
      const name = node.keyword === 'arg' ? 'ARG' : 'FROM';
      report({ range: node.range, message: `Comment for ${name} should follow the format: \`# ${keys.length > 1 ? '<arg_key>' : keys[0]} <description>\`` });
    }
  },
});
