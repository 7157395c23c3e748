/** Findings as workflow annotations on the exact file and line (errors, warnings, notices). */
import * as core from '@actions/core';
import type { SarifFinding } from '../report/sarif.js';

export function annotate(findings: readonly SarifFinding[], title: (finding: SarifFinding) => string): void {
  for (const finding of findings) {
    const properties: core.AnnotationProperties = {
      title: title(finding),
      file: finding.location?.uri,
      startLine: finding.location?.startLine,
      endLine: finding.location?.endLine ?? finding.location?.startLine,
      startColumn: finding.location?.startColumn,
    };
    if (finding.severity === 'critical' || finding.severity === 'high')
      core.error(finding.message, properties);
    else if (finding.severity === 'medium') core.warning(finding.message, properties);
    else core.notice(finding.message, properties);
  }
}
