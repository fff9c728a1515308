/** zone-extract check, run: loaded only when the command is (its schemas and reports are costly to load). */
import { appendFileSync } from 'node:fs';
import { patternsFor } from '../patterns/builtin.js';
import { compileRules } from '../patterns/compile.js';
import { queryResolver } from '../emit/filter.js';
import { writeStdout } from '../emit/write.js';
import { checkConsistency, ruleById, type CheckRule } from '../check/rules.js';
import { checkExpectations, loadExpectations, type Expectations } from '../check/expectations.js';
import { compareBaseline, loadBaseline } from '../check/baseline.js';
import { applyAcceptances, loadAcceptances } from '../check/accept.js';
import { githubAnnotations, jsonReport, markdownSummary, summary, terminalReport } from '../check/report.js';
import type { Finding } from '../check/finding.js';
import type { Patterns } from '../patterns/schema.js';
import type { Extraction } from '../pipeline.js';
import { paintFor } from './terminal.js';
import { analyseReporting, nothingRead } from './common.js';
import { EXIT_CHECK_FAILED, EXIT_USAGE, UsageError } from './options.js';
import { maskPersonalNumbers } from '../lib/personalNumbers.js';

export interface CheckOptions {
  expect?: string;
  baseline?: string;
  accept?: string;
  failOn: string;
  format: 'text' | 'json';
  patterns: string[];
  maxSize: number;
}

const BASELINE_KINDS = ['added', 'removed', 'changed'] as const;

function failingKinds(list: string): string[] {
  const kinds = list.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = kinds.filter((k) => !(BASELINE_KINDS as readonly string[]).includes(k));
  if (unknown.length) throw new UsageError(`--fail-on: unknown ${unknown.join(', ')} (choose from ${BASELINE_KINDS.join(',')})`);
  return kinds;
}

interface Against {
  expectations: Expectations | null;
  baseline: ReturnType<typeof loadBaseline> | null;
  failOn: string[];
}

/** Every finding: the bulletins' own arithmetic, then the expectations and the baseline when given. */
function findingsOf(extractions: Extraction[], patterns: Patterns, { expectations, baseline, failOn }: Against): Finding[] {
  const rules = patterns.checks.rules;
  const findings: Finding[] = checkConsistency(extractions, rules);
  if (expectations) {
    findings.push(...checkExpectations(extractions, expectations, ruleById(rules, 'missing-metric'), ruleById(rules, 'missing-zone'), queryResolver(patterns)));
  }
  if (baseline) {
    const severity = (kind: (typeof BASELINE_KINDS)[number]): CheckRule => ({ ...ruleById(rules, `baseline-${kind}`), severity: failOn.includes(kind) ? 'error' : 'warning' });
    findings.push(...compareBaseline(extractions.flatMap((e) => e.records), baseline, { added: severity('added'), removed: severity('removed'), changed: severity('changed') }));
  }
  return findings;
}

/** zone-extract check: findings on stdout; in GitHub Actions annotations on stderr and a job summary. */
export async function runCheck(paths: string[], o: CheckOptions): Promise<void> {
  const against: Against = {
    failOn: failingKinds(o.failOn),
    expectations: o.expect ? loadExpectations(o.expect) : null,
    baseline: o.baseline ? loadBaseline(o.baseline) : null,
  };
  const acceptances = o.accept ? loadAcceptances(o.accept) : [];
  const patterns = await patternsFor(o.patterns);
  const extractions = analyseReporting(paths, compileRules(patterns), o.maxSize);
  if (nothingRead(extractions.length)) return;
  const { open, accepted, unused } = applyAcceptances(findingsOf(extractions, patterns, against), acceptances);
  for (const a of unused) process.stderr.write(`zone-extract: ${a.where}: accepted ${a.rule} finding no longer reported\n`);
  if (process.env.GITHUB_ACTIONS === 'true') process.stderr.write(maskPersonalNumbers(githubAnnotations(open)));
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, maskPersonalNumbers(markdownSummary(open, accepted)));
  await writeStdout(maskPersonalNumbers(o.format === 'json' ? jsonReport(open, accepted) : terminalReport(open, await paintFor(process.stdout), accepted)));
  if (summary(open).errors && process.exitCode !== EXIT_USAGE) process.exitCode = EXIT_CHECK_FAILED;
}
