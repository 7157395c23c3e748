import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import {
  allowedCount,
  parseMaxCounts,
  parsePolicy,
  parseScanners,
  type PolicyText,
} from '../../../src/scan/policy.js';

const names: Record<keyof PolicyText, string> = {
  severityThreshold: '--severity-threshold',
  onlyFixed: '--only-fixed',
  maxCounts: '--max-count',
  scanners: '--scanners',
  onIncomplete: '--on-incomplete',
};
const text = (overrides: Partial<PolicyText> = {}): PolicyText => ({
  severityThreshold: '',
  onlyFixed: false,
  maxCounts: '',
  scanners: '',
  onIncomplete: '',
  ...overrides,
});

describe('parsePolicy', () => {
  it('has safe defaults: high and above, vulnerabilities, incomplete fails', () => {
    expect(parsePolicy(text(), [], names)).toEqual({
      threshold: 'high',
      onlyFixed: false,
      maxCounts: {},
      scanners: ['vuln'],
      ignores: [],
      onIncomplete: 'fail',
    });
  });

  it.each([
    [{ severityThreshold: 'CRITICAL' }, { threshold: 'critical' }],
    [{ severityThreshold: 'none' }, { threshold: 'none' }],
    [{ maxCounts: 'critical=0,\nhigh = 5' }, { maxCounts: { critical: 0, high: 5 } }],
    [{ scanners: 'misconfig, VULN' }, { scanners: ['vuln', 'misconfig'] }],
    [{ onIncomplete: 'warn' }, { onIncomplete: 'warn' }],
  ] as const)('reads %j', (overrides, expected) => {
    expect(parsePolicy(text(overrides), [], names)).toMatchObject(expected);
  });

  it.each([
    [
      { severityThreshold: 'severe' },
      '--severity-threshold must be one of none, unknown, low, medium, high, critical, not "severe"',
    ],
    [
      { maxCounts: 'high:5' },
      '--max-count: "high:5" is not SEVERITY=COUNT; write e.g. critical=0, high=5 (severities: unknown, low, medium, high, critical)',
    ],
    [{ maxCounts: 'high=1,high=2' }, '--max-count: high is given twice'],
    [
      { maxCounts: 'medium=3' },
      '--max-count: medium=3 has no effect below --severity-threshold high: lower the threshold to gate medium findings',
    ],
    [{ scanners: 'vuln,license' }, '--scanners: "license" is not a scanner; use vuln, secret, misconfig'],
    [{ onIncomplete: 'ignore' }, '--on-incomplete must be one of fail, warn, not "ignore"'],
  ] as const)('rejects %j', (overrides, message) => {
    expect(() => parsePolicy(text(overrides), [], names)).toThrow(new ConfigurationError(message));
  });

  it('allows 0 by default for gated severities and nothing is gated below the threshold', () => {
    const policy = parsePolicy(text({ severityThreshold: 'medium', maxCounts: 'high=2' }), [], names);
    expect([
      allowedCount(policy, 'critical'),
      allowedCount(policy, 'high'),
      allowedCount(policy, 'medium'),
      allowedCount(policy, 'low'),
    ]).toEqual([0, 2, 0, undefined]);
  });

  it('helpers', () => {
    expect(parseMaxCounts('', 'x')).toEqual({});
    expect(parseScanners('', 'x')).toEqual(['vuln']);
  });
});
