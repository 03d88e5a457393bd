/** `apk add` parsing shared by DL3018 and DL3019. */
import type { Inst } from '../model/context.ts';
import { commandsOf } from '../model/instr.ts';

/** One `apk add` call: its options and package names. */
export interface ApkAdd {
  readonly options: readonly string[];
  readonly packages: readonly string[];
}

const WITH_VALUE = new Set(['-t', '--virtual', '-X', '--repository', '--root', '-p', '--arch', '--repositories-file', '--keys-dir', '--cache-dir']);

/** The `apk add` calls of a RUN. */
export function apkAdds(inst: Inst): ApkAdd[] {
  const out: ApkAdd[] = [];
  if (!inst.node.original.includes('apk')) return out;
  for (const command of commandsOf(inst.node)) {
    if (!command.text.includes('apk')) continue;
    const words = command.words;
    if (words[0] !== 'apk') continue;
    const addAt = words.indexOf('add');
    if (addAt < 0) continue;
    const options: string[] = words.slice(1, addAt);
    const packages: string[] = [];
    for (let i = addAt + 1; i < words.length; i++) {
      const w = words[i]!;
      if (w.startsWith('-')) {
        options.push(w);
        if (WITH_VALUE.has(w)) i++;
      } else packages.push(w);
    }
    out.push({ options, packages });
  }
  return out;
}
