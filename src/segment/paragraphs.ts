export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

/** Non-blank lines with their offsets, trimmed. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    const line = text.slice(lineStart, i);
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) out.push({ start: lineStart + lead, end: lineStart + lead + trimmed.length, text: trimmed });
    lineStart = i + 1;
  }
  return out;
}
