import { isUtf8, transcode } from 'node:buffer';
import { lazyRequire } from '../lib/lazy.js';

// only a bulletin in a legacy encoding needs them
const iconv = lazyRequire<typeof import('iconv-lite')>('iconv-lite');
const chardet = lazyRequire<typeof import('chardet')>('chardet');

/** How a bulletin's bytes were decoded (big5 with the Hong Kong additions, Big5-HKSCS). */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** Node's own Big5 decoder puts the HKSCS characters (嘅, 邨, pinyin vowels) in the private use area. */
function strictBig5(bytes: Uint8Array): string | null {
  const text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'big5hkscs');
  return text.includes('\ufffd') ? null : text;
}

/**
 * UTF-8 checked and converted by Node's SIMD routines, several times faster than a fatal
 * TextDecoder; a leading BOM is dropped, as TextDecoder drops it.
 */
function strictUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  const text = transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const strict = (encoding: Encoding, bytes: Uint8Array): string | null => {
  if (encoding === 'utf-8') return strictUtf8(bytes);
  if (encoding === 'big5') return strictBig5(bytes);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

/** Code units of written text: ASCII, Latin-1, general and CJK punctuation, CJK ideographs (the rarer ones in surrogate pairs), full-width forms. */
const TEXTUAL = /[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2100-\u218f\u2460-\u24ff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\ud800-\udfff\uff00-\uffef]/g;
/** Read in the wrong byte order, UTF-16 text gives few such units; read right, nearly only these. */
const TEXTUAL_SHARE = 0.9;

/**
 * UTF-16 without a BOM (its line breaks and ASCII hold NUL bytes): the byte order whose reading
 * is written text. No detector library tells UTF-16 without a BOM, so this reads both.
 */
function utf16Without(bytes: Uint8Array): { text: string; encoding: Encoding } | null {
  if (bytes.length % 2) return null;
  let best: { text: string; encoding: Encoding; share: number } | null = null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = strict(encoding, bytes);
    const share = text ? (text.match(TEXTUAL)?.length ?? 0) / text.length : 0;
    if (text && share >= TEXTUAL_SHARE && (!best || share > best.share)) best = { text, encoding, share };
  }
  return best && { text: best.text, encoding: best.encoding };
}

/** The legacy Chinese encodings, by chardet's names. */
const LEGACY: Record<string, Encoding> = { GB18030: 'gb18030', Big5: 'big5' };
/** How much surer than of any other encoding the detector must be. */
const MARGIN = 20;

/**
 * GB18030 (which covers GBK and GB2312) or Big5: nearly any Big5 text, and Japanese or Korean
 * text, also decodes as GB18030 gibberish, so chardet weighs the encodings that could have
 * written the bytes, and a text it cannot tell is refused.
 */
function legacy(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const readings = chardet().analyse(bytes).filter((m) => !/^(UTF|ASCII)/.test(m.name))
    .map((m) => ({ name: m.name, confidence: m.confidence, encoding: LEGACY[m.name], text: LEGACY[m.name] ? strict(LEGACY[m.name]!, bytes) : null }))
    .filter((r) => !r.encoding || r.text !== null);
  const best = readings.find((r) => r.encoding);
  if (!best) throw new Error('cannot decode: neither UTF-8, UTF-16, GB18030/GBK nor Big5 text');
  const rival = readings.find((r) => r !== best);
  if (rival && best.confidence - rival.confidence < MARGIN) {
    throw new Error(`cannot tell the encoding (likeliest ${best.name}, then ${rival.name}): convert the file to UTF-8`);
  }
  return { text: best.text!, encoding: best.encoding! };
}

/**
 * Decode a bulletin: a BOM decides (UTF-8, UTF-16LE/BE); without one, bytes holding NULs are
 * UTF-16 or refused as binary, others UTF-8, else GB18030 or Big5 as the detector tells, each strictly.
 */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return checked('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked('utf-16be', bytes.subarray(2));
  if (bytes.includes(0)) {
    const wide = utf16Without(bytes);
    if (wide) return wide;
    throw new Error('binary data, not a text bulletin');
  }
  const text = strict('utf-8', bytes);
  return text !== null ? { text, encoding: 'utf-8' } : legacy(bytes);
}

function checked(encoding: Encoding, bytes: Uint8Array): { text: string; encoding: Encoding } {
  const text = strict(encoding, bytes);
  if (text === null) throw new Error(`cannot decode: invalid ${encoding.toUpperCase()} text`);
  return { text, encoding };
}
