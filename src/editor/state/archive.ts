/** Export and import of the build context as .zip (fflate) or .tar (our ustar codec). */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readTar, writeTar } from './tar.ts';

/** Archive formats we read and write. */
export type ArchiveFormat = 'zip' | 'tar';

/** Packs files (path → text) into an archive. */
export function packContext(files: Readonly<Record<string, string>>, format: ArchiveFormat): Uint8Array {
  switch (format) {
    case 'zip': {
      const entries: Record<string, Uint8Array> = {};
      for (const [path, text] of Object.entries(files)) entries[path] = strToU8(text);
      return zipSync(entries, { level: 6, mtime: new Date(1980, 0, 1) });
    }
    case 'tar':
      return writeTar(files);
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}

/** Unpacks an archive, telling zip from tar by its bytes; folders and non-UTF-8 files are skipped. */
export function unpackContext(data: Uint8Array): Record<string, string> {
  if (data[0] === 0x50 && data[1] === 0x4b) {
    const files: Record<string, string> = {};
    for (const [path, bytes] of Object.entries(unzipSync(data))) {
      if (path.endsWith('/') || path.startsWith('__MACOSX/')) continue;
      files[path.replace(/^\.\//, '')] = strFromU8(bytes);
    }
    return files;
  }
  return readTar(data);
}
