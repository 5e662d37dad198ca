/**
 * A throwaway PostgreSQL server for benchmarks and tests: a fresh cluster in a temporary folder,
 * listening on a free loopback port, deleted by `stop()`.
 *
 * - Uses the newest `/usr/lib/postgresql/<version>/bin` that has `initdb` and `pg_ctl` (Debian's layout;
 *   `PG_BIN_DIR` overrides it). If none is found: as root it installs Debian's `postgresql` package with
 *   apt-get; otherwise it throws, saying what to install.
 * - PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user and every
 *   server command runs through `runuser -u postgres --`; as any other user it runs as that user.
 * - The cluster is created with `--locale=C.UTF-8` (under plain C, pg_trgm yields no trigrams for
 *   Japanese) and trust authentication; durability is off (fsync, synchronous_commit,
 *   full_page_writes), since the data is thrown away.
 * - Clusters still running when the process exits (normally, on an uncaught error, or on SIGINT /
 *   SIGTERM / SIGHUP) are stopped and deleted.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running throwaway server. */
export interface ThrowawayPostgres {
  /** Connection string for the `postgres` superuser on 127.0.0.1 (database `postgres`, no password). */
  url: string;
  /** Folder holding the cluster; as root it belongs to `postgres` (mode 0755, readable for COPY files). */
  dir: string;
  /** Stops the server and deletes its folder. Safe to call more than once. */
  stop(): Promise<void>;
}

/** Extra server settings, e.g. `{ shared_buffers: '1GB' }`, passed as `-c name=value`. */
export interface ThrowawayPostgresOptions {
  settings?: Record<string, string>;
}

interface Cluster {
  bin: string;
  dir: string;
  data: string;
  asPostgres: boolean;
  started: boolean;
}

const live = new Set<Cluster>();
let exitHooked = false;

/** Starts a fresh PostgreSQL cluster; see the module comment. */
export async function startThrowawayPostgres(
  options: ThrowawayPostgresOptions = {},
): Promise<ThrowawayPostgres> {
  const asPostgres = process.getuid?.() === 0;
  const bin = findBinaries(asPostgres);
  hookExit();
  const dir = mkdtempSync(join(tmpdir(), 'dxship-pg-'));
  chmodSync(dir, 0o755);
  const cluster: Cluster = { bin, dir, data: join(dir, 'data'), asPostgres, started: false };
  live.add(cluster);
  try {
    if (asPostgres) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      chownSync(dir, uid, gid);
    }
    run(cluster, 'initdb', [
      '-D',
      cluster.data,
      '--locale=C.UTF-8',
      '-E',
      'UTF8',
      '-U',
      'postgres',
      '-A',
      'trust',
      '--no-sync',
    ]);
    const settings: Record<string, string> = {
      listen_addresses: '127.0.0.1',
      fsync: 'off',
      synchronous_commit: 'off',
      full_page_writes: 'off',
      ...options.settings,
    };
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      // pg_ctl hands these to a shell: quote the values.
      const serverOptions = [`-p ${port}`, `-k ${shellQuote(dir)}`];
      for (const [name, value] of Object.entries(settings)) {
        serverOptions.push(`-c ${name}=${shellQuote(value)}`);
      }
      try {
        run(cluster, 'pg_ctl', [
          '-D',
          cluster.data,
          '-l',
          join(dir, 'server.log'),
          '-w',
          '-t',
          '60',
          '-o',
          serverOptions.join(' '),
          'start',
        ]);
        cluster.started = true;
        return {
          url: `postgres://postgres@127.0.0.1:${port}/postgres`,
          dir,
          stop: async () => destroy(cluster),
        };
      } catch (error) {
        // Most likely the port was taken between freePort() and the start: try another one.
        lastError = error;
      }
    }
    throw lastError;
  } catch (error) {
    const log = readLog(cluster);
    destroy(cluster);
    throw new Error(`could not start a throwaway PostgreSQL: ${String(error)}${log}`, { cause: error });
  }
}

function findBinaries(asRoot: boolean): string {
  const found = locate();
  if (found !== undefined) return found;
  if (!asRoot) {
    throw new Error(
      'PostgreSQL server binaries not found (looked for /usr/lib/postgresql/*/bin/initdb and pg_ctl, ' +
        'or $PG_BIN_DIR). Install them as root: apt-get update && apt-get install -y postgresql',
    );
  }
  console.error('PostgreSQL not found: installing Debian package postgresql (apt-get)…');
  execFileSync('apt-get', ['update'], { stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', 'postgresql'], {
    stdio: 'ignore',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = locate();
  if (installed === undefined) throw new Error('apt-get installed postgresql but no initdb/pg_ctl was found');
  return installed;
}

function locate(): string | undefined {
  const override = process.env.PG_BIN_DIR;
  if (override !== undefined && override !== '') return hasTools(override) ? override : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = join(root, version, 'bin');
    if (hasTools(bin)) return bin;
  }
  return undefined;
}

function hasTools(bin: string): boolean {
  return existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'));
}

/** Runs a server tool (as `postgres` when we are root); throws with its output on failure. */
function run(cluster: Cluster, tool: string, args: string[]): void {
  const command = join(cluster.bin, tool);
  const [file, argv] = cluster.asPostgres
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
  const result = spawnSync(file, argv, { encoding: 'utf8', cwd: cluster.dir, timeout: 120_000 });
  if (result.error !== undefined) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${tool} exited with ${result.status}: ${result.stderr.trim() || result.stdout.trim()}`);
  }
}

function readLog(cluster: Cluster): string {
  try {
    const log = readFileSync(join(cluster.dir, 'server.log'), 'utf8').trim();
    return log === '' ? '' : `\nserver log:\n${log.split('\n').slice(-20).join('\n')}`;
  } catch {
    return '';
  }
}

/** Stops the server (immediate shutdown: nothing to keep) and deletes the folder. Synchronous. */
function destroy(cluster: Cluster): void {
  if (!live.has(cluster)) return;
  live.delete(cluster);
  if (cluster.started) {
    try {
      run(cluster, 'pg_ctl', ['-D', cluster.data, '-m', 'immediate', '-w', '-t', '30', 'stop']);
    } catch {
      // Already stopped, or the folder is gone; deleting it below is all that is left to do.
    }
  }
  rmSync(cluster.dir, { recursive: true, force: true });
}

function destroyAll(): void {
  for (const cluster of [...live]) destroy(cluster);
}

function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.once('exit', destroyAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      destroyAll();
      // Re-raise so the process ends as it would have, unless someone else handles the signal.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`;
}

/** A TCP port free on 127.0.0.1 at the time of the call. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not pick a free port'));
      });
    });
  });
}
