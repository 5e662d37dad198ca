import { describe, expect, it } from 'vitest';
import { checkMaterial, detectMaterialTypes, extensionOf, MAX_MATERIAL_BYTES } from './file-type.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

const PDF = bytes('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n');
const EXE = bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0], 'This program cannot be run in DOS mode.');
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], 'IHDR');
const XLSX = bytes([0x50, 0x4b, 0x03, 0x04], [20, 0, 6, 0], '[Content_Types].xml', [0, 0]);
const PLAIN_ZIP = bytes([0x50, 0x4b, 0x03, 0x04], [20, 0], 'readme.txt');

describe('detectMaterialTypes', () => {
  it('recognises PDF, PNG and Office Open XML by their bytes, and nothing else', () => {
    expect(detectMaterialTypes(PDF).map((t) => t.mediaType)).toEqual(['application/pdf']);
    expect(detectMaterialTypes(PNG).map((t) => t.extensions[0])).toEqual(['png']);
    expect(detectMaterialTypes(XLSX).flatMap((t) => t.extensions)).toEqual(['docx', 'xlsx', 'pptx']);
    expect(detectMaterialTypes(EXE)).toEqual([]);
    expect(detectMaterialTypes(PLAIN_ZIP)).toEqual([]);
  });
});

describe('checkMaterial', () => {
  it('accepts a PDF named .pdf (any case) and an Excel file named .xlsx', () => {
    expect(checkMaterial('議事次第.PDF', PDF)).toMatchObject({
      ok: true,
      type: { mediaType: 'application/pdf' },
    });
    expect(checkMaterial('名簿.xlsx', XLSX)).toMatchObject({ ok: true, type: { extensions: ['xlsx'] } });
  });

  it('refuses a renamed .exe, a PNG named .pdf, an empty file and one over the limit', () => {
    expect(checkMaterial('資料.pdf', EXE)).toEqual({ ok: false, reason: 'unsupported' });
    expect(checkMaterial('資料.pdf', PNG)).toEqual({ ok: false, reason: 'extension_mismatch' });
    expect(checkMaterial('資料.pdf', new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    const big = new Uint8Array(MAX_MATERIAL_BYTES + 1);
    big.set(PDF);
    expect(checkMaterial('資料.pdf', big)).toEqual({ ok: false, reason: 'too_large' });
    expect(checkMaterial('資料.pdf', big.subarray(0, MAX_MATERIAL_BYTES))).toMatchObject({ ok: true });
  });

  it('reads extensions', () => {
    expect(extensionOf('a.b.PPTX')).toBe('pptx');
    expect(extensionOf('.pdf')).toBe('');
    expect(extensionOf('noext')).toBe('');
  });
});
