import type { ChalkInstance } from 'chalk';
import type { Finding } from './finding.js';

export function summary(findings: Finding[]): { errors: number; warnings: number } {
  return { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length };
}

/** A readable report: where, how bad, which rule, what, and the printed sentence. */
export function terminalReport(findings: Finding[], paint: ChalkInstance): string {
  const lines = findings.map((f) => {
    const where = paint.bold(`${f.file}:${f.line}:${f.column}`);
    const level = f.severity === 'error' ? paint.red('error') : paint.yellow('warning');
    const oneLine = f.text.split('\n').map((line) => line.trim()).filter(Boolean).join(' ');
    const sentence = oneLine ? `\n    ${paint.dim(oneLine.length > 120 ? `${oneLine.slice(0, 117)}…` : oneLine)}` : '';
    return `${where} ${level} ${paint.cyan(f.rule)} ${f.zone ? `[${f.zone}] ` : ''}${f.message}${sentence}`;
  });
  const { errors, warnings } = summary(findings);
  const total = errors ? paint.red(`${errors} error${errors === 1 ? '' : 's'}`) : paint.green('no errors');
  return [...lines, `${total}, ${warnings} warning${warnings === 1 ? '' : 's'}`].join('\n') + '\n';
}

export function jsonReport(findings: Finding[]): string {
  return JSON.stringify({ findings, summary: summary(findings) }, null, 2) + '\n';
}

/** GitHub Actions workflow commands: each finding becomes an annotation on its line. */
export function githubAnnotations(findings: Finding[]): string {
  const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return findings.map((f) => `::${f.severity} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(f.rule)}::${escapeData(f.message)}`).join('\n') + (findings.length ? '\n' : '');
}
