/** Inline suppression comments: hadolint's `ignore=`, `global ignore=`, `stage ignore=` and Layerlab's `layerlab ignore=ID -- reason`. */

/** One suppression comment. */
export interface Pragma {
  readonly kind: 'next' | 'stage' | 'file';
  readonly source: 'hadolint' | 'layerlab';
  readonly rules: readonly string[];
  /** The reason text, when given. */
  readonly reason: string | undefined;
}

const HADOLINT = /^\s*hadolint\s+(?:(global|stage)\s+)?ignore\s*=\s*([A-Za-z0-9_]+(?:\s*,\s*[A-Za-z0-9_]+)*)\s*(?:#\s*(.*))?$/;
const LAYERLAB = /^\s*layerlab\s+(ignore|ignore-stage|ignore-file)\s*=\s*([A-Za-z0-9_]+(?:\s*,\s*[A-Za-z0-9_]+)*)\s*(?:--\s*(.*))?$/;

/** Parses a comment's text (with or without the leading `#`); undefined when it is no pragma. */
export function parsePragma(comment: string): Pragma | undefined {
  // Both forms say `ignore` after their tool's name: most comments are neither, and need no regular expression.
  if (!comment.includes('ignore') || (!comment.includes('hadolint') && !comment.includes('layerlab'))) return undefined;
  const text = comment.replace(/^\s*#/, '');
  const h = HADOLINT.exec(text);
  if (h) {
    const kind = h[1] === 'global' ? 'file' : h[1] === 'stage' ? 'stage' : 'next';
    return { kind, source: 'hadolint', rules: split(h[2]!), reason: h[3]?.trim() || undefined };
  }
  const l = LAYERLAB.exec(text);
  if (l) {
    const kind = l[1] === 'ignore-file' ? 'file' : l[1] === 'ignore-stage' ? 'stage' : 'next';
    return { kind, source: 'layerlab', rules: split(l[2]!), reason: l[3]?.trim() || undefined };
  }
  return undefined;
}

function split(list: string): string[] {
  return list.split(',').map((r) => r.trim()).filter(Boolean);
}
