/**
 * The Japanese substring index (src/search) against a plain scan and PostgreSQL pg_trgm, on 500,000
 * generated records of an information-system inventory (seeded, so every run sees the same data).
 *
 * Prints, per engine: build time, memory, single-term query latency (p50/p95/max over the same ~1000
 * queries mixing 1-, 2-, 3- and 4+-character terms; each query returns the total and the first 50 ids),
 * and whether its results agree with the plain scan. Then incremental updates on our index.
 *
 * `SEARCH_BENCH_DOCS` (default 500000) and `SEARCH_BENCH_PG=0` (skip PostgreSQL) shorten a run.
 */
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import pg from 'pg';
import { documentText, parseQuery, type SearchDocument, SearchIndex } from '../src/search/index.ts';
import { buildIndexInThreads } from '../src/server/features/search/build-index-in-threads.ts';
import { startThrowawayPostgres } from './support/pg-throwaway.ts';

const DOCS = Number(process.env.SEARCH_BENCH_DOCS ?? 500_000);
const WITH_PG = process.env.SEARCH_BENCH_PG !== '0';
const QUERIES = 1000;
const WARMUP = 200;
const PAGE = 50;
/** Our index runs each query this many times and keeps the fastest (the others run each once). */
const PASSES = 3;

// ---------------------------------------------------------------------------------------------------
// Data

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BODIES = [
  '広島県',
  '広島市',
  '呉市',
  '竹原市',
  '三原市',
  '尾道市',
  '福山市',
  '府中市',
  '三次市',
  '庄原市',
  '大竹市',
  '東広島市',
  '廿日市市',
  '安芸高田市',
  '江田島市',
  '府中町',
  '海田町',
  '熊野町',
  '坂町',
  '安芸太田町',
  '北広島町',
  '大崎上島町',
  '世羅町',
  '神石高原町',
];

/** The 20 業務 of 地方公共団体情報システム標準化. */
const BUSINESSES = [
  '住民基本台帳',
  '戸籍',
  '戸籍附票',
  '印鑑登録',
  '選挙人名簿管理',
  '固定資産税',
  '個人住民税',
  '法人住民税',
  '軽自動車税',
  '国民健康保険',
  '国民年金',
  '障害者福祉',
  '後期高齢者医療',
  '介護保険',
  '児童手当',
  '生活保護',
  '健康管理',
  '就学',
  '児童扶養手当',
  '子ども・子育て支援',
];

const DEPARTMENTS = [
  '市民課',
  '税務課',
  '保険年金課',
  '福祉課',
  '子育て支援課',
  '健康推進課',
  '情報政策課',
  'デジタル推進課',
  '総務課',
  '教育委員会学校教育課',
  '選挙管理委員会事務局',
  '介護保険課',
];

