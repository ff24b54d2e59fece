import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

export class DataFolderLockedError extends Error {
  override name = 'DataFolderLockedError';
}

/** What a lock file holds: written in full to a private file before it is linked into place. */
export type LockRecord = { pid: number; token: string; host: string };

const held = ((globalThis as { __stillnightHeldLocks?: Set<string> }).__stillnightHeldLocks ??= new Set());

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readRecord(path: string): LockRecord | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    const r = JSON.parse(text) as Partial<LockRecord>;
    if (Number.isInteger(r.pid) && typeof r.token === 'string' && typeof r.host === 'string') return r as LockRecord;
  } catch {
    // not ours (an older plain-pid lock, or a stray file): judged below like a dead holder's
  }
  const pid = Number.parseInt(text.trim(), 10);
  return { pid: Number.isInteger(pid) ? pid : 0, token: `unreadable:${text}`, host: hostname() };
}

/** A lock another host holds cannot be checked from here, so it always counts as live. */
function holderIsAlive(r: LockRecord): boolean {
  if (r.host !== hostname()) return true;
  // Our own pid under a token this process never took: a crashed earlier run (containers reuse low pids).
  return r.pid > 0 && r.pid !== process.pid && isAlive(r.pid);
}

function unlinkIfOwned(path: string, token: string): void {
  try {
    if (readRecord(path)?.token === token) unlinkSync(path);
  } catch {
    // already gone
  }
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Creates `path` with `record` in it, or returns false if it exists: never visible half-written. */
function createExclusive(path: string, record: LockRecord): boolean {
  const temp = `${path}.${record.token}.tmp`;
  writeFileSync(temp, JSON.stringify(record), { flag: 'wx' });
  try {
    linkSync(temp, path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    unlinkSync(temp);
  }
}

/**
 * Removes the lock file only if it still is the dead holder's record `stale`. Breakers take turns through
 * `<lock>.break` (itself created atomically), so one breaker can never remove a lock another has just taken.
 */
function removeStaleLock(lockPath: string, stale: LockRecord, me: LockRecord): void {
  const breakPath = `${lockPath}.break`;
  if (!createExclusive(breakPath, me)) {
    const breaker = readRecord(breakPath);
    if (breaker && holderIsAlive(breaker)) pause(5);
    else if (breaker) {
      // A breaker died inside its few microseconds of work: move its file aside, and drop it only if unchanged.
      const aside = `${breakPath}.${me.token}.stale`;
      try {
        renameSync(breakPath, aside);
      } catch {
        return;
      }
      if (readRecord(aside)?.token !== breaker.token) {
        try {
          linkSync(aside, breakPath);
        } catch {
          // someone else's live breaker is in place: theirs stands
        }
      }
      rmSync(aside, { force: true });
    }
    return;
  }
  try {
    // Only holders remove their own lock and only breakers remove a dead one, so this read and unlink see one file.
    unlinkIfOwned(lockPath, stale.token);
  } finally {
    unlinkIfOwned(breakPath, me.token);
  }
}

function lockedMessage(dir: string, lockPath: string, holder: LockRecord): string {
  const where = holder.host === hostname() ? `pid ${holder.pid}` : `pid ${holder.pid} on host ${holder.host}`;
  return (
    `The embedded database folder ${dir} is in use by another Stillnight process (${where}).\n` +
    'Stop that process first, or point this one at another folder with PGLITE_DIR (or use DATABASE_URL).\n' +
    `If no such process is running, delete ${lockPath}.`
  );
}

/**
 * PGlite has no locking of its own: two processes on one folder silently lose writes.
 * Takes `<dir>.lock` for this process's lifetime; refuses if a live process holds it, replaces a dead one's.
 */
export function lockDataFolder(dir: string): () => void {
  const lockPath = `${dir}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true });
  const me: LockRecord = { pid: process.pid, token: randomUUID(), host: hostname() };
  for (let attempt = 0; attempt < 20; attempt++) {
    if (createExclusive(lockPath, me)) {
      held.add(me.token);
      const release = () => {
        process.off('exit', release);
        if (!held.delete(me.token)) return;
        unlinkIfOwned(lockPath, me.token);
      };
      process.once('exit', release);
      return release;
    }
    const holder = readRecord(lockPath);
    if (!holder) continue;
    // A dev-server reload opens the folder again in the same process.
    if (held.has(holder.token)) return () => {};
    if (holderIsAlive(holder)) {
      throw new DataFolderLockedError(lockedMessage(dir, lockPath, holder));
    }
    removeStaleLock(lockPath, holder, me);
  }
  throw new DataFolderLockedError(`Could not take the lock on ${dir}; try starting again.`);
}
