import { z } from 'zod';
import { parseYamlFile } from '../patterns/load.js';
import { PatternError } from '../patterns/errors.js';
import { checkIds } from '../patterns/schema.js';
import type { Finding } from './finding.js';

const period = z.union([z.string(), z.number().transform(String)]).nullable();

/** A finding a person looked at and accepted: which rule, about what, and why. */
const acceptanceSchema = z.strictObject({
  rule: z.enum(checkIds),
  zone: z.string().nullable(),
  metric: z.string().nullable(),
  period,
  reason: z.string().min(1),
});

export type Acceptance = z.infer<typeof acceptanceSchema> & { where: string };

export interface AcceptedFinding extends Finding {
  reason: string;
}

/** An accept file: a YAML list of findings accepted by rule, zone, metric and period, each with its reason. */
export function loadAcceptances(path: string): Acceptance[] {
  const { data, where } = parseYamlFile(path);
  const checked = z.array(acceptanceSchema).safeParse(data ?? []);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new PatternError(`${where(issue.path)}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return checked.data.map((a, i) => ({ ...a, where: where([i]) }));
}

const covers = (a: Acceptance, f: Finding): boolean =>
  a.rule === f.rule && a.zone === f.zone && a.metric === f.metric && a.period === f.period;

/** The findings still open, those accepted (with the reason), and acceptances that no longer match anything. */
export function applyAcceptances(findings: Finding[], acceptances: Acceptance[]): { open: Finding[]; accepted: AcceptedFinding[]; unused: Acceptance[] } {
  const open: Finding[] = [];
  const accepted: AcceptedFinding[] = [];
  const used = new Set<Acceptance>();
  for (const f of findings) {
    const a = acceptances.find((x) => covers(x, f));
    if (!a) { open.push(f); continue; }
    used.add(a);
    accepted.push({ ...f, reason: a.reason });
  }
  return { open, accepted, unused: acceptances.filter((a) => !used.has(a)) };
}