const SYSTEM_SUFFIXES = [
  'システム',
  '管理システム',
  '業務支援システム',
  '情報システム',
  'クラウドサービス',
  '標準準拠システム',
];
const VENDOR_HEADS = [
  'ひろしま',
  '中国',
  '瀬戸内',
  '西日本',
  '芸備',
  '安芸',
  '備後',
  '宮島',
  'しまなみ',
  '太田川',
  '鞆の浦',
  '呉港',
];
const VENDOR_TAILS = [
  '情報システム',
  'データサービス',
  'ソリューションズ',
  'テクノロジー',
  '計算センター',
  'システムズ',
  'ネットワーク',
  '電算',
];
const PRODUCTS = [
  'COSMO',
  'Reams',
  'GPRIME',
  'MISALIO',
  'e-SUITE',
  'NEXT',
  'ADWORLD',
  'WizLIFE',
  'CityNavi',
  'TASKクラウド',
  'ジチタイワークス',
  'ｽﾏｰﾄ窓口',
];
const NOTE_TERMS = [
  'ガバメントクラウド',
  '標準化',
  '標準仕様書',
  '移行',
  'LGWAN',
  'AI',
  'RPA',
  'AI-OCR',
  'マイナンバー',
  'マイナポータル',
  '住民票',
  '証明書',
  'コンビニ交付',
  '電子申請',
  '窓口',
  '書かない窓口',
  '庁内',
  'データ連携',
  '基幹系',
  '情報系',
  '帳票',
  '印刷',
  '外字',
  '文字コード',
  '回線',
  '三層分離',
  'セキュリティ',
  '個人情報',
  '監査',
  '保守',
  '運用',
  '契約',
  '更新',
  '調達',
  '入札',
  '令和7年度',
  '令和8年度',
  '移行計画',
  '並行稼働',
  'テスト',
  '研修',
  '職員',
  '利用者',
  '手数料',
  '予算',
  '補助金',
  '共同利用',
  '自治体クラウド',
  'オンライン',
  'キャッシュレス',
  '電子決裁',
  '文書管理',
  '財務会計',
  '人事給与',
  '庶務事務',
  '税額',
  '課税',
  '収納',
  '滞納整理',
  '口座振替',
  '申告',
  '届出',
  '異動',
  '転入',
  '転出',
  '世帯',
  '宛名',
  '通知',
  '発送',
  '照会',
  '審査',
  '認定',
  '給付',
  '資格',
  '保険料',
  '医療費',
  '健診',
  '予防接種',
  '学齢簿',
  '障害福祉サービス',
  'ケアプラン',
  '要介護認定',
  '福祉',
  'ベンダー',
  'SaaS',
  'API',
  'ＣＳＶ',
  'Ｅｘｃｅｌ',
  'ﾃﾞｰﾀ',
  '業務フロー',
  '見直し',
  '効率化',
  '削減',
  '時間外勤務',
  '問い合わせ',
  '障害対応',
  'バックアップ',
  '端末',
  'クラウド',
  '仮想化',
  '統合',
];
const CONNECTORS = [
  'の',
  'を',
  'に',
  'と',
  'が',
  'で',
  '、',
  'について',
  'により',
  'のため',
  'を実施。',
  'を検討。',
  'に対応。',
  'の予定。',
  'は',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function note(random: () => number): string {
  const target = 20 + Math.floor(random() * 61);
  let text = '';
  while (text.length < target) text += pick(random, NOTE_TERMS) + pick(random, CONNECTORS);
  return text.slice(0, target);
}

/** One inventory record: system name, 業務, 所管課, vendor, product, notes. */
export function record(random: () => number, id: number): SearchDocument {
  const body = pick(random, BODIES);
  const business = pick(random, BUSINESSES);
  const vendorName = pick(random, VENDOR_HEADS) + pick(random, VENDOR_TAILS);
  const vendor = random() < 0.7 ? `株式会社${vendorName}` : `${vendorName}株式会社`;
  return {
    id,
    fields: [
      `${body}${business}${pick(random, SYSTEM_SUFFIXES)}`,
      business,
      `${body}${pick(random, DEPARTMENTS)}`,
      vendor,
      `${pick(random, PRODUCTS)} ${business.slice(0, 2)} V${1 + Math.floor(random() * 9)}.${Math.floor(random() * 10)}`,
      note(random),
    ],
  };
}

/** Single-term queries: a quarter each of 1, 2, 3 and 4+ characters, cut from the vocabulary. */
export function queries(random: () => number): string[] {
  const words = [
    ...BODIES,
    ...BUSINESSES,
    ...DEPARTMENTS,
    ...SYSTEM_SUFFIXES,
    ...VENDOR_TAILS,
    ...PRODUCTS,
    ...NOTE_TERMS,
  ]
    .map((word) => word.normalize('NFKC'))
    .filter((word) => !/\s/.test(word));
  const out: string[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const length = (i % 4) + 1;
    let word = pick(random, words);
    while (word.length < length) word = pick(random, words);
    let term = word;
    if (length < 4) {
      const from = Math.floor(random() * (word.length - length + 1));
      term = word.slice(from, from + length);
    } else if (word.length > 4 && random() < 0.5) {
      const size = 4 + Math.floor(random() * (word.length - 3));
      const from = Math.floor(random() * (word.length - size + 1));
      term = word.slice(from, from + size);
    }
    // Some queries typed in full-width or upper case: they must match the same records.
    if (random() < 0.1)
      term = term.toUpperCase().replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    out.push(term);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Measurement

interface Answer {
  total: number;
  ids: number[];
}

interface Row {
  engine: string;
  build: string;
  memory: string;
  p50: string;
  p95: string;
  max: string;
  agree: string;
}

function gcFunction(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing !== undefined) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const gc = gcFunction();

function heapBytes(): number {
  gc();
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] ?? 0;
}

function latencies(times: readonly number[]): { p50: string; p95: string; max: string } {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5).toFixed(3),
    p95: percentile(sorted, 0.95).toFixed(3),
    max: (sorted[sorted.length - 1] ?? 0).toFixed(3),
  };
}

