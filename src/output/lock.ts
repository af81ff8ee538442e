/**
 * A lock file beside the output folder, so that two builds into one folder never
 * interleave: the second waits for the first, then builds on its own.
 */
import { open, readFile, rm } from 'node:fs/promises';
import { BuildLockedError } from '../errors.ts';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the lock at `lockPath`, waiting up to `timeoutMs` for a running build to
 * finish; a lock left by a process that no longer runs is taken over.
 * @returns a function that releases the lock.
 */
export async function acquireBuildLock(lockPath: string, timeoutMs: number): Promise<() => Promise<void>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
    if (!Number.isInteger(owner) || !isAlive(owner)) {
      // A build that died (or a lock being written this instant): remove and retry.
      if (!Number.isInteger(owner)) await sleep(50);
      const again = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
      if (again === owner || Number.isNaN(again)) await rm(lockPath, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new BuildLockedError(`Another Digest build (process ${owner}) is writing this output folder; wait for it or remove ${lockPath} if it is stuck`);
    }
    await sleep(100);
  }
}
