import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// biome-ignore lint/style/noRestrictedImports: this test drives the CLI wrapper of the optimizer (the command imports only the optimizer)
import { run } from '../server/commands/match.ts';

describe('dxship match', () => {
  let dir: string;
  let stderr: string[];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dxship-match-'));
    stderr = [];
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      stderr.push(args.join(' '));
    });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  async function runWith(problem: unknown): Promise<{ code: number; output: string }> {
    const input = join(dir, 'problem.json');
    const output = join(dir, 'result.json');
    await writeFile(input, typeof problem === 'string' ? problem : JSON.stringify(problem));
    return { code: await run(['--input', input, '--output', output]), output };
  }

  it('solves a problem and writes the result (exit 0)', async () => {
    // p1 → A (1) and p2 → B (2) beat p1 → B (5) + p2 → A (4): total 3; slot C stays empty (free,
    // no penalty and slots outnumber people).
    const { code, output } = await runWith({
      people: ['p1', 'p2'],
      posts: [
        { id: 'A', slots: 1 },
        { id: 'B', slots: 1 },
        { id: 'C', slots: 1 },
      ],
      pairs: [
        { person: 'p1', post: 'A', cost: 1 },
        { person: 'p1', post: 'B', cost: 5 },
        { person: 'p2', post: 'A', cost: 4 },
        { person: 'p2', post: 'B', cost: 2 },
      ],
    });
    expect(code).toBe(0);
    expect(JSON.parse(await readFile(output, 'utf8'))).toEqual({
      assignments: [
        { person: 'p1', post: 'A' },
        { person: 'p2', post: 'B' },
      ],
      totalCost: 3,
      unfilledPosts: ['C'],
      unassignedPeople: [],
    });
  });

  it('reads priority: fewest empty slots of the highest priority first; totalCost without tier weights', async () => {
    // p1 alone: the 必須 post (priority 2) beats the cheaper 優先 (1) and the free 通常 post.
    const { code, output } = await runWith({
      people: ['p1'],
      posts: [
        { id: 'must', slots: 1, priority: 2 },
        { id: 'want', slots: 1, priority: 1 },
        { id: 'any', slots: 1 },
      ],
      pairs: [
        { person: 'p1', post: 'must', cost: 40 },
        { person: 'p1', post: 'want', cost: 5 },
        { person: 'p1', post: 'any', cost: 0 },
      ],
      unfilledPostCost: 1,
    });
    expect(code).toBe(0);
    const result = JSON.parse(await readFile(output, 'utf8'));
    expect(result.assignments).toEqual([{ person: 'p1', post: 'must' }]);
    expect(result.totalCost).toBe(40 + 2);
    expect(result.unfilledPosts).toEqual(['want', 'any']);
  });

  it('exits 1 for a priority that is not an integer ≥ 0', async () => {
    const { code } = await runWith({ people: [], posts: [{ id: 'A', slots: 1, priority: -1 }], pairs: [] });
    expect(code).toBe(1);
    expect(stderr.join('\n')).toContain('priority');
  });

  it('exits 2 with a one-line Japanese message when infeasible', async () => {
    const { code } = await runWith({
      people: ['p1', 'p2'],
      posts: [{ id: 'A', slots: 2 }],
      pairs: [{ person: 'p1', post: 'A', cost: 1 }],
    });
    expect(code).toBe(2);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toContain('職員 "p2"');
    expect(stderr[0]).not.toContain('\n');
  });

  it('exits 1 for an invalid problem', async () => {
    const { code } = await runWith({
      people: ['p1'],
      posts: [],
      pairs: [{ person: 'p1', post: 'Z', cost: 1 }],
    });
    expect(code).toBe(1);
    expect(stderr.join('\n')).toContain('ポスト ID "Z" は posts にありません');
  });

  it('exits 1 for malformed JSON', async () => {
    const { code } = await runWith('{ "people": [');
    expect(code).toBe(1);
    expect(stderr.join('\n')).toContain('JSON として読めません');
  });

  it('exits 1 for a missing input file or missing options', async () => {
    expect(await run(['--input', join(dir, 'nope.json'), '--output', join(dir, 'r.json')])).toBe(1);
    expect(await run(['--input', join(dir, 'nope.json')])).toBe(1);
    expect(await run(['--bogus'])).toBe(1);
  });
});
