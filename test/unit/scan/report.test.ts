import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import { parseTrivyReport } from '../../../src/scan/report.js';
import { fixture, fixtureText } from './helpers.js';

describe('parseTrivyReport on real trivy reports', () => {
  it.each([
    ['alpine-310', 'container_image', { family: 'alpine', name: '3.10.2', eosl: true }, 4, ['os-pkgs']],
    ['centos-7', 'container_image', { family: 'centos', name: '7.6.1810', eosl: false }, 3, ['os-pkgs']],
    ['debian-buster', 'container_image', { family: 'debian', name: '10.1', eosl: false }, 2, ['os-pkgs']],
    ['dockerfile', 'repository', undefined, 1, ['config']],
  ] as const)('%s', (name, type, os, findings, classes) => {
    const report = fixture(name);
    expect(report.artifactType).toBe(type);
    expect(report.os).toEqual(os);
    expect(report.findings).toHaveLength(findings);
    expect(report.results.map((r) => r.class)).toEqual(classes);
    expect(report.trivyVersion).toBe('dev');
  });

  it('reads every field the gate and the outputs use', () => {
    const [bash, libidn] = fixture('debian-buster').findings;
    expect(libidn).toEqual({
      kind: 'vulnerability',
      id: 'CVE-2019-18224',
      severity: 'critical',
      title: 'libidn2: heap-based buffer overflow in idn2_to_ascii_4i in lib/lookup.c',
      target: 'testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)',
      package: 'libidn2-0',
      installedVersion: '2.0.5-1',
      fixedVersion: '2.0.5-1+deb10u1',
      status: 'fixed',
      url: 'https://avd.aquasec.com/nvd/cve-2019-18224',
    });
    expect(bash).toMatchObject({
      id: 'CVE-2019-18276',
      severity: 'low',
      status: 'affected',
      fixedVersion: undefined,
    });
  });

  it('reads misconfigurations (failures only) and secrets', () => {
    expect(fixture('dockerfile').findings).toEqual([
      {
        kind: 'misconfiguration',
        id: 'DS-0002',
        severity: 'high',
        title: "Image user should not be 'root'",
        target: 'Dockerfile',
        url: 'https://avd.aquasec.com/misconfig/ds-0002',
        startLine: undefined,
        endLine: undefined,
      },
    ]);
    const report = parseTrivyReport(
      JSON.stringify({
        SchemaVersion: 2,
        ArtifactType: 'container_image',
        Results: [
          {
            Target: 'app/config.yaml',
            Class: 'secret',
            Secrets: [
              {
                RuleID: 'aws-access-key-id',
                Severity: 'CRITICAL',
                Title: 'AWS Access Key ID',
                StartLine: 3,
                EndLine: 3,
                Match: 'AKIA****',
              },
            ],
          },
          {
            Target: 'Dockerfile',
            Class: 'config',
            Misconfigurations: [{ ID: 'DS-0001', Severity: 'MEDIUM', Status: 'PASS' }],
          },
        ],
      }),
      'x.json',
    );
    expect(report.findings).toEqual([
      {
        kind: 'secret',
        id: 'aws-access-key-id',
        severity: 'critical',
        title: 'AWS Access Key ID',
        target: 'app/config.yaml',
        startLine: 3,
        endLine: 3,
      },
    ]);
    expect(JSON.stringify(report)).not.toContain('AKIA');
  });

  it('accepts a report with no results (trivy omits the key)', () => {
    const report = parseTrivyReport(
      '{"SchemaVersion":2,"ArtifactName":"x","ArtifactType":"container_image"}',
      'r',
    );
    expect(report.findings).toEqual([]);
  });

  it.each([
    [
      'not JSON',
      '{"SchemaVersion": 2,',
      /^r\.json is not valid JSON \(.+\): pass the file trivy wrote with --format json$/,
    ],
    ['an array', '[]', 'r.json is not a trivy JSON report: the top level is not an object'],
    ['another schema', '{"SchemaVersion": 1, "Results": []}', /SchemaVersion is 1; osimg reads version 2/],
    [
      'a foreign object',
      '{"name": "x"}',
      'r.json is not a trivy JSON report: the top level has none of SchemaVersion, ArtifactName, Results',
    ],
    [
      'Results not a list',
      '{"SchemaVersion":2,"Results":{}}',
      'r.json is not a trivy JSON report: Results is an object, not a list',
    ],
    [
      'a result without Target',
      '{"SchemaVersion":2,"Results":[{}]}',
      'r.json is not a trivy JSON report: Results[0].Target is missing',
    ],
    [
      'a vulnerability without id',
      '{"SchemaVersion":2,"Results":[{"Target":"t","Vulnerabilities":[{"PkgName":"a","Severity":"LOW"}]}]}',
      'r.json is not a trivy JSON report: Results[0].Vulnerabilities[0].VulnerabilityID is missing',
    ],
    [
      'an unknown severity',
      '{"SchemaVersion":2,"Results":[{"Target":"t","Vulnerabilities":[{"VulnerabilityID":"C","PkgName":"a","Severity":"SEVERE"}]}]}',
      'r.json is not a trivy JSON report: Results[0].Vulnerabilities[0].Severity is "SEVERE"; expected one of UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL',
    ],
    [
      'a numeric package name',
      '{"SchemaVersion":2,"Results":[{"Target":"t","Vulnerabilities":[{"VulnerabilityID":"C","PkgName":7,"Severity":"LOW"}]}]}',
      'r.json is not a trivy JSON report: Results[0].Vulnerabilities[0].PkgName is number 7, not a string',
    ],
  ])('rejects %s with a clear error', (_what, text, message) => {
    let error: unknown;
    try {
      parseTrivyReport(text, 'r.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    if (typeof message === 'string') expect((error as Error).message).toBe(message);
    else expect((error as Error).message).toMatch(message);
  });

  it('rejects a truncated real report instead of reading part of it', () => {
    const text = fixtureText('alpine-310');
    expect(() => parseTrivyReport(text.slice(0, text.length / 2), 'alpine.json')).toThrow(
      /is not valid JSON/,
    );
  });
});
