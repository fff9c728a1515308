import type { CheckId } from './rules.js';

export type Severity = 'error' | 'warning';

/** One thing a check found, with where to look. */
export interface Finding {
  rule: CheckId;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  zone: string | null;
  /** the metric and period the finding is about, by which it can be accepted */
  metric: string | null;
  period: string | null;
  message: string;
  /** the sentence the figure was printed in */
  text: string;
}
