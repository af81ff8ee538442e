/**
 * Decides whether Digest may write (and later replace) an output folder. Digest only
 * ever replaces a folder it wrote itself, which it marks with MARKER_FILE.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { OutputGuardError } from '../errors.ts';

/** The small file that marks a folder as a Digest output. */
export const MARKER_FILE = '.digest-output';

const isInside = (child: string, parent: string) => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/**
 * Throws an OutputGuardError unless `outputDir` is missing, empty, or a previous
 * Digest output; and never for the input folder, a folder holding it, the project
 * root, the home folder or `/`.
 */
export async function assertSafeOutputDir(outputDir: string, inputDir: string, projectRoot: string): Promise<void> {
  const out = path.resolve(outputDir);
  const input = path.resolve(inputDir);
  const forbidden: [string, string][] = [
    [path.parse(out).root, 'the file system root'],
    [path.resolve(projectRoot), 'the project root'],
    [os.homedir(), 'your home folder'],
  ];
  for (const [dir, name] of forbidden) {
    if (out === dir) throw new OutputGuardError(`Output folder ${outputDir} is ${name}; choose a folder of its own, e.g. --output dist`);
  }
  if (isInside(input, out)) {
    throw new OutputGuardError(`Output folder ${outputDir} is or contains the input folder ${inputDir}; choose another --output`);
  }
  if (isInside(out, input)) {
    throw new OutputGuardError(`Output folder ${outputDir} is inside the input folder ${inputDir}; its pages would be read as input next time`);
  }
  let entries: string[];
  try {
    const info = await stat(out);
    if (!info.isDirectory()) throw new OutputGuardError(`Output path ${outputDir} is a file, not a folder; choose another --output`);
    entries = await readdir(out);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (entries.length > 0 && !entries.includes(MARKER_FILE)) {
    throw new OutputGuardError(
      `Output folder ${outputDir} holds files Digest did not write (no ${MARKER_FILE} marker); ` +
        'Digest replaces its output folder whole, so it refuses. Empty it or choose another --output',
    );
  }
}
