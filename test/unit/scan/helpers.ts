/** Shared test data for the scan tests: the real trivy reports, policies and ignore rules. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IgnoreRule } from '../../../src/scan/ignores.js';
import type { Policy } from '../../../src/scan/policy.js';
import { parseTrivyReport, type TrivyReport } from '../../../src/scan/report.js';

export const TRIVY_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'trivy');
export const SCAN_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'scan');
export const FIXTURE_NAMES = ['alpine-310', 'centos-7', 'debian-buster', 'dockerfile'] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

export const fixtureText = (name: FixtureName): string =>
  readFileSync(join(TRIVY_FIXTURES, `${name}.json`), 'utf8');

export const fixture = (name: FixtureName): TrivyReport =>
  parseTrivyReport(fixtureText(name), `${name}.json`);

/**
 * What trivy writes for an OS it has no advisories for (pkg/scan/local drops ErrUnsupportedOS): the OS in
 * Metadata, no "os-pkgs" result. Made from the real CentOS report by exactly that change.
 */
export function unsupportedOsReportText(family = 'fedora', name = '40'): string {
  const data = JSON.parse(fixtureText('centos-7')) as {
    Metadata: { OS: { Family: string; Name: string } };
    Results: Array<{ Class: string }>;
  };
  data.Metadata.OS = { Family: family, Name: name };
  data.Results = data.Results.filter((result) => result.Class !== 'os-pkgs');
  return JSON.stringify(data);
}

export function policy(overrides: Partial<Policy> = {}): Policy {
  return {
    threshold: 'high',
    onlyFixed: false,
    maxCounts: {},
    scanners: ['vuln'],
    ignores: [],
    onIncomplete: 'fail',
    ...overrides,
  };
}

export function rule(overrides: Partial<IgnoreRule>, line = 1): IgnoreRule {
  return {
    reason: 'accepted by the platform team',
    expires: '2099-12-31',
    source: { file: 'ignores.yaml', line },
    ...overrides,
  };
}

export const TODAY = '2026-06-01';
