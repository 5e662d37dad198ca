/**
 * `dxship match --input problem.json --output result.json`: solves one placement problem exactly.
 * Reads the problem JSON (see src/optimizer/types.ts), writes the result JSON, prints a one-line
 * summary. Exit codes: 0 solved, 1 invalid input or usage, 2 infeasible.
 * Imports only the optimizer: no server, no database.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { OptimizerError, parseAssignmentProblem, solveAssignment } from '../../optimizer/index.ts';

const USAGE = '使い方: dxship match --input problem.json --output result.json';

/** Runs the command; resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  let input: string | undefined;
  let output: string | undefined;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        input: { type: 'string', short: 'i' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    input = values.input;
    output = values.output;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  if (!input || !output) {
    console.error(`--input と --output を指定してください\n${USAGE}`);
    return 1;
  }

  let json: unknown;
  try {
    json = JSON.parse(await readFile(input, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'JSON として読めません' : '読み込めません';
    console.error(
      `入力ファイル ${input} を${reason}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }

  try {
    const started = performance.now();
    const result = solveAssignment(parseAssignmentProblem(json));
    const elapsed = performance.now() - started;
    await writeFile(output, `${JSON.stringify(result, null, 2)}\n`, 'utf8');
    console.log(
      `割当 ${result.assignments.length} 件、未割当の職員 ${result.unassignedPeople.length} 人、` +
        `空き枠 ${result.unfilledPosts.length}、総コスト ${result.totalCost} (${elapsed.toFixed(0)} ms) → ${output}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof OptimizerError) {
      console.error(error.message);
      return error.code === 'INFEASIBLE' ? 2 : 1;
    }
    // Anything else (e.g. the output folder does not exist) is an operator error, not a crash.
    if (error instanceof Error && 'code' in error) {
      console.error(`出力ファイル ${output} に書き込めません: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
