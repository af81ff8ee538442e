/**
 * One base error for everything Digest tells a user, after Eleventy's
 * `EleventyBaseError`: a message that names the file (and line) and what to do,
 * with the low-level error kept as `cause`.
 */
export class DigestError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A command-line mistake: the user typed something we cannot run (exit code 2). */
export class UsageError extends DigestError {}

/** The output folder is not one Digest may write to or replace. */
export class OutputGuardError extends DigestError {}

/** `--strict` and at least one input file was rejected. */
export class StrictModeError extends DigestError {}

/** Another build holds the output folder's lock. */
export class BuildLockedError extends DigestError {}

/**
 * Formats an error and its `cause` chain as numbered lines, the way Eleventy's
 * error handler does; the stack only when `verbose`.
 */
export function formatError(error: unknown, verbose = false): string {
  const lines: string[] = [];
  let current: unknown = error;
  let depth = 1;
  while (current !== undefined && current !== null && depth <= 10) {
    const message = current instanceof Error ? current.message : String(current);
    lines.push(depth === 1 ? message : `${depth - 1}. caused by: ${message}`);
    if (verbose && current instanceof Error && current.stack) lines.push(current.stack);
    current = current instanceof Error ? current.cause : undefined;
    depth++;
  }
  return lines.join('\n');
}
