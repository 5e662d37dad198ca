/**
 * What a meeting material really is, read from its first bytes (magic numbers), never from the
 * name or the client's Content-Type. Pure.
 */

/** The file types accepted as meeting materials. */
export const MATERIAL_TYPES = [
  { mediaType: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  { mediaType: 'image/png', extensions: ['png'], label: 'PNG画像' },
  { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG画像' },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'Word',
  },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'Excel',
  },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    label: 'PowerPoint',
  },
] as const;

export type MaterialType = (typeof MATERIAL_TYPES)[number];

/** The largest material accepted: 10 MB. */
export const MAX_MATERIAL_BYTES = 10 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, magic: readonly number[], offset = 0) =>
  bytes.length >= offset + magic.length && magic.every((b, i) => bytes[offset + i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const CONTENT_TYPES = new TextEncoder().encode('[Content_Types].xml');

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The lower-case extension of a file name (`議事次第.PDF` → `pdf`), or '' without one. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/**
 * The accepted types `bytes` can be: PDF, PNG and JPEG by their signatures; Office Open XML (a ZIP
 * holding `[Content_Types].xml`) as Word, Excel or PowerPoint, told apart by the file name, since the
 * three share one container. Empty when the content is none of them (an .exe starts with `MZ`).
 */
export function detectMaterialTypes(bytes: Uint8Array): MaterialType[] {
  if (startsWith(bytes, PDF)) return [MATERIAL_TYPES[0]];
  if (startsWith(bytes, PNG)) return [MATERIAL_TYPES[1]];
  if (startsWith(bytes, JPEG)) return [MATERIAL_TYPES[2]];
  if (startsWith(bytes, ZIP) && contains(bytes, CONTENT_TYPES)) return [...MATERIAL_TYPES.slice(3)];
  return [];
}

/** Why a file was refused, or the type it was accepted as. */
export type MaterialCheck =
  | { ok: true; type: MaterialType }
  | { ok: false; reason: 'empty' | 'too_large' | 'unsupported' | 'extension_mismatch' };

/** Checks a file for use as a meeting material: size, then content type, then that the name agrees. */
export function checkMaterial(
  fileName: string,
  bytes: Uint8Array,
  maxBytes = MAX_MATERIAL_BYTES,
): MaterialCheck {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes.length > maxBytes) return { ok: false, reason: 'too_large' };
  const candidates = detectMaterialTypes(bytes);
  if (candidates.length === 0) return { ok: false, reason: 'unsupported' };
  const ext = extensionOf(fileName);
  const type = candidates.find((c) => (c.extensions as readonly string[]).includes(ext));
  return type ? { ok: true, type } : { ok: false, reason: 'extension_mismatch' };
}
