import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * Browser journeys against the real server (`dxship serve`) and the built web UI (run `vite build`
 * first). Every run starts from an empty database in a fresh folder, loaded with the demo data.
 * Chromium is Debian's (`apt-get install chromium`); no browser download.
 */
const port = Number(process.env.E2E_PORT ?? 3199);
const baseURL = `http://127.0.0.1:${port}`;

// Workers load this file again: they inherit the folder through the environment instead of making one.
// The runner that made the folder removes it when it exits (after it has stopped the server).
if (!process.env.DXSHIP_E2E_DATA_DIR) {
  const made = mkdtempSync(join(tmpdir(), 'dxship-e2e-'));
  process.env.DXSHIP_E2E_DATA_DIR = made;
  process.once('exit', () => rmSync(made, { recursive: true, force: true }));
}
const dataDir = process.env.DXSHIP_E2E_DATA_DIR;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'node bin/dxship.mjs serve',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // scrypt at N=2^14 instead of the product's 2^17: the journeys sign in dozens of times, some in
    // parallel, on a shared 2-core machine; the product's cost is tested in platform/password.test.ts.
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      PASSWORD_SCRYPT_N: '16384',
    },
  },
});
