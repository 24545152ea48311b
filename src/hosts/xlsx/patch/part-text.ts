/**
 * Part bytes to text and back, losslessly: a byte-order mark is kept as a character, and a part
 * that is not UTF-8 (UTF-16, or broken bytes) is refused rather than silently re-encoded.
 */

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/** Why a part could not be taken as text. */
export class PartTextError extends Error {
  constructor(
    readonly path: string,
    readonly zh: string,
  ) {
    super(`part ${path} is not UTF-8 text`);
    this.name = 'PartTextError';
  }
}

/**
 * Decodes a part for patching; throws {@link PartTextError} when re-encoding could not give
 * back the same bytes.
 * @example decodePart('xl/styles.xml', new TextEncoder().encode('<a/>')) // '<a/>'
 */
export function decodePart(path: string, bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new PartTextError(path, `部件 ${path} 是 UTF-16 编码，无法在原文件上修改；请在 Excel 中另存一次后再试`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new PartTextError(path, `部件 ${path} 含有无效的 UTF-8 字节，无法在原文件上修改；请在 Excel 中另存一次后再试`);
  }
}

/**
 * Encodes patched text as UTF-8 (no mark is added: one kept by decodePart stays).
 * @example encodePart('<a/>') // Uint8Array [60, 97, 47, 62]
 */
export function encodePart(text: string): Uint8Array {
  return encoder.encode(text);
}
