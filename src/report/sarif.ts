/**
 * SARIF 2.1.0 logs for GitHub code scanning: one run, the tool's rules, and results with locations.
 * Lint and scan both write through here, so every SARIF osimg emits has the same shape.
 */
import { securitySeverity, sarifLevel, type Severity } from './severity.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifRule {
  id: string;
  title: string;
  /** One paragraph: why the rule exists and how to fix a finding. */
  help: string;
  severity: Severity;
  helpUri?: string;
  tags?: string[];
}

export interface SarifLocation {
  /** Repository-relative path (forward slashes), as code scanning expects. */
  uri: string;
  startLine?: number;
  startColumn?: number;
  endLine?: number;
}

export interface SarifFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  location?: SarifLocation;
  /** Stable identity across runs (code scanning uses it to track alerts). */
  fingerprint?: string;
}

export interface SarifTool {
  name: string;
  version: string;
  informationUri: string;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Array<Record<string, unknown>>;
}

export function buildSarif(
  tool: SarifTool,
  rules: readonly SarifRule[],
  findings: readonly SarifFinding[],
  category?: string,
): SarifLog {
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: tool.informationUri,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.title },
              fullDescription: { text: rule.help },
              help: { text: rule.help, markdown: `**${rule.title}**\n\n${rule.help}` },
              ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
              defaultConfiguration: { level: sarifLevel(rule.severity) },
              properties: {
                tags: rule.tags ?? [],
                'security-severity': securitySeverity(rule.severity),
                precision: 'high',
              },
            })),
          },
        },
        ...(category ? { automationDetails: { id: `${category}/` } } : {}),
        results: findings.map((finding) => ({
          ruleId: finding.ruleId,
          ...(index.has(finding.ruleId) ? { ruleIndex: index.get(finding.ruleId) } : {}),
          level: sarifLevel(finding.severity),
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: finding.location?.uri ?? '.' },
                ...(finding.location?.startLine
                  ? {
                      region: {
                        startLine: finding.location.startLine,
                        ...(finding.location.startColumn
                          ? { startColumn: finding.location.startColumn }
                          : {}),
                        ...(finding.location.endLine ? { endLine: finding.location.endLine } : {}),
                      },
                    }
                  : {}),
              },
            },
          ],
          ...(finding.fingerprint
            ? { partialFingerprints: { primaryLocationLineHash: finding.fingerprint } }
            : {}),
          properties: { severity: finding.severity },
        })),
      },
    ],
  };
}
