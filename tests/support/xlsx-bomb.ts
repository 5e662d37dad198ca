import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import yazl from 'yazl';

const SHEET = 'xl/worksheets/sheet1.xml';

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The entries of a real workbook with the given rows, as exceljs writes it. */
async function realWorkbookEntries(rows: string[][]): Promise<{ name: string; data: Buffer }[]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow(row);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const entries: { name: string; data: Buffer }[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        collect(stream).then((data) => {
          entries.push({ name: entry.fileName, data });
          zip.readEntry();
        }, reject);
      });
    });
    zip.once('end', () => resolve());
    zip.once('error', reject);
    zip.readEntry();
  });
  return entries;
}

/**
 * A real .xlsx (exceljs's own workbook, headers and one row) whose first sheet's XML is padded with
 * `spaceBytes` of whitespace between its elements (legal XML, which deflate shrinks about 1000-fold)
 * and `extraRows` identical rows: the archive is small and its sheet huge. `lie` rewrites the central
 * directory so that the sheet declares the size it had before padding, as a bomb that hides from a
 * directory check would.
 */
export async function buildXlsxBomb(
  headers: string[],
  padding: { spaceBytes: number; extraRows: number },
  options: { lie?: boolean } = {},
): Promise<{ bytes: Buffer; sheetBytes: number }> {
  const { spaceBytes, extraRows } = padding;
  const entries = await realWorkbookEntries([headers, headers.map(() => 'x')]);
  const zip = new yazl.ZipFile();
  let sheetBytes = 0;
  let honestSheetBytes = 0;
  for (const { name, data } of entries) {
    if (name.endsWith('/')) {
      zip.addEmptyDirectory(name);
      continue;
    }
    if (name !== SHEET) {
      zip.addBuffer(data, name);
      continue;
    }
    honestSheetBytes = data.byteLength;
    const xml = data.toString('utf8');
    const cut = xml.indexOf('</sheetData>');
    const row = Buffer.from(
      `<row>${headers.map(() => '<c t="inlineStr"><is><t>x</t></is></c>').join('')}</row>`,
    );
    const head = Buffer.from(xml.slice(0, cut));
    const tail = Buffer.from(xml.slice(cut));
    sheetBytes = head.byteLength + spaceBytes + row.byteLength * extraRows + tail.byteLength;
    const block = Buffer.concat(Array.from({ length: 1000 }, () => row));
    const spaces = Buffer.alloc(1024 * 1024, 0x20);
    zip.addReadStream(
      Readable.from(
        (function* () {
          yield head;
          for (let i = 0; i < Math.floor(spaceBytes / spaces.byteLength); i++) yield spaces;
          yield spaces.subarray(0, spaceBytes % spaces.byteLength);
          for (let i = 0; i < Math.floor(extraRows / 1000); i++) yield block;
          for (let i = 0; i < extraRows % 1000; i++) yield row;
          yield tail;
        })(),
      ),
      name,
      { size: options.lie ? undefined : sheetBytes },
    );
  }
  zip.end();
  const bytes = await collect(zip.outputStream);
  if (options.lie) patchDeclaredSize(bytes, SHEET, honestSheetBytes);
  return { bytes, sheetBytes };
}

/** Rewrites the uncompressed size of `name` in the central directory (and its data descriptor). */
function patchDeclaredSize(bytes: Buffer, name: string, size: number): void {
  for (
    let at = bytes.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1'));
    at >= 0;
    at = bytes.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1'), at - 1)
  ) {
    const nameLength = bytes.readUInt16LE(at + 28);
    if (bytes.toString('utf8', at + 46, at + 46 + nameLength) !== name) continue;
    const declared = bytes.readUInt32LE(at + 24);
    bytes.writeUInt32LE(size, at + 24);
    // The data descriptor after the local data carries the same size: keep the two in agreement.
    for (
      let d = bytes.indexOf(Buffer.from('PK\x07\x08', 'latin1'));
      d >= 0;
      d = bytes.indexOf(Buffer.from('PK\x07\x08', 'latin1'), d + 4)
    ) {
      if (bytes.readUInt32LE(d + 12) === declared) bytes.writeUInt32LE(size, d + 12);
    }
    return;
  }
  throw new Error(`no directory entry for ${name}`);
}
