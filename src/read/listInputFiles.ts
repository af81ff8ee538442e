/**
 * Lists every entry of the input folder, recursively, in code-point order so the
 * build never depends on the order the disk returns. Anything that cannot become a
 * text file (a symlink loop, a socket, an unreadable folder) is a named rejection.
 */
import { readdir, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import { DigestError } from '../errors.ts';
import type { Rejection } from '../schemas.ts';

/** The input folder itself cannot be read. */
export class InputFolderError extends DigestError {}

/** A regular file found under the input folder. */
export interface InputFile {
  /** Path relative to the input folder, with `/` separators. */
  file: string;
  absolute: string;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function reasonFor(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ELOOP':
      return 'symbolic link loop: the link points back at itself; remove it or point it at a real file';
    case 'ENOENT':
      return 'broken symbolic link: its target does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: Digest may not read this file; fix its permissions (chmod +r)';
    default:
      return `cannot be read (${error.code ?? error.message})`;
  }
}

/** Lists the input folder; throws InputFolderError when the folder itself cannot be listed. */
export async function listInputFiles(inputDir: string): Promise<{ files: InputFile[]; rejected: Rejection[] }> {
  const files: InputFile[] = [];
  const rejected: Rejection[] = [];
  const rootStat = await stat(inputDir).catch((error: NodeJS.ErrnoException) => {
    throw new InputFolderError(`input folder "${inputDir}" cannot be read: ${error.code ?? error.message}; pass an existing folder with --input`, { cause: error });
  });
  if (!rootStat.isDirectory()) throw new InputFolderError(`input "${inputDir}" is not a folder; pass a folder of text files with --input`);

  async function walk(relativeDir: string, seenDirs: Set<string>): Promise<void> {
    const absoluteDir = path.join(inputDir, relativeDir);
    let entries: Dirent[];
    try {
      entries = (await readdir(absoluteDir, { withFileTypes: true })).sort((a, b) => byCodePoint(a.name, b.name));
    } catch (error) {
      if (relativeDir === '') throw new InputFolderError(`input folder "${inputDir}" cannot be listed: ${(error as Error).message}`, { cause: error });
      rejected.push({ file: relativeDir, reason: reasonFor(error as NodeJS.ErrnoException) });
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      const file = relativeDir === '' ? name : `${relativeDir}/${name}`;
      if (name.startsWith('.')) {
        // .git, .DS_Store: not content, but named so that no input goes unaccounted for
        rejected.push({ file, reason: 'hidden file or folder (its name starts with "."); skipped' });
        continue;
      }
      const absolute = path.join(inputDir, file);
      // A plain file needs no stat here: its size is checked on the open handle.
      if (entry.isFile()) {
        files.push({ file, absolute });
        continue;
      }
      try {
        const target = await stat(absolute);
        if (target.isDirectory()) {
          const key = `${target.dev}:${target.ino}`;
          if (seenDirs.has(key)) rejected.push({ file, reason: 'symbolic link loop: this folder links back to a folder above it' });
          else await walk(file, new Set([...seenDirs, key]));
        } else if (target.isFile()) files.push({ file, absolute });
        else rejected.push({ file, reason: 'not a regular file (a device, socket or pipe); remove it from the input folder' });
      } catch (error) {
        rejected.push({ file, reason: reasonFor(error as NodeJS.ErrnoException) });
      }
    }
  }
  await walk('', new Set([`${rootStat.dev}:${rootStat.ino}`]));
  return { files, rejected };
}
