import { z } from 'zod';
import { AppError } from './platform/errors.ts';

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
  notifications: {
    load: () => import('./commands/notifications.ts'),
    summary: 'notifications run — 期限の来た通知を評価し、メールを送信する（何度実行しても重複しない）',
  },
  match: {
    load: () => import('./commands/match.ts'),
    summary: 'match --input problem.json --output result.json — 割当問題を解く',
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(13)} ${c.summary}`);
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
  try {
    return await module.run(rest);
  } catch (error) {
    // A refusal the command did not handle itself (e.g. DATA_FOLDER_LOCKED from openDatabase): one
    // line for the operator, not a stack trace.
    if (error instanceof AppError) {
      console.error(`${error.code}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
