import { describe, expect, it } from 'vitest';
import { normalise, toSourceEnd, toSourceOffset } from '../src/normalise/normalise.js';

const norm = (text: string) => normalise({ file: 't', text });

describe('normalise', () => {
  it('turns full-width digits and ％ into ASCII', () => {
    expect(norm('增长６７．５％').text).toBe('增长67.5%');
  });
  it('joins a figure broken by spaces', () => {
    expect(norm('实现营业收入 8800 万元').text).toBe('实现营业收入8800万元');
    expect(norm('近 60 万 m²').text).toBe('近60万m²');
  });
  it('joins a figure broken across an OCR line break', () => {
    expect(norm('不到3\n\n个月实现').text).toBe('不到3个月实现');
  });
  it('keeps two numbers apart and paragraph breaks elsewhere', () => {
    expect(norm('表 1 2 号').text).toContain('1 2');
    expect(norm('完成。\n\n二是').text).toBe('完成。\n\n二是');
  });
  it('maps every offset back to the source text', () => {
    const source = '共 出让 ５ 宗\n\n不到3\n\n个月';
    const n = norm(source);
    const at = n.text.indexOf('5');
    expect(source[toSourceOffset(n, at)]).toBe('５');
    const months = n.text.indexOf('个月');
    expect(source.slice(toSourceOffset(n, months), toSourceEnd(n, months + 2))).toBe('个月');
    expect(toSourceOffset(n, n.text.length)).toBe(source.length);
  });
});
