import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { lockDataFolder } from './pglite-lock';

function holdLockInAnotherProcess(dir: string): Promise<ChildProcess> {
  const script = `import('./db/pglite-lock.ts').then((m) => { m.lockDataFolder(${JSON.stringify(dir)}); console.log('locked'); setInterval(() => {}, 1000); });`;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve(child));
    child.on('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
}

describe('PGlite data folder lock', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

  it('refuses a second process on a folder a live process holds, then recovers once it is gone', async () => {
    const root = mkdtempSync(join(tmpdir(), 'stillnight-lock-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const dir = join(root, 'pglite');
    const holder = await holdLockInAnotherProcess(dir);
    cleanups.push(() => holder.kill('SIGKILL'));

    await expect(openDatabase({ pgliteDir: dir })).rejects.toThrow(/in use by another Stillnight process \(pid \d+\)/);
    expect(existsSync(dir)).toBe(false);

    // A holder killed without cleaning up leaves a stale lock, which the next start replaces.
    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
    const handle = await openDatabase({ pgliteDir: dir });
    expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    await handle.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it('lets the same process take its own lock again (a dev-server reload)', () => {
    const root = mkdtempSync(join(tmpdir(), 'stillnight-lock-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const release = lockDataFolder(join(root, 'pglite'));
    expect(() => lockDataFolder(join(root, 'pglite'))).not.toThrow();
    release();
  });
});
