/**
 * An uploaded .xlsx, checked as a ZIP archive before anything parses it. A workbook is a ZIP of XML
 * files, and XML compresses extremely well: 400 KB can expand to 400 MB of sheet XML, which exceljs
 * would inflate, parse and — for a sheet stored before the shared strings — copy into a temporary file.
 * So, from the archive's central directory (read by yauzl) and before any parsing:
 *
 * - the number of entries, the total uncompressed size and each large entry's compression ratio are
 *   bounded (XLSX_LIMITS);
 * - every entry is inflated once and thrown away, and yauzl stops it the moment it yields more bytes
 *   than the directory declares (a lying directory is caught within the declared size);
 * - the shared strings are counted while they pass (exceljs keeps them all in memory);
 * - the local entries must follow each other with no gap up to the central directory, so the streaming
 *   reader exceljs uses (which reads local headers, not the directory) sees exactly the checked entries.
 *
 * A streamed upload is first written to an anonymous temporary file (unlinked at once, mode 0600): a
 * ZIP's directory is at its end. That file never exceeds the uncompressed limit either.
 */
import { randomBytes } from 'node:crypto';
import { close, open, read, rm, write } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import yauzl from 'yauzl';
import { AppError } from '../errors.ts';

/** What an .xlsx may hold. A workbook of 500,000 台帳 rows is about 150 MB of XML in about 20 entries. */
export type XlsxLimits = {
  /** Sum of the entries' uncompressed sizes (also the most a streamed upload may spool). */
  uncompressedBytes: number;
  entries: number;
  /** Uncompressed ÷ compressed, for entries above 1 MB (small files legitimately compress far). */
  ratio: number;
  sharedStrings: number;
};

export const XLSX_LIMITS: XlsxLimits = {
  uncompressedBytes: 256 * 1024 * 1024,
  entries: 1000,
  ratio: 200,
  sharedStrings: 2_000_000,
};

const RATIO_FLOOR_BYTES = 1024 * 1024;
const DATA_DESCRIPTOR_SIGNATURE = 0x08074b50;

/** The archive's bytes: in memory, or in a temporary file read through its handle. */
export type XlsxArchive = {
  /** The bytes from the start, for exceljs. */
  stream: () => Readable;
  /** Releases the temporary file, if any. */
  close: () => Promise<void>;
};

/** The 413 every limit raises, saying which limit and what to do. */
export function importTooLarge(detail: string): AppError {
  return new AppError(
    'IMPORT_TOO_LARGE',
    413,
    `取り込むファイルが大きすぎます（${detail}）。ファイルを分けるか、CSV で保存して取り込んでください。`,
  );
}

function damaged(detail: string): AppError {
  return new AppError(
    'TABLE_UNREADABLE',
    400,
    `ファイルを表として読み取れません（Excel ファイルを開けません: ${detail}）。`,
  );
}

const MB = (bytes: number) => `${Math.floor(bytes / 1024 / 1024)} MB`;

/** Reads `length` bytes at `position` of the archive. */
type ReadAt = (position: number, length: number) => Promise<Buffer>;

/**
 * Collects the archive into memory (a Uint8Array as it is) or a temporary file (a stream), refusing
 * once it passes `limits.uncompressedBytes`, and checks it (see the module comment).
 *
 * @throws AppError IMPORT_TOO_LARGE (413) past a limit, TABLE_UNREADABLE (400) for a damaged archive.
 */
export async function openXlsxArchive(
  source: Uint8Array | AsyncIterable<Uint8Array>,
  limits: XlsxLimits = XLSX_LIMITS,
): Promise<XlsxArchive> {
  if (source instanceof Uint8Array) {
    const buffer = Buffer.from(source.buffer, source.byteOffset, source.byteLength);
    await checkArchive(
      await openZip(() => yauzl.fromBufferPromise(buffer, ZIP_OPTIONS)),
      limits,
      async (p, n) => buffer.subarray(p, p + n),
    );
    return { stream: () => Readable.from([buffer]), close: async () => undefined };
  }
  const { fd, size } = await spool(source, limits);
  const release = () => promisify(close)(fd).catch(() => undefined);
  try {
    const reader = new FileReader(fd);
    await checkArchive(
      await openZip(() => yauzl.fromRandomAccessReaderPromise(reader, size, ZIP_OPTIONS)),
      limits,
      async (p, n) => {
        const buffer = Buffer.alloc(n);
        const { bytesRead } = await promisify(read)(fd, buffer, 0, n, p);
        return buffer.subarray(0, bytesRead);
      },
    );
  } catch (error) {
    await release();
    throw error;
  }
  return { stream: () => Readable.from(rangeOf(fd, 0, size)), close: release };
}

/** yauzl reads the spooled file through our descriptor, and leaves closing it to us. */
class FileReader extends yauzl.RandomAccessReader {
  constructor(private readonly fd: number) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return Readable.from(rangeOf(this.fd, start, end));
  }

  override close(callback: (err: Error | null) => void): void {
    callback(null);
  }
}

/**
 * Bytes `start` to `end` (exclusive) of a descriptor by positional reads. Not an fs.ReadStream: one of
 * those closes its descriptor when destroyed, whatever autoClose says, and yauzl destroys the streams
 * it is done with.
 */
