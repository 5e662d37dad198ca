/**
 * The exclusive lock on an embedded (PGlite) data folder. PGlite is a single-user PostgreSQL: a second
 * process that opens a live folder replays and checkpoints the WAL under the first one's feet, and the
 * first one's later writes are lost or the folder no longer opens. So whoever opens a folder holds an
 * operating-system lock on `<folder>/dxship.lock` for as long as it is open.
 *
 * The lock is the kernel's (an open-file-description lock on Linux, flock on macOS, LockFileEx on
 * Windows, through fs-native-extensions): taking it is atomic, so two processes starting at the same
 * instant cannot both win, and it dies with its process, so a folder left by a killed process (SIGKILL,
 * power loss) is free again at once — no stale-lock guessing from PIDs, which the system may reuse.
 * The file's text only tells people who holds the lock; it never decides anything.
 */
import { closeSync, constants, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import nativeFs from 'fs-native-extensions';
import { AppError } from './errors.ts';

/** The lock file inside the data folder (PostgreSQL ignores files it does not know). */
export const LOCK_FILE_NAME = 'dxship.lock';

/**
 * The byte that is locked, far past the holder's description: Windows' range locks are mandatory,
 * and the description must stay readable to the process that is refused.
 */
const LOCKED_BYTE = 2 ** 30;

/** Who holds a folder, as written into the lock file by the holder. */
export type LockHolder = { pid: number; command: string; since: string; host: string };

/** A held lock; `release` is idempotent. */
export type DataFolderLock = { release: () => void };

/** The running command as people typed it, without its options (which may hold a password). */
function currentCommand(): string {
  const [, script, name] = process.argv;
  const program = script ? basename(script).replace(/\.(mjs|cjs|js|ts)$/, '') : 'node';
  return name && !name.startsWith('-') ? `${program} ${name}` : program;
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (
      typeof value.pid === 'number' &&
      typeof value.command === 'string' &&
      typeof value.since === 'string'
    ) {
      return { pid: value.pid, command: value.command, since: value.since, host: String(value.host ?? '') };
    }
  } catch {
    // being written right now, or empty: unknown
  }
  return undefined;
}

/** The holder's description; it may be mid-write for a moment after the holder took the lock. */
async function readHolder(path: string): Promise<LockHolder | undefined> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const holder = parseHolder(readFileSync(path, 'utf8'));
    if (holder) return holder;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return undefined;
}

function formatSince(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', hour12: false });
}

function lockedError(folder: string, holder: LockHolder | undefined): AppError {
  const who = holder
    ? `プロセス ${holder.pid}（${holder.command}${holder.host ? `、${holder.host}` : ''}、${formatSince(holder.since)} から）`
    : '別のプロセス';
  return new AppError(
    'DATA_FOLDER_LOCKED',
    409,
    `データフォルダ ${folder} は${who}が使用中です。同時に開くとデータベースが壊れるため中止しました。` +
      'そのプロセスを止めてから実行してください（稼働中のサーバーのバックアップは dxship backup --from http://ホスト:ポート FILE）。',
  );
}

/**
 * Takes the exclusive lock on a PGlite data folder (which must exist) for this process.
 *
 * @throws AppError DATA_FOLDER_LOCKED (409) naming the holder's pid, command and start time when
 *   another process — or another open of the same folder in this process — holds it.
 */
export async function lockDataFolder(folder: string, command = currentCommand()): Promise<DataFolderLock> {
  const path = join(folder, LOCK_FILE_NAME);
  const fd = openSync(path, constants.O_RDWR | constants.O_CREAT, 0o600);
  let locked = false;
  try {
    locked = nativeFs.tryLock(fd, LOCKED_BYTE, 1);
  } finally {
    if (!locked) closeSync(fd);
  }
  if (!locked) throw lockedError(folder, await readHolder(path));
  const holder: LockHolder = { pid: process.pid, command, since: new Date().toISOString(), host: hostname() };
  ftruncateSync(fd, 0);
  writeSync(fd, `${JSON.stringify(holder)}\n`, 0);
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      // The file stays: deleting it would let a process that opened the old file and one that creates
      // a new one both hold "the" lock. Only the description goes.
      ftruncateSync(fd, 0);
      nativeFs.unlock(fd, LOCKED_BYTE, 1);
      closeSync(fd);
    },
  };
}