function stats2(index: SearchIndex): string {
  const { pending, dead } = index.stats();
  return `${pending} pending, ${dead} dead`;
}

/** Milliseconds of CPU used by the process (all its threads) since `since`. */
function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}

function sameAnswer(a: Answer | undefined, b: Answer | undefined): boolean {
  if (a === undefined || b === undefined || a.total !== b.total || a.ids.length !== b.ids.length)
    return false;
  return a.ids.every((id, i) => id === b.ids[i]);
}

/**
 * Runs every query (after a warm-up on the first ones) `passes` times, timing each run; returns the
 * answers of the first pass, the times of the first pass, and each query's fastest time. The machine
 * is shared: the fastest of a few runs filters out the time the process was not scheduled.
 */
async function timeQueries(
  list: readonly string[],
  run: (query: string) => Answer | Promise<Answer>,
  warmup = WARMUP,
  passes = 1,
): Promise<{ answers: Answer[]; times: number[]; best: number[] }> {
  for (let i = 0; i < Math.min(warmup, list.length); i++) await run(list[i]!);
  const answers: Answer[] = [];
  const times: number[] = [];
  const best: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < list.length; i++) {
      const start = performance.now();
      const answer = await run(list[i]!);
      const time = performance.now() - start;
      if (pass === 0) {
        answers.push(answer);
        times.push(time);
        best.push(time);
      } else {
        best[i] = Math.min(best[i]!, time);
      }
    }
  }
  return { answers, times, best };
}

function scan(ids: Int32Array, texts: readonly string[], query: string): Answer {
  const terms = parseQuery(query);
  let total = 0;
  const page: number[] = [];
  outer: for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    for (const term of terms) if (!text.includes(term)) continue outer;
    total++;
    if (page.length < PAGE) page.push(ids[i]!);
  }
  return { total, ids: page };
}

function byLength(list: readonly string[], times: readonly number[]): string {
  const groups = new Map<string, number[]>();
  list.forEach((query, i) => {
    const length = parseQuery(query)[0]?.length ?? 0;
    const key = length >= 4 ? '4+' : String(length);
    const group = groups.get(key) ?? [];
    group.push(times[i]!);
    groups.set(key, group);
  });
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, group]) => {
      const l = latencies(group);
      return `${key} chars: p50 ${l.p50} p95 ${l.p95} max ${l.max} ms (n=${group.length})`;
    })
    .join('\n    ');
}

