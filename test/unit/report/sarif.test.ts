import { describe, expect, it } from 'vitest';
import { buildSarif, type SarifRule } from '../../../src/report/sarif.js';
import { atLeast, parseThreshold, sarifLevel, securitySeverity } from '../../../src/report/severity.js';
import { ConfigurationError } from '../../../src/errors.js';
import { sarifSchemaErrors } from '../../harness/sarif.js';

const tool = { name: 'osimg', version: '0.1.0', informationUri: 'https://github.com/org/osimg' };
const rules: SarifRule[] = [
  {
    id: 'OSI001',
    title: 'Base image not allowed',
    help: 'Use an approved base.',
    severity: 'high',
    tags: ['policy'],
  },
  { id: 'OSI002', title: 'Cache left behind', help: 'Clean the cache.', severity: 'low' },
];

describe('buildSarif', () => {
  it('produces a log the official SARIF 2.1.0 schema accepts, with rule indexes and regions', () => {
    const log = buildSarif(
      tool,
      rules,
      [
        {
          ruleId: 'OSI001',
          severity: 'high',
          message: 'debian:latest is not allowed',
          location: { uri: 'Containerfile', startLine: 3, startColumn: 1 },
          fingerprint: 'abc',
        },
        {
          ruleId: 'OSI002',
          severity: 'low',
          message: 'apt lists left',
          location: { uri: 'app/Containerfile' },
        },
        { ruleId: 'OTHER', severity: 'medium', message: 'no location' },
      ],
      'lint',
    );
    expect(sarifSchemaErrors(log)).toEqual([]);
    const run = log.runs[0] as { results: Array<Record<string, unknown>>; automationDetails: { id: string } };
    expect(run.automationDetails.id).toBe('lint/');
    expect(run.results[0]).toMatchObject({
      ruleId: 'OSI001',
      ruleIndex: 0,
      level: 'error',
      locations: [{ physicalLocation: { region: { startLine: 3 } } }],
    });
    expect(run.results[1]).toMatchObject({ ruleIndex: 1, level: 'note' });
    expect(run.results[2]).not.toHaveProperty('ruleIndex');
  });

  it('is detected as invalid by the schema check when broken (the check can fail)', () => {
    const log = buildSarif(tool, rules, []) as unknown as { version: string };
    log.version = '2.0.0';
    expect(sarifSchemaErrors(log).length).toBeGreaterThan(0);
  });
});

describe('severity', () => {
  it.each([
    ['critical', 'error', '9.5'],
    ['high', 'error', '8.0'],
    ['medium', 'warning', '5.5'],
    ['low', 'note', '2.0'],
    ['info', 'note', '0.0'],
  ] as const)('%s → SARIF %s, security-severity %s', (severity, level, score) => {
    expect(sarifLevel(severity)).toBe(level);
    expect(securitySeverity(severity)).toBe(score);
  });

  it('orders severities', () => {
    expect(atLeast('critical', 'high')).toBe(true);
    expect(atLeast('medium', 'high')).toBe(false);
    expect(atLeast('low', 'low')).toBe(true);
  });

  it('parses thresholds and rejects others clearly', () => {
    expect(parseThreshold('HIGH', 'fail-on', 'none')).toBe('high');
    expect(parseThreshold('', 'fail-on', 'medium')).toBe('medium');
    expect(parseThreshold('none', 'fail-on', 'high')).toBe('none');
    expect(() => parseThreshold('severe', 'fail-on', 'high')).toThrow(ConfigurationError);
    expect(() => parseThreshold('severe', 'fail-on', 'high')).toThrow(
      'fail-on must be one of none, info, low, medium, high, critical, not "severe"',
    );
  });
});
