/** Layerlab rule: `COPY . .` with a .dockerignore that lets in .git, binaries or vendor leftovers. */
import { layerlabRule } from '../define.ts';
import { copyOf } from '../model/instr.ts';
import { allInsts, instRange } from '../model/util.ts';

/** Everything in the context is hashed and sent; a changed .git or binary busts the `COPY . .` layer for nothing. */
export const contextHygiene = layerlabRule({
  id: 'ContextHygiene', title: 'Keep .git, built binaries and vendor leftovers out of the context', severity: 'warning', category: 'cache',
  check(ctx, report) {
    const ignore = ctx.context.dockerignore;
    if (ignore === undefined) return;
    const copyAll = allInsts(ctx).find((i) => i.node.keyword === 'copy' && copyOf(i.node).from === undefined && copyOf(i.node).sources.some((s) => /^\.\/?$/.test(s.value)));
    if (!copyAll) return;
    if (ignore === null) {
      report({ range: instRange(ctx, copyAll), message: 'COPY . . with no .dockerignore: .git, local binaries and editor files go into the context, and any change to them reruns this layer and everything after it' });
      return;
    }
    const files = ctx.context.files;
    const exists = (re: RegExp) => files === undefined || files.some((f) => re.test(f));
    const leaks: string[] = [];
    if (exists(/^\.git(\/|$)/) && !ignore.matches('.git')) leaks.push('.git');
    for (const dir of ['bin', 'dist']) if (files?.some((f) => f.startsWith(dir + '/')) && !ignore.matches(dir)) leaks.push(`${dir}/`);
    const usesVendor = allInsts(ctx).some((i) => /-mod=vendor/.test(i.node.original));
    if (files?.some((f) => f.startsWith('vendor/')) && !usesVendor && !ignore.matches('vendor')) leaks.push('vendor/');
    if (files?.some((f) => /\.(exe|test|out)$/.test(f) && !ignore.matches(f))) leaks.push('built binaries (*.exe, *.test)');
    if (leaks.length) report({ range: instRange(ctx, copyAll), message: `COPY . . takes in ${leaks.join(', ')}: .dockerignore does not exclude ${leaks.length > 1 ? 'them' : 'it'}, so unrelated changes rerun this layer and everything after it` });
  },
});
