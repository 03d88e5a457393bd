/** EXPOSE port parsing shared by the EXPOSE checks (tracks BuildKit dockerfile2llb/convert_expose.go splitParts). */
import type { Word } from '../../syntax/index.ts';
import type { Inst, RuleContext } from '../model/context.ts';
import { expandWord } from '../model/expand.ts';

/** The parts of `[ip:][hostPort:]containerPort[/proto]`. */
export interface PortSpec {
  readonly ip: string;
  readonly hostPort: string;
  readonly containerPort: string;
  readonly proto: string;
}

/** Splits one EXPOSE word. */
export function splitPort(raw: string): PortSpec {
  const slash = raw.lastIndexOf('/');
  const proto = slash >= 0 ? raw.slice(slash + 1) : '';
  const body = slash >= 0 ? raw.slice(0, slash) : raw;
  const parts = body.split(':');
  const n = parts.length;
  if (n === 1) return { ip: '', hostPort: '', containerPort: body, proto };
  if (n === 2) return { ip: '', hostPort: parts[0]!, containerPort: parts[1]!, proto };
  return { ip: parts.slice(0, n - 2).join(':'), hostPort: parts[n - 2]!, containerPort: parts[n - 1]!, proto };
}

/** One EXPOSE word of the Dockerfile, expanded with the env in force there, and its parts. */
export interface ExposedPort {
  readonly inst: Inst;
  readonly word: Word;
  readonly raw: string;
  readonly spec: PortSpec;
}

/** Every EXPOSE word of every stage, in order, expanded as BuildKit's dispatchExpose expands it. */
export function exposedPorts(ctx: RuleContext): ExposedPort[] {
  const ports: ExposedPort[] = [];
  for (const stage of ctx.stages) {
    const states = ctx.state(stage.index).before;
    stage.instructions.forEach((inst, i) => {
      if (inst.node.keyword !== 'expose') return;
      for (const word of inst.node.args) {
        const raw = expandWord(word.value, states[i]!.env, ctx.tree.escapeToken).result;
        ports.push({ inst, word, raw, spec: splitPort(raw) });
      }
    });
  }
  return ports;
}
