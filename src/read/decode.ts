/** How a bulletin's bytes were decoded. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

const strict = (encoding: Encoding, bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

/** UTF-16 without a BOM: Chinese text in UTF-16 has few NULs, but ASCII runs put them all on one side. */
function utf16Without(bytes: Uint8Array): Encoding | null {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) { if (i % 2) odd++; else even++; }
  if (even + odd === 0 || bytes.length % 2) return null;
  if (odd > 0 && even === 0) return 'utf-16le';
  if (even > 0 && odd === 0) return 'utf-16be';
  return null;
}

/**
 * Decode a bulletin: a BOM decides (UTF-8, UTF-16LE/BE); without one, UTF-16 by its NUL pattern,
 * then UTF-8, then GB18030 (which covers GBK and GB2312), each strictly. Anything else is refused.
 */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return checked('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked('utf-16be', bytes.subarray(2));
  const wide = utf16Without(bytes);
  if (wide) return checked(wide, bytes);
  if (bytes.includes(0)) throw new Error('binary data, not a text bulletin');
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    const text = strict(encoding, bytes);
    if (text !== null) return { text, encoding };
  }
  throw new Error('cannot decode: neither UTF-8, UTF-16 nor GB18030/GBK text');
}

function checked(encoding: Encoding, bytes: Uint8Array): { text: string; encoding: Encoding } {
  const text = strict(encoding, bytes);
  if (text === null) throw new Error(`cannot decode: invalid ${encoding.toUpperCase()} text`);
  return { text, encoding };
}
