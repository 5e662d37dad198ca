/**
 * Reading a password for a CLI command without putting it on the command line (where `ps` and the
 * shell's history would show it): the whole of standard input with `--password-stdin`, otherwise a
 * prompt on the terminal that does not echo what is typed.
 */

/** Standard input up to its end, without the final line break. */
export async function readPasswordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/**
 * Asks for a password on the terminal (characters are not echoed; Backspace works, Ctrl-C aborts).
 * Resolves to undefined when standard input is not a terminal.
 */
export async function promptPassword(question: string): Promise<string | undefined> {
  const input = process.stdin;
  if (!input.isTTY) return undefined;
  process.stderr.write(question);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  try {
    return await new Promise<string>((resolve, reject) => {
      let typed = '';
      const onData = (text: string) => {
        for (const ch of text) {
          if (ch === '\r' || ch === '\n') {
            input.off('data', onData);
            resolve(typed);
            return;
          }
          if (ch === '\u0003') {
            input.off('data', onData);
            reject(new Error('中止しました'));
            return;
          }
          if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
          else typed += ch;
        }
      };
      input.on('data', onData);
    });
  } finally {
    input.setRawMode(false);
    input.pause();
    process.stderr.write('\n');
  }
}
