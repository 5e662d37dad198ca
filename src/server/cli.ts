import { z } from 'zod';

/**
 * Operator commands: `npx dxship <command> [options]`.
 * Each command lives in `commands/<name>.ts` and exports `run(argv): Promise<number>` (the exit code);
 * they are imported lazily so `dxship match` never loads the server or the database.
 */
type Command = { run: (argv: string[]) => Promise<number>; summary: string };

const commands: Record<string, { load: () => Promise<{ run: Command['run'] }>; summary: string }> = {
  serve: {
    load: () => import('./commands/serve.ts'),
    summary: 'Web UI と API を起動する (PORT, DATA_DIR, DATABASE_URL)',
  },
  init: {
    load: () => import('./commands/init.ts'),
    summary: 'init --login L — デモデータなしで初期化し、最初の管理者を登録する',
  },
  migrate: {
    load: () => import('./commands/migrate.ts'),
    summary: 'データベースのマイグレーションを適用する',
  },
  demo: { load: () => import('./commands/demo.ts'), summary: 'デモデータを投入する' },
  user: {
    load: () => import('./commands/user.ts'),
    summary: 'user create --login L --role R --body CODE [--password-stdin] — 利用者を登録する',
  },
  backup: { load: () => import('./commands/backup.ts'), summary: 'backup FILE — 全データを JSON に書き出す' },
  restore: {
    load: () => import('./commands/restore.ts'),
    summary: 'restore FILE — 空のデータベースへ復元する',
  },
  match: {
    load: () => import('./commands/match.ts'),
    summary: 'match --input problem.json --output result.json — 割当問題を解く',
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return ['使い方: dxship <command> [options]', '', ...lines].join('\n');
}

/** Runs one CLI command and resolves to its process exit code. */
export async function main(argv: string[]): Promise<number> {
  z.config(z.locales.ja());
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    console.error(`不明なコマンドです: ${name}\n\n${usage()}`);
    return 1;
  }
  const module = await command.load();
  return module.run(rest);
}