function printTable(rows: readonly Row[]): void {
  const header: Row = {
    engine: 'engine',
    build: 'build s',
    memory: 'memory',
    p50: 'p50 ms',
    p95: 'p95 ms',
    max: 'max ms',
    agree: 'agrees with scan',
  };
  const keys = Object.keys(header) as (keyof Row)[];
  const widths = keys.map((key) => Math.max(...[header, ...rows].map((row) => row[key].length)));
  const line = (row: Row) => `| ${keys.map((key, i) => row[key].padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------------------------------------------
// PostgreSQL pg_trgm

async function measurePostgres(
  ids: Int32Array,
  texts: readonly string[],
  list: readonly string[],
  reference: readonly Answer[],
): Promise<{ row: Row; detail: string }> {
  const server = await startThrowawayPostgres({
    settings: { shared_buffers: '1GB', maintenance_work_mem: '1GB', work_mem: '64MB' },
  });
  const client = new pg.Client({ connectionString: server.url });
  try {
    await client.connect();
    await client.query('CREATE EXTENSION pg_trgm');
    await client.query('CREATE TABLE docs (id integer PRIMARY KEY, body text NOT NULL)');
    // COPY from a file the server reads (we are the superuser); fields separated by a newline, which
    // no single-term query contains, as our index separates them by U+0000 (not storable in text).
    const file = join(server.dir, 'docs.tsv');
    const lines: string[] = [];
    for (let i = 0; i < texts.length; i++) {
      const body = texts[i]!.replaceAll('\0', '\n').replace(/[\\\t\n\r]/g, (c) =>
        c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
      );
      lines.push(`${ids[i]}\t${body}\n`);
    }
    writeFileSync(file, lines.join(''));
    chmodSync(file, 0o644);
    const loadStart = performance.now();
    await client.query(`COPY docs (id, body) FROM '${file}'`);
    const loadMs = performance.now() - loadStart;
    rmSync(file);
    const indexStart = performance.now();
    await client.query('CREATE INDEX docs_body_trgm ON docs USING gin (body gin_trgm_ops)');
    const indexMs = performance.now() - indexStart;
    await client.query('VACUUM ANALYZE docs');
    const sizes = await client.query<{ index: string; heap: string }>(
      "SELECT pg_relation_size('docs_body_trgm') AS index, pg_table_size('docs') AS heap",
    );
    const indexBytes = Number(sizes.rows[0]!.index);
    const heapBytesPg = Number(sizes.rows[0]!.heap);
    // The total and the first page, as an application would ask for them: two statements.
    const countSql = 'SELECT count(*) AS total FROM docs WHERE body ILIKE $1';
    const pageSql = `SELECT id FROM docs WHERE body ILIKE $1 ORDER BY id LIMIT ${PAGE}`;
    const plans: string[] = [];
    for (const sample of ['%税%', '%戸籍%', '%住民税%', '%選挙人名簿管理%']) {
      const plan = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN ${countSql.replace('$1', `'${sample}'`)}`,
      );
      plans.push(`${sample}: ${plan.rows.map((row) => row['QUERY PLAN'].trim()).join(' / ')}`);
    }
    const { answers, times } = await timeQueries(
      list,
      async (query) => {
        const term = parseQuery(query)[0] ?? '';
        const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        const count = await client.query<{ total: string }>(countSql, [pattern]);
        const page = await client.query<{ id: number }>(pageSql, [pattern]);
        return { total: Number(count.rows[0]?.total ?? 0), ids: page.rows.map((row) => row.id) };
      },
      20,
    );
    const agree = answers.filter((answer, i) => sameAnswer(answer, reference[i])).length;
    const l = latencies(times);
    return {
      row: {
        engine: 'PostgreSQL 15 pg_trgm GIN, ILIKE',
        build: `${seconds(indexMs)} (+COPY ${seconds(loadMs)})`,
        memory: `index ${mb(indexBytes)} (table ${mb(heapBytesPg)})`,
        ...l,
        agree: `${agree}/${answers.length}`,
      },
      detail: `${byLength(list, times)}\n    count plans: ${plans.join('\n      ')}`,
    };
  } finally {
    await client.end().catch(() => undefined);
    await server.stop();
  }
}

// ---------------------------------------------------------------------------------------------------

