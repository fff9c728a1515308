import type { ChalkInstance } from 'chalk';
import type { Finding } from './finding.js';
import type { AcceptedFinding } from './accept.js';
import { plural } from '../lib/plural.js';

export function summary(findings: Finding[]): { errors: number; warnings: number } {
  return { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length };
}

/** A readable report: where, how bad, which rule, what, and the printed sentence. */
export function terminalReport(findings: Finding[], paint: ChalkInstance, accepted: AcceptedFinding[] = []): string {
  const lines = findings.map((f) => {
    const where = paint.bold(`${f.file}:${f.line}:${f.column}`);
    const level = f.severity === 'error' ? paint.red('error') : paint.yellow('warning');
    const oneLine = f.text.split('\n').map((line) => line.trim()).filter(Boolean).join(' ');
    const sentence = oneLine ? `\n    ${paint.dim(oneLine.length > 120 ? `${oneLine.slice(0, 117)}…` : oneLine)}` : '';
    return `${where} ${level} ${paint.cyan(f.rule)} ${f.zone ? `[${f.zone}] ` : ''}${f.message}${sentence}`;
  });
  const { errors, warnings } = summary(findings);
  const total = errors ? paint.red(plural(errors, 'error')) : paint.green('no errors');
  const acceptedCount = accepted.length ? `, ${accepted.length} accepted` : '';
  return [...lines, `${total}, ${plural(warnings, 'warning')}${acceptedCount}`].join('\n') + '\n';
}

export function jsonReport(findings: Finding[], accepted: AcceptedFinding[] = []): string {
  return JSON.stringify({ findings, accepted, summary: { ...summary(findings), accepted: accepted.length } }, null, 2) + '\n';
}

/** A Markdown table for a CI job's summary page ($GITHUB_STEP_SUMMARY). */
export function markdownSummary(findings: Finding[], accepted: AcceptedFinding[] = []): string {
  const cell = (s: string): string => s.replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space)).replace(/\|/g, '\\|');
  const { errors, warnings } = summary(findings);
  const head = `### zone-extract check\n\n**${plural(errors, 'error')}**, ${plural(warnings, 'warning')}, ${accepted.length} accepted\n`;
  if (!findings.length) return `${head}\n`;
  const rows = findings.map((f) => `| ${f.severity} | ${f.rule} | ${cell(`${f.file}:${f.line}`)} | ${cell(f.zone ?? '')} | ${cell(f.message)} |`);
  return [head, '| severity | rule | where | zone | finding |', '|---|---|---|---|---|', ...rows].join('\n') + '\n\n';
}

/** GitHub Actions workflow commands: each finding becomes an annotation on its line. */
export function githubAnnotations(findings: Finding[]): string {
  const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return findings.map((f) => `::${f.severity} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(f.rule)}::${escapeData(f.message)}`).join('\n') + (findings.length ? '\n' : '');
}