async function* rangeOf(fd: number, start: number, end: number): AsyncGenerator<Buffer> {
  for (let at = start; at < end; ) {
    const buffer = Buffer.allocUnsafe(Math.min(READ_SLICE, end - at));
    const { bytesRead } = await promisify(read)(fd, buffer, 0, buffer.byteLength, at);
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
    at += bytesRead;
  }
}

const READ_SLICE = 256 * 1024;

const ZIP_OPTIONS = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false };

async function openZip(opener: () => Promise<yauzl.ZipFile>): Promise<yauzl.ZipFile> {
  try {
    return await opener();
  } catch (error) {
    throw damaged(error instanceof Error ? error.message : String(error));
  }
}

/** Writes the chunks to a temporary file that is unlinked at once: it vanishes with its descriptor. */
async function spool(
  chunks: AsyncIterable<Uint8Array>,
  limits: XlsxLimits,
): Promise<{ fd: number; size: number }> {
  const path = join(tmpdir(), `dxship-xlsx-${randomBytes(8).toString('hex')}`);
  const fd = await promisify(open)(path, 'wx+', 0o600);
  // POSIX: the open descriptor keeps the bytes until it is closed; nothing is left behind on a crash.
  await promisify(rm)(path).catch(() => undefined);
  try {
    let size = 0;
    for await (const chunk of chunks) {
      size += chunk.byteLength;
      if (size > limits.uncompressedBytes) throw importTooLarge(`上限 ${MB(limits.uncompressedBytes)}`);
      await promisify(write)(fd, chunk, 0, chunk.byteLength, size - chunk.byteLength);
    }
    return { fd, size };
  } catch (error) {
    await promisify(close)(fd).catch(() => undefined);
    throw error;
  }
}

async function entriesOf(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  const entries: yauzl.Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve());
    zip.once('error', (error: Error) => reject(damaged(error.message)));
    zip.readEntry();
  });
  return entries;
}

async function checkArchive(zip: yauzl.ZipFile, limits: XlsxLimits, readAt: ReadAt): Promise<void> {
  try {
    // Before any entry is read, yauzl's cursor is the central directory's offset (typed wrongly upstream).
    const directoryOffset = Number(zip.readEntryCursor);
    if (zip.entryCount > limits.entries) {
      throw importTooLarge(`ファイル内の要素が ${zip.entryCount} 個、上限 ${limits.entries} 個`);
    }
    const entries = await entriesOf(zip);
    let total = 0;
    for (const entry of entries) {
      if (entry.isEncrypted() || !entry.canDecodeFileData())
        throw damaged(`${entry.fileName} を展開できません`);
      total += entry.uncompressedSize;
      if (total > limits.uncompressedBytes) {
        throw importTooLarge(`展開後 ${MB(total)} 以上、上限 ${MB(limits.uncompressedBytes)}`);
      }
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.ratio) {
        throw importTooLarge(`${entry.fileName} の圧縮率が ${Math.round(ratio)} 倍、上限 ${limits.ratio} 倍`);
      }
    }
    await checkContiguous(zip, entries, directoryOffset, readAt);
    for (const entry of entries) await inflateAndCount(zip, entry, limits);
  } finally {
    zip.close();
  }
}

/** The local entries lie end to end from offset 0 to the central directory, with nothing between. */
async function checkContiguous(
  zip: yauzl.ZipFile,
  entries: yauzl.Entry[],
  directoryOffset: number,
  readAt: ReadAt,
): Promise<void> {
  let expected = 0;
  const byOffset = [...entries].sort((a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader);
  for (const entry of byOffset) {
    if (entry.relativeOffsetOfLocalHeader !== expected) throw damaged('ZIP の構造が正しくありません');
    const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
    expected = fileDataStart + entry.compressedSize;
    if (entry.generalPurposeBitFlag & 0x8) {
      // A data descriptor follows the data: crc, sizes (8 or 16 bytes), with an optional signature.
      const head = await readAt(expected, 4);
      const signed = head.length === 4 && head.readUInt32LE(0) === DATA_DESCRIPTOR_SIGNATURE;
      const zip64 = entry.uncompressedSize >= 0xffffffff || entry.compressedSize >= 0xffffffff;
      expected += (signed ? 4 : 0) + 4 + (zip64 ? 16 : 8);
    }
  }
  if (expected !== directoryOffset) throw damaged('ZIP の構造が正しくありません');
}

/** Inflates one entry and discards it; counts shared strings on the way. */
async function inflateAndCount(zip: yauzl.ZipFile, entry: yauzl.Entry, limits: XlsxLimits): Promise<void> {
  const counting = /(^|\/)sharedStrings\.xml$/i.test(entry.fileName);
  let strings = 0;
  let tail = '';
  const decoder = new TextDecoder();
  try {
    const stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (!counting) continue;
      const text = tail + decoder.decode(chunk, { stream: true });
      for (const match of text.matchAll(/<(?:\w+:)?si[\s>/]/g)) {
        if (match.index + match[0].length > tail.length) strings++;
      }
      if (strings > limits.sharedStrings) {
        stream.destroy();
        throw importTooLarge(`共有文字列が ${limits.sharedStrings.toLocaleString()} 個を超えています`);
      }
      tail = text.slice(-16);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    // yauzl: "too many bytes in the stream" — the entry expands past what the directory declares.
    if (/too many bytes/i.test(message))
      throw importTooLarge(`${entry.fileName} が申告された大きさを超えて展開されます`);
    throw damaged(message);
  }
}
