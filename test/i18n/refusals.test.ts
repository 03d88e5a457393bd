/** Every refusal state/files.ts words in English reads in Chinese on Chinese pages, naming the same path. */
import { describe, expect, it } from 'vitest';
import { addFile, addFolder, deletePath, makeWorkspace, renamePath, updateFile, type EditResult } from '../../src/editor/state/files.ts';
import { english, translator } from '../../src/editor/i18n.ts';
import { refusalText } from '../../src/editor/refusals.ts';

const ws = makeWorkspace([
  { path: 'main.go', content: 'package main' },
  { path: 'go.sum', content: '', readonly: true },
  { path: 'lib/go.sum', content: '', readonly: true },
]);

function reason(r: EditResult): string {
  if (r.kind !== 'refused') throw new Error('expected a refusal');
  return r.reason;
}

const cases: readonly (readonly [string, EditResult, string])[] = [
  ['invalid', addFile(ws, '../x'), '“../x”不是有效的路径'],
  ['missing', updateFile(ws, 'nope.go', ''), 'nope.go 不存在'],
  ['read-only', updateFile(ws, 'go.sum', ''), 'go.sum 是只读的'],
  ['exists', addFolder(ws, 'main.go'), 'main.go 已存在'],
  ['file in the way', addFile(ws, 'main.go/x.go'), 'main.go/x.go 的某个上级文件夹的位置上已经有一个文件'],
  ['into itself', renamePath(ws, 'lib', 'lib/inner'), '不能把 lib 移动到它自己里面'],
  ['holds read-only', deletePath(ws, 'lib'), 'lib 中有只读文件'],
];

describe('refusalText', () => {
  const zh = translator('zh-cn');
  for (const [name, result, expected] of cases) {
    it(`words the ${name} refusal in Chinese`, () => {
      expect(refusalText(reason(result), zh)).toBe(expected);
      expect(refusalText(reason(result), english)).toBe(reason(result));
    });
  }

  it('leaves a reason it does not know as it is', () => {
    expect(refusalText('something new happened', zh)).toBe('something new happened');
  });
});
