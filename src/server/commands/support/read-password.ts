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

/** Keys typed ahead of a prompt (e.g. both lines pasted at once), kept for the next prompt. */
let typedAhead = '';

/** Prompts on stderr and reads one line from the terminal in raw mode, echoing nothing. */
function promptHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (rest: string, error?: Error) => {
      typedAhead = rest;
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const take = (text: string): boolean => {
      const chars = [...text];
      for (let i = 0; i < chars.length; i++) {
        const char = chars[i] ?? '';
        if (char === '\r' || char === '\n') {
          const next = chars[i + 1] === '\n' && char === '\r' ? i + 2 : i + 1;
          finish(chars.slice(next).join(''));
          return true;
        }
        if (char === '\u0003' || char === '\u0004') {
          finish('', new PasswordInputError('中止しました。'));
          return true;
        }
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
      return false;
    };
    const onData = (data: Buffer) => {
      take(data.toString('utf8'));
    };
    // Raw mode before the prompt: keys typed after it are never echoed by the terminal.
    input.setRawMode(true);
    input.on('data', onData);
    process.stderr.write(prompt);
    const ahead = typedAhead;
    typedAhead = '';
    if (!take(ahead)) input.resume();
  });
}

/**
 * The password: from stdin when `fromStdin`, else asked at the terminal — twice for a new password
 * (`confirm`, the default), once to sign in with an existing one. Without a terminal and without
 * `--password-stdin` it refuses rather than hang.
 */
export async function readPassword(options: {
  fromStdin: boolean;
  confirm?: boolean;
  prompt?: string;
}): Promise<string> {
  if (options.fromStdin) return readStdin();
  if (!process.stdin.isTTY) {
    throw new PasswordInputError(
      'パスワードを入力する端末がありません。--password-stdin を付けて標準入力から渡してください（例: printf "%s" "$PASS" | npx dxship … --password-stdin）。',
    );
  }
  const first = await promptHidden(options.prompt ?? 'パスワード: ');
  if (options.confirm === false) return first;
  const second = await promptHidden('パスワード（確認のためもう一度）: ');
  if (first !== second) throw new PasswordInputError('2回入力したパスワードが一致しません。');
  return first;
}

/** The message for `--password`, which is refused: a password on the command line shows in `ps` and history. */
export const PASSWORD_ARGUMENT_REFUSED =
  '--password は使えません（コマンドラインのパスワードは ps やシェルの履歴に残ります）。' +
  '何も付けなければ端末で入力を求め、--password-stdin を付ければ標準入力から読み取ります。';
