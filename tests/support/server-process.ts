import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/dxship.mjs', import.meta.url));

/** A real `dxship serve` in a child process, listening on a free loopback port. */
export type ServerProcess = {
  url: string;
  pid: number;
  child: ChildProcess;
  /** SIGTERM, then waits for the exit (the database is closed properly). */
  stop: () => Promise<void>;
  /** SIGKILL, then waits: a crash, as power loss or the OOM killer would cause. */
  kill: () => Promise<void>;
};

/**
 * Starts `dxship serve` with extra environment variables (DATA_DIR or DATABASE_URL) and resolves once
 * it listens. The port is chosen by the system and read from the server's start log line.
 */
export async function startServerProcess(
  env: Record<string, string>,
  args: string[] = [],
): Promise<ServerProcess> {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [BIN, 'serve', ...args], {
    // LOG_LEVEL info: the port is read from the start line.
    env: { ...inherited, PORT: '0', HOST: '127.0.0.1', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = once(child, 'exit');
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { port?: number };
        if (typeof entry.port === 'number') resolve(entry.port);
      } catch {
        // not a log line
      }
    });
    exited.then(([code]) => reject(new Error(`serve exited (${String(code)}) before listening: ${stderr}`)));
  });
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await exited;
  };
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    child,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}
