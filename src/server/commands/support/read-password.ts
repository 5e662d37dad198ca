/**
 * Reads a password for an operator command without it ever being a command-line argument (which
 * `ps` and shell history would show): from standard input with `--password-stdin`, or typed at a
 * terminal prompt that echoes nothing, asked twice.
 */

/** Why no password could be read (the command prints the message and exits 1). */
export class PasswordInputError extends Error {}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  // The first line: `echo secret | …` and files ending in a newline both give the password alone.
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** Prompts on stderr and reads one line from the terminal in raw mode, echoing nothing. */
function promptHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  return new Promise((resolve, reject) => {
    process.stderr.write(prompt);
    let typed = '';
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003' || char === '\u0004') return finish(new PasswordInputError('中止しました。'));
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}

/**
 * The password: from stdin when `fromStdin`, else asked twice at the terminal. Without a terminal and
 * without `--password-stdin` it refuses rather than hang.
 */
export async function readPassword(options: { fromStdin: boolean }): Promise<string> {
  if (options.fromStdin) return readStdin();
  if (!process.stdin.isTTY) {
    throw new PasswordInputError(
      'パスワードを入力する端末がありません。--password-stdin を付けて標準入力から渡してください（例: printf "%s" "$PASS" | npx dxship … --password-stdin）。',
    );
  }
  const first = await promptHidden('パスワード: ');
  const second = await promptHidden('パスワード（確認のためもう一度）: ');
  if (first !== second) throw new PasswordInputError('2回入力したパスワードが一致しません。');
  return first;
}

/** The message for `--password`, which is refused: a password on the command line shows in `ps` and history. */
export const PASSWORD_ARGUMENT_REFUSED =
  '--password は使えません（コマンドラインのパスワードは ps やシェルの履歴に残ります）。' +
  '何も付けなければ端末で入力を求め、--password-stdin を付ければ標準入力から読み取ります。';
