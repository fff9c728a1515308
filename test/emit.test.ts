import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { render, recordFields, groupByZone } from '../src/emit/formats.js';
import { maskIdentityNumbers } from '../src/emit/mask.js';
import { figuresOf } from './helpers.js';

const records = figuresOf('阳泉高新区工业投资完成32.3亿元,同比增长19.4%。平定经开区工业投资完成9.9亿元,"含税"。');

describe('formats', () => {
  it('jsonl: one record a line with every field', () => {
    const lines = render(records, 'jsonl').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(Object.keys(lines[0])).toEqual(recordFields);
  });
  it('json: grouped per zone in order of first appearance', () => {
    const groups = JSON.parse(render(records, 'json'));
    expect(groups.map((g: { zone: string }) => g.zone)).toEqual(['阳泉高新技术产业开发区', '平定经济技术开发区']);
    expect(groupByZone(records)[0]!.figures).toHaveLength(2);
  });
  it('csv: a header and one quoted row a record, read back equal', () => {
    const rows = parse(render(records, 'csv'), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows[2]!.text).toBe(records[2]!.text);
    expect(Number(rows[0]!.value)).toBe(32.3);
  });
});

describe('personal data', () => {
  it('masks identity numbers in any text it prints', () => {
    expect(maskIdentityNumbers('身份证(号码 142625198210075430)')).toBe('身份证(号码 1426**********5430)');
    expect(maskIdentityNumbers('增长16.6%')).toBe('增长16.6%');
  });
});
