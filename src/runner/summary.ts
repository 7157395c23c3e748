/** Job summaries: a two-column table of what an action did. */
import * as core from '@actions/core';
import { escapeHtml } from '../values.js';

export async function writeSummaryTable(
  title: string,
  rows: ReadonlyArray<readonly [string, string]>,
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary
    .addHeading(title, 3)
    .addTable([
      [
        { data: 'Field', header: true },
        { data: 'Value', header: true },
      ],
      ...rows.map(([field, value]) => [escapeHtml(field), escapeHtml(value)]),
    ])
    .write();
}
