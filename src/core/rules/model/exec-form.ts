/** Turns a simple shell-form CMD/ENTRYPOINT into exec form, when that keeps its meaning. */
import type { TextEdit } from '../types.ts';
import type { Inst, RuleContext } from './context.ts';
import { rangeOf, offsetAt } from './text.ts';
import { singleLine } from './util.ts';

/** The label of the exec-form fix. */
export const EXEC_FORM_FIX_TITLE = 'Convert to JSON (exec) form';

/** An edit replacing the arguments with a JSON array, or undefined when the command uses shell features. */
export function execFormFix(ctx: RuleContext, inst: Inst): TextEdit[] | undefined {
  const arg = inst.node.args[0];
  if (!singleLine(inst) || !arg || inst.node.args.length !== 1 || /[$|&;<>*?`'"(){}\\~#]/.test(arg.value)) return undefined;
  const words = arg.value.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const start = offsetAt(ctx.lines, arg.range.start);
  const end = offsetAt(ctx.lines, inst.node.range.end);
  return [{ range: rangeOf(ctx.lines, start, end), newText: JSON.stringify(words).replace(/","/g, '", "') }];
}
