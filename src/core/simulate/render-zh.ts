/** Renders causes to Simplified Chinese (the playground on /zh-cn/ pages); render.ts is the English reference. */
import type { Cause, FileChange } from './causes.ts';

function quote(text: string): string {
  return '`' + text + '`';
}

function value(v: string | undefined): string {
  return v === undefined ? '未设置' : v === '' ? '""' : v;
}

const changeWords: Readonly<Record<FileChange['change'], string>> = {
  modified: '已修改',
  added: '已新增',
  deleted: '已删除',
  mode: '权限已改变',
  excluded: '被 .dockerignore 排除',
};

function files(changes: readonly FileChange[]): string {
  const words = changes.slice(0, 4).map((c) => `${c.path} ${changeWords[c.change]}`);
  const more = changes.length > 4 ? `，另有 ${changes.length - 4} 个` : '';
  return words.join('、') + more;
}

function user(name: string): string {
  return name || 'root（默认）';
}

/** One cause as a Chinese clause (no final punctuation). */
export function renderCauseZh(cause: Cause): string {
  switch (cause.kind) {
    case 'first-build':
      return '缓存中还什么都没有：这是首次构建';
    case 'new-step':
      return '这是新步骤：之前的构建都没有执行过它';
    case 'no-cache':
      return '--no-cache 强制 RUN、COPY 和 ADD 步骤重新执行';
    case 'instruction-changed':
      return `指令文本变了（原来是 ${quote(cause.before)}）`;
    case 'destination-changed':
      return `目标路径从 ${cause.before} 变成了 ${cause.after}`;
    case 'expansion-changed':
      return '它展开的某个变量的值变了';
    case 'build-arg-changed':
      return `构建参数 ${cause.name} 从 ${value(cause.before)} 变成了 ${value(cause.after)}`;
    case 'env-changed':
      return `ENV ${cause.name} 从 ${value(cause.before)} 变成了 ${value(cause.after)}`;
    case 'workdir-changed':
      return `工作目录从 ${cause.before} 变成了 ${cause.after}`;
    case 'user-changed':
      return `用户从 ${user(cause.before)} 变成了 ${user(cause.after)}`;
    case 'base-image-changed':
      return `基础镜像从 ${cause.before} 变成了 ${cause.after}`;
    case 'previous-step-ran':
      return `它的上一步重新执行了（${quote(cause.step)}）`;
    case 'previous-step-changed':
      return `它前面的步骤已不是缓存它时的那一步（现在是 ${quote(cause.step)}）`;
    case 'files-changed':
      return `${files(cause.changes)}，而 ${quote(cause.instruction)} 会读取${cause.changes.length === 1 ? '这个文件' : '这些文件'}`;
    case 'context-changed':
      return `${quote(cause.instruction)} 读取的文件变了`;
    case 'stage-output-changed': {
      const why = cause.producer ? `；${quote(cause.producer.step)} 的输出取决于：${cause.producer.dependsOn}` : '';
      return `阶段 ${cause.stage} 中的 ${cause.paths.join('、')} 变了，而 ${quote(cause.instruction)} 会复制它${why}`;
    }
    case 'unchanged':
      return '它依赖的内容都没有变';
    case 'identical-output':
      return `${quote(cause.instruction)} 仍然命中缓存：阶段 ${cause.stage} 重新执行了，但 ${cause.paths.join('、')} 的字节完全相同`;
    case 'same-content':
      return `${files(cause.changes)}，但 ${quote(cause.instruction)} 读取的字节与某个缓存结果一致`;
    case 'restored':
      return `输入又与构建 ${cause.build + 1} 一致了，它的结果仍在缓存中`;
    case 'error':
      return cause.message;
    default: {
      const never: never = cause;
      return never;
    }
  }
}

/** A whole cause chain as one Chinese sentence. */
export function renderCausesZh(causes: readonly Cause[]): string {
  return causes.length === 0 ? '' : causes.map(renderCauseZh).join('；') + '。';
}