export default async function (): Promise<void> {
  const random = prng(20240601);
  const genStart = performance.now();
  const docs: SearchDocument[] = [];
  for (let id = 0; id < DOCS; id++) docs.push(record(random, id * 3 + 1));
  let units = 0;
  let utf8 = 0;
  for (const doc of docs) {
    for (const field of doc.fields) {
      units += field.length;
      utf8 += Buffer.byteLength(field, 'utf8');
    }
  }
  const rawUtf16 = units * 2;
  const list = queries(prng(7));
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${cpus().length} CPUs`,
  );
  console.log(
    `${DOCS} records generated in ${seconds(performance.now() - genStart)} s: ${(units / DOCS).toFixed(1)} chars/record; ` +
      `raw text ${mb(rawUtf16)} as UTF-16 (JS strings), ${mb(utf8)} as UTF-8`,
  );
  console.log(`${list.length} single-term queries, e.g. ${list.slice(0, 12).join(' ')}`);

  // Ours.
  const before = heapBytes();
  const buildStart = performance.now();
  const buildCpu = process.cpuUsage();
  // As the server builds it (src/server/features/search): one id range per CPU on worker threads.
  const index = await buildIndexInThreads(docs);
  const buildMs = performance.now() - buildStart;
  const buildCpuMs = cpuMs(buildCpu);
  const builtHeap = heapBytes() - before;
  const stats = index.stats();
  const ours = await timeQueries(list, (query) => index.search(query, { limit: PAGE }), WARMUP, PASSES);
  // Queries allocate scratch arrays once (a few MB): count them too.
  // Arrays built on worker threads and transferred here are not all counted by the process's
  // memoryUsage(): take the index's own count of its typed arrays when that is larger.
  const indexHeap = Math.max(builtHeap, heapBytes() - before, stats.segmentBytes);

  // The same without the one-list shortcut for long terms (see src/search/segment.ts, plan): every
  // term of 4+ characters joins its covering trigrams, as in a corpus where no trigram has a single
  // neighbour. Built after measuring the first index's memory; same memory.
  // Built on this thread alone: the single-thread build time.
  const singleStart = performance.now();
  const singleCpu = process.cpuUsage();
  const joined = SearchIndex.build(docs, { contexts: false });
  const singleMs = performance.now() - singleStart;
  const singleCpuMs = cpuMs(singleCpu);
  const joinedRun = await timeQueries(list, (query) => joined.search(query, { limit: PAGE }), WARMUP, PASSES);

  // Plain scan over the same normalised text.
  const scanBefore = heapBytes();
  const scanStart = performance.now();
  const ids = Int32Array.from(docs, (doc) => doc.id);
  const texts = docs.map((doc) => documentText(doc.fields));
  const scanBuildMs = performance.now() - scanStart;
  const scanHeap = heapBytes() - scanBefore;
  const plain = await timeQueries(list, (query) => scan(ids, texts, query), 20);

  const oursAgree = ours.answers.filter((answer, i) => sameAnswer(answer, plain.answers[i])).length;
  const rows: Row[] = [
    {
      engine: `src/search (best of ${PASSES})`,
      build: `${seconds(buildMs)} on ${cpus().length} threads (cpu ${seconds(buildCpuMs)})`,
      memory: `${mb(indexHeap)} = ${(indexHeap / rawUtf16).toFixed(2)}× raw`,
      ...latencies(ours.best),
      agree: `${oursAgree}/${list.length}`,
    },
    {
      engine: 'src/search (first run)',
      build: '',
      memory: '',
      ...latencies(ours.times),
      agree: '',
    },
    {
      engine: `src/search 1 thread, always joining (best of ${PASSES})`,
      build: `${seconds(singleMs)} on 1 thread (cpu ${seconds(singleCpuMs)})`,
      memory: '',
      ...latencies(joinedRun.best),
      agree: `${joinedRun.answers.filter((answer, i) => sameAnswer(answer, plain.answers[i])).length}/${list.length}`,
    },
    {
      engine: 'plain scan (includes)',
      build: seconds(scanBuildMs),
      memory: `${mb(scanHeap)} = ${(scanHeap / rawUtf16).toFixed(2)}× raw`,
      ...latencies(plain.times),
      agree: 'reference',
    },
  ];
  const details = [
    `src/search by term length (best of ${PASSES}):\n    ${byLength(list, ours.best)}`,
    `src/search by term length (first run):\n    ${byLength(list, ours.times)}`,
    `src/search always joining, by term length (best of ${PASSES}):\n    ${byLength(list, joinedRun.best)}`,
    `plain scan by term length:\n    ${byLength(list, plain.times)}`,
  ];
  if (WITH_PG) {
    const postgres = await measurePostgres(ids, texts, list, plain.answers);
    rows.push(postgres.row);
    details.push(`pg_trgm by term length:\n    ${postgres.detail}`);
  }

  console.log('');
  printTable(rows);
  console.log(
    `\nmemory = the larger of the heap delta (heapUsed + arrayBuffers after gc) while building and the index's own count of its typed arrays, raw = UTF-16 bytes of the fields ` +
      `(${mb(rawUtf16)}; as UTF-8 ${mb(utf8)}: ours = ${(indexHeap / utf8).toFixed(2)}× that). Ours by its own ` +
      `count: typed arrays ${mb(stats.segmentBytes)}, of which trigram position lists ${mb(stats.positionBytes)}; ` +
      `${stats.lists} document lists (${stats.bitsets} as bitsets), ${stats.trigrams} trigram lists; no copy of the text`,
  );
  console.log(
    `latency: each query returns the total and the first ${PAGE} ids; ${WARMUP} warm-up queries first`,
  );
  for (const detail of details) console.log(detail);

  // Incremental updates.
  const update = prng(99);
  const fresh: SearchDocument[] = [];
  for (let i = 0; i < 1000; i++) fresh.push(record(update, DOCS * 3 + 10 + i));
  const picked = new Set<number>();
  while (picked.size < 1500) picked.add(docs[Math.floor(update() * docs.length)]!.id);
  const victims = [...picked].slice(0, 1000);
  const changed = [...picked].slice(1000).map((id) => record(update, id));
  let t = performance.now();
  for (const doc of fresh) index.upsert(doc);
  const addMs = performance.now() - t;
  t = performance.now();
  for (const id of victims) index.remove(id);
  const removeMs = performance.now() - t;
  t = performance.now();
  for (const doc of changed) index.upsert(doc);
  const replaceMs = performance.now() - t;
  const afterUpdates = await timeQueries(
    list,
    (query) => index.search(query, { limit: PAGE }),
    WARMUP,
    PASSES,
  );
  const updatedState = stats2(index);
  // Reference after the updates: a scan over the same changes.
  const current = new Map<number, string>();
  for (let i = 0; i < ids.length; i++) current.set(ids[i]!, texts[i]!);
  for (const doc of fresh) current.set(doc.id, documentText(doc.fields));
  for (const id of victims) current.delete(id);
  for (const doc of changed) current.set(doc.id, documentText(doc.fields));
  const sortedIds = Int32Array.from([...current.keys()].sort((a, b) => a - b));
  const sortedTexts = Array.from(sortedIds, (id) => current.get(id)!);
  const checked = list.slice(0, 200);
  const updatedAgree = checked.filter((query, i) =>
    sameAnswer(afterUpdates.answers[i], scan(sortedIds, sortedTexts, query)),
  ).length;
  t = performance.now();
  const compactCpu = process.cpuUsage();
  index.compact();
  const compactMs = performance.now() - t;
  const compactCpuMs = cpuMs(compactCpu);
  const afterCompact = await timeQueries(
    list,
    (query) => index.search(query, { limit: PAGE }),
    WARMUP,
    PASSES,
  );
  const compactAgree = checked.filter((query, i) =>
    sameAnswer(afterCompact.answers[i], scan(sortedIds, sortedTexts, query)),
  ).length;
  const lu = latencies(afterUpdates.best);
  const lc = latencies(afterCompact.best);
  console.log(
    `\nincremental (ours): add 1000 new ${addMs.toFixed(1)} ms, remove 1000 ${removeMs.toFixed(1)} ms, ` +
      `replace 500 ${replaceMs.toFixed(1)} ms; then (${updatedState}) queries p50 ${lu.p50} p95 ${lu.p95} max ${lu.max} ms ` +
      `(agree ${updatedAgree}/${checked.length}); compact ${seconds(compactMs)} s (cpu ${seconds(compactCpuMs)} s); ` +
      `then p50 ${lc.p50} p95 ${lc.p95} max ${lc.max} ms (agree ${compactAgree}/${checked.length})`,
  );
  console.log(
    `load average at end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}
