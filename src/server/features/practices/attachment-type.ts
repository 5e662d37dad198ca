import { checkMaterial, extensionOf, MAX_MATERIAL_BYTES } from '../community/file-type.ts';

/** The largest attachment: 10 MB (the same limit as meeting materials). */
export const MAX_ATTACHMENT_BYTES = MAX_MATERIAL_BYTES;

/** What an attachment is, or why it is refused. */
export type AttachmentCheck =
  | { ok: true; contentType: string }
  | { ok: false; reason: 'empty' | 'too_large' | 'unsupported' | 'extension_mismatch' };

/** Text a CSV may be: no NUL bytes (binaries have them), and UTF-8 or Excel's Shift_JIS. */
function looksLikeCsvText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 64 * 1024);
  return !head.includes(0) && (head[0] !== 0x4d || head[1] !== 0x5a); // not NUL, not an MZ executable
}

/**
 * Checks an attachment by its bytes (never the client's Content-Type): PDF, PNG, JPEG and Office
 * Open XML as for meeting materials (magic bytes, the name telling docx/xlsx/pptx apart), plus CSV —
 * text without NUL bytes named .csv. Size at most 10 MB.
 */
export function checkAttachment(filename: string, bytes: Uint8Array): AttachmentCheck {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, reason: 'too_large' };
  if (extensionOf(filename) === 'csv') {
    return looksLikeCsvText(bytes)
      ? { ok: true, contentType: 'text/csv' }
      : { ok: false, reason: 'unsupported' };
  }
  const material = checkMaterial(filename, bytes, MAX_ATTACHMENT_BYTES);
  return material.ok ? { ok: true, contentType: material.type.mediaType } : material;
}
