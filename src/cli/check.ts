import { Command, Option } from 'commander';
import type { CheckOptions } from './checkRun.js';
import { subcommand } from './common.js';
import { collect, maxSizeOption } from './options.js';

export function checkCommand(): Command {
  return subcommand('check')
    .description('check bulletins for figures that contradict each other, expectations or a baseline (exit 1 when one fails)')
    .argument('<paths...>', 'bulletin files, folders or -')
    .option('--expect <file>', 'a YAML file of metrics every zone article must report and zones the issue must cover')
    .option('--baseline <file>', 'an earlier --format jsonl output to compare with')
    .option('--fail-on <kinds>', 'baseline differences that fail: added,removed,changed', 'changed,removed')
    .option('--accept <file>', 'a YAML file of findings accepted by rule, zone, metric and period, each with a reason')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json']).default('text'))
    .option('-p, --patterns <dir>', 'a folder of extra rule files (repeatable)', collect, [] as string[])
    .addOption(maxSizeOption())
    .addHelpText('after', `
Rules live in patterns/checks.yaml. With GITHUB_ACTIONS=true each finding is also printed on stderr
as an ::error / ::warning annotation; with GITHUB_STEP_SUMMARY set, a Markdown table of the findings
is appended to that file. Exit codes: 0 clean, 1 a check failed, 2 usage or input error.

An expectations file:
  metrics: [工业投资, 规模以上工业增加值]   # every zone article reports these
  zones: [高平经济技术开发区]               # the issue covers these

An accept file (a finding still printed is no longer counted; one no longer printed is named on stderr):
  - rule: conflicting-values
    zone: 高平经济技术开发区
    metric: 规模以上工业增加值
    period: 2024
    reason: the bulletin restates the target; checked with the zone office`)
    .action(async (paths: string[], options: CheckOptions) => { await (await import('./checkRun.js')).runCheck(paths, options); });
}
