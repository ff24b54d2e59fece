import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { lockDataFolder, type LockRecord } from './pglite-lock';

const lockedMessage = /in use by another Stillnight process \(pid \d+\)/;

function holdLockInAnotherProcess(dir: string): Promise<ChildProcess> {
  const script = `import('./db/pglite-lock.ts').then((m) => { m.lockDataFolder(${JSON.stringify(dir)}); console.log('locked'); setInterval(() => {}, 1000); });`;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve(child));
    child.on('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(child.stdout.trim());
}

function writeLock(path: string, record: Partial<LockRecord>): void {
  writeFileSync(path, JSON.stringify({ token: 'stale-token', host: hostname(), ...record }));
}

type Report = { kind: 'held' | 'refused' | 'released'; round: number; message?: string };

/** Starts one contender of the race (db/testing/lock-racer.ts) and hands its reports over as they come. */
function startRacer(mode: 'lock' | 'pglite', dir: string, signals: string, rounds: number, name: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'db/testing/lock-racer.ts', mode, dir, signals, String(rounds), name], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const reports: Report[] = [];
  let wake = () => {};
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const [kind, round, ...rest] = line.split(' ');
    reports.push({ kind: kind as Report['kind'], round: Number(round), message: rest.length ? JSON.parse(rest.join(' ')) : undefined });
    wake();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => (resolve(code), wake())));
  let done = false;
  void exited.then(() => (done = true));
  return {
    child,
    exited,
    async next(round: number): Promise<Report> {
      for (;;) {
        const i = reports.findIndex((r) => r.round === round);
        if (i >= 0) return reports.splice(i, 1)[0]!;
        if (done) throw new Error(`${name} exited before reporting round ${round}`);
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}

/**
 * Two processes wait for one `go` file and then both try to take the folder, `rounds` times over. Returns the
 * holder's name per round; every round must have exactly one holder while the other is refused.
 */
async function race(mode: 'lock' | 'pglite', dir: string, rounds: number, beforeRound: (round: number) => void) {
  const signals = mkdtempSync(join(tmpdir(), 'stillnight-race-'));
  const racers = ['a', 'b'].map((name) => ({ name, ...startRacer(mode, dir, signals, rounds, name) }));
  const holders: string[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      beforeRound(round);
      writeFileSync(join(signals, `go-${round}`), '');
      const reports = await Promise.all(racers.map((r) => r.next(round)));
      const held = racers.filter((_, i) => reports[i]!.kind === 'held');
      expect(held.map((r) => r.name), `round ${round}: exactly one holder`).toHaveLength(1);
      const refused = reports.find((r) => r.kind === 'refused');
      expect(refused?.message, `round ${round}: the other is told why`).toMatch(lockedMessage);
      const holder = held[0]!;
      holders.push(holder.name);
      writeFileSync(join(signals, `release-${round}`), '');
      expect((await holder.next(round)).kind).toBe('released');
    }
    expect(await Promise.all(racers.map((r) => r.exited))).toEqual([0, 0]);
  } finally {
    racers.forEach((r) => r.child.kill('SIGKILL'));
    rmSync(signals, { recursive: true, force: true });
  }
  return holders;
}

describe('PGlite data folder lock', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

  function tempFolder(): string {
    const root = mkdtempSync(join(tmpdir(), 'stillnight-lock-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    return join(root, 'pglite');
  }

  it('refuses a second process on a folder a live process holds, then recovers once it is gone', async () => {
    const dir = tempFolder();
    const holder = await holdLockInAnotherProcess(dir);
    cleanups.push(() => holder.kill('SIGKILL'));

    await expect(openDatabase({ pgliteDir: dir })).rejects.toThrow(lockedMessage);
    expect(existsSync(dir)).toBe(false);

    // A holder killed without cleaning up leaves a stale lock, which the next start replaces.
    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
    const handle = await openDatabase({ pgliteDir: dir });
    expect(JSON.parse(readFileSync(`${dir}.lock`, 'utf8')).pid).toBe(process.pid);
    await handle.close();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it('lets the same process take its own lock again (a dev-server reload)', () => {
    const dir = tempFolder();
    const release = lockDataFolder(dir);
    expect(() => lockDataFolder(dir)).not.toThrow();
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it('replaces a lock whose holder is dead, whatever it holds, and leaves no stray files', () => {
    const dir = tempFolder();
    const stale: (string | Partial<LockRecord>)[] = [
      { pid: deadPid() },
      { pid: process.pid, token: 'an earlier run under the same pid' },
      String(deadPid()), // an older version's plain pid
      '', // an older version's lock caught between create and write
      { pid: 0 },
    ];
    for (const content of stale) {
      if (typeof content === 'string') writeFileSync(`${dir}.lock`, content);
      else writeLock(`${dir}.lock`, content);
      const release = lockDataFolder(dir);
      const now = JSON.parse(readFileSync(`${dir}.lock`, 'utf8')) as LockRecord;
      expect(now.pid).toBe(process.pid);
      expect(now.token).not.toBe('stale-token');
      release();
      expect(readdirSync(join(dir, '..'))).toEqual([]);
    }
  });

  it('removes a breaker file left by a process that died while breaking a stale lock', () => {
    const dir = tempFolder();
    writeLock(`${dir}.lock`, { pid: deadPid() });
    writeLock(`${dir}.lock.break`, { pid: deadPid(), token: 'dead-breaker' });
    const release = lockDataFolder(dir);
    expect(JSON.parse(readFileSync(`${dir}.lock`, 'utf8')).pid).toBe(process.pid);
    release();
    expect(readdirSync(join(dir, '..'))).toEqual([]);
  });

  it('never breaks a live holder’s lock, nor one from another host it cannot check', () => {
    const dir = tempFolder();
    writeLock(`${dir}.lock`, { pid: process.ppid });
    expect(() => lockDataFolder(dir)).toThrow(new RegExp(`\\(pid ${process.ppid}\\)`));
    writeLock(`${dir}.lock`, { pid: deadPid(), host: 'another-host' });
    expect(() => lockDataFolder(dir)).toThrow(/on host another-host/);
    expect(JSON.parse(readFileSync(`${dir}.lock`, 'utf8')).host).toBe('another-host');
  });

  it('lets exactly one of two processes starting at the same instant in, 20 times, half of them over a stale lock', async () => {
    const dir = tempFolder();
    const holders = await race('lock', dir, 20, (round) => {
      if (round % 2) writeLock(`${dir}.lock`, { pid: deadPid() });
    });
    // Each holder read, waited and rewrote a counter: a second process inside at the same time loses a count.
    expect(Number(readFileSync(`${dir}.counter`, 'utf8'))).toBe(20);
    expect(holders).toHaveLength(20);
  }, 60_000);

  it('opens PGlite in exactly one of two processes starting at once, and loses no write', async () => {
    const dir = tempFolder();
    const rounds = 2;
    const holders = await race('pglite', dir, rounds, (round) => {
      if (round === 1) writeLock(`${dir}.lock`, { pid: deadPid() });
    });
    const handle = await openDatabase({ pgliteDir: dir, migrate: false });
    try {
      const { rows } = (await handle.db.execute(sql`select round, writer from lock_race`)) as unknown as {
        rows: { round: number; writer: string }[];
      };
      const perRound = Array.from({ length: rounds }, (_, round) => rows.filter((r) => r.round === round));
      expect(perRound.map((r) => r.length)).toEqual(Array(rounds).fill(5));
      expect(perRound.map((r) => [...new Set(r.map((w) => w.writer))])).toEqual(holders.map((h) => [h]));
    } finally {
      await handle.close();
    }
  }, 120_000);
});
