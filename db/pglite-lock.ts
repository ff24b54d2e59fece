import { mkdirSync, openSync, readFileSync, unlinkSync, writeSync, closeSync } from 'node:fs';

export class DataFolderLockedError extends Error {
  override name = 'DataFolderLockedError';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite has no locking of its own: two processes on one folder silently lose writes.
 * Takes `<dir>.lock` holding our pid; refuses if a live process holds it, replaces a stale one.
 */
export function lockDataFolder(dir: string): () => void {
  const lockPath = `${dir}.lock`;
  mkdirSync(lockPath.slice(0, lockPath.lastIndexOf('/')) || '/', { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => {
        try {
          if (readFileSync(lockPath, 'utf8').trim() === String(process.pid)) unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = Number.parseInt(readFileSync(lockPath, 'utf8').trim(), 10);
    if (holder === process.pid) return () => {};
    if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
      throw new DataFolderLockedError(
        `The embedded database folder ${dir} is in use by another Stillnight process (pid ${holder}).\n` +
          'Stop that process first, or point this one at another folder with PGLITE_DIR (or use DATABASE_URL).',
      );
    }
    try {
      unlinkSync(lockPath);
    } catch {
      // another starter removed it first; try again
    }
  }
  throw new DataFolderLockedError(`Could not take the lock on ${dir}; try starting again.`);
}
