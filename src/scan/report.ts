/**
 * Reads trivy's JSON report (`--format json`, SchemaVersion 2) into osimg's findings. Strict where the
 * gate depends on a field (ids, severities, package names) so a truncated or foreign file is an error
 * that names the field, never a silent "0 vulnerabilities"; lenient about everything else.
 *
 * Shape (trivy pkg/types/report.go): { SchemaVersion, Trivy.Version, ArtifactName, ArtifactType,
 * Metadata.OS {Family, Name, EOSL}, Results[] { Target, Class, Type, Vulnerabilities[], Secrets[],
 * Misconfigurations[] } }.
 */
import { ConfigurationError, quoteInput } from '../errors.js';
import type { Finding, ScanSeverity } from './findings.js';

export interface DetectedOs {
  family: string;
  name: string;
  /** End of service life: the vendor no longer publishes fixes. */
  eosl: boolean;
}

export interface ReportResult {
  target: string;
  /** os-pkgs, lang-pkgs, config, secret, license, ... */
  class: string;
  type: string;
}

export interface TrivyReport {
  artifactName: string;
  /** container_image, filesystem, repository, cyclonedx, ... */
  artifactType: string;
  trivyVersion?: string;
  createdAt?: string;
  os?: DetectedOs;
  results: ReportResult[];
  findings: Finding[];
}

type Json = Record<string, unknown>;

const SEVERITY: Record<string, ScanSeverity> = {
  UNKNOWN: 'unknown',
  LOW: 'low',
  MEDIUM: 'medium',
  HIGH: 'high',
  CRITICAL: 'critical',
};

/** Parses report text; `source` names the file in errors. */
export function parseTrivyReport(text: string, source: string): TrivyReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(
      `${source} is not valid JSON (${quoteInput((error as Error).message, 120)}): pass the file trivy wrote with --format json`,
      { cause: error },
    );
  }
  return readReport(data, source);
}

function readReport(data: unknown, source: string): TrivyReport {
  const fail = (path: string, problem: string) =>
    new ConfigurationError(`${source} is not a trivy JSON report: ${path} ${problem}`);
  if (!isObject(data)) throw fail('the top level', 'is not an object');
  if (data.SchemaVersion !== undefined && data.SchemaVersion !== 2) {
    throw fail(
      'SchemaVersion',
      `is ${typeof data.SchemaVersion === 'number' ? data.SchemaVersion : quoteInput(String(JSON.stringify(data.SchemaVersion)), 40)}; osimg reads version 2 (trivy 0.20+)`,
    );
  }
  if (data.SchemaVersion === undefined && data.Results === undefined && data.ArtifactName === undefined) {
    throw fail('the top level', 'has none of SchemaVersion, ArtifactName, Results');
  }
  const fields = new FieldReader(fail);
  const results: ReportResult[] = [];
  const findings: Finding[] = [];
  const rawResults = fields.optionalArray(data, 'Results', '');
  rawResults.forEach((raw, i) => {
    const path = `Results[${i}]`;
    if (!isObject(raw)) throw fail(path, 'is not an object');
    const result: ReportResult = {
      target: fields.string(raw, 'Target', path),
      class: fields.optionalString(raw, 'Class', path) ?? '',
      type: fields.optionalString(raw, 'Type', path) ?? '',
    };
    results.push(result);
    readEntries(raw, path, result, fields, findings);
  });
  return {
    artifactName: fields.optionalString(data, 'ArtifactName', '') ?? '',
    artifactType: fields.optionalString(data, 'ArtifactType', '') ?? '',
    trivyVersion: isObject(data.Trivy) ? fields.optionalString(data.Trivy, 'Version', 'Trivy') : undefined,
    createdAt: fields.optionalString(data, 'CreatedAt', ''),
    os: readOs(data, fields),
    results,
    findings,
  };
}

function readOs(data: Json, fields: FieldReader): DetectedOs | undefined {
  if (!isObject(data.Metadata) || !isObject(data.Metadata.OS)) return undefined;
  const os = data.Metadata.OS;
  const family = fields.optionalString(os, 'Family', 'Metadata.OS');
  if (!family) return undefined;
  return {
    family,
    name: fields.optionalString(os, 'Name', 'Metadata.OS') ?? '',
    eosl: os.EOSL === true,
  };
}

/** Calls `read` on each object of a Result's list (`key`), with its JSON path for errors. */
function eachEntry(
  raw: Json,
  key: string,
  path: string,
  fields: FieldReader,
  read: (entry: Json, at: string) => Finding | undefined,
  out: Finding[],
): void {
  fields.optionalArray(raw, key, path).forEach((entry, index) => {
    const at = `${path}.${key}[${index}]`;
    if (!isObject(entry)) throw fields.fail(at, 'is not an object');
    const finding = read(entry, at);
    if (finding) out.push(finding);
  });
}

function readEntries(
  raw: Json,
  path: string,
  result: ReportResult,
  fields: FieldReader,
  out: Finding[],
): void {
  eachEntry(
    raw,
    'Vulnerabilities',
    path,
    fields,
    (vuln, at) => ({
      kind: 'vulnerability',
      id: fields.string(vuln, 'VulnerabilityID', at),
      severity: fields.severity(vuln, at),
      title: fields.optionalString(vuln, 'Title', at) ?? '',
      target: result.target,
      package: fields.string(vuln, 'PkgName', at),
      installedVersion: fields.optionalString(vuln, 'InstalledVersion', at) ?? '',
      fixedVersion: fields.optionalString(vuln, 'FixedVersion', at) || undefined,
      status: fields.optionalString(vuln, 'Status', at),
      url: fields.optionalString(vuln, 'PrimaryURL', at),
    }),
    out,
  );
  // The matched text of a secret is deliberately not carried: it is (part of) the secret.
  eachEntry(
    raw,
    'Secrets',
    path,
    fields,
    (secret, at) => ({
      kind: 'secret',
      id: fields.string(secret, 'RuleID', at),
      severity: fields.severity(secret, at),
      title: fields.optionalString(secret, 'Title', at) ?? '',
      target: result.target,
      startLine: fields.optionalLine(secret, 'StartLine'),
      endLine: fields.optionalLine(secret, 'EndLine'),
    }),
    out,
  );
  eachEntry(
    raw,
    'Misconfigurations',
    path,
    fields,
    (check, at) => {
      // PASS and EXCEPTION entries (with --include-non-failures) are not findings.
      if ((fields.optionalString(check, 'Status', at) ?? 'FAIL') !== 'FAIL') return undefined;
      const cause = isObject(check.CauseMetadata) ? check.CauseMetadata : {};
      return {
        kind: 'misconfiguration',
        id: fields.string(check, 'ID', at),
        severity: fields.severity(check, at),
        title: fields.optionalString(check, 'Title', at) ?? fields.optionalString(check, 'Message', at) ?? '',
        target: result.target,
        url: fields.optionalString(check, 'PrimaryURL', at),
        startLine: fields.optionalLine(cause, 'StartLine'),
        endLine: fields.optionalLine(cause, 'EndLine'),
      };
    },
    out,
  );
}

/** Typed field access that fails with the JSON path of the offending field. */
class FieldReader {
  constructor(readonly fail: (path: string, problem: string) => Error) {}

  string(object: Json, key: string, at: string): string {
    const value = object[key];
    if (typeof value !== 'string' || value === '') throw this.fail(join(at, key), describeMissing(value));
    return value;
  }

  optionalString(object: Json, key: string, at: string): string | undefined {
    const value = object[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw this.fail(join(at, key), `is ${typeName(value)}, not a string`);
    return value;
  }

  optionalArray(object: Json, key: string, at: string): unknown[] {
    const value = object[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw this.fail(join(at, key), `is ${typeName(value)}, not a list`);
    return value;
  }

  /** A line number, or undefined: positions only place a finding, so a bad one is dropped, not fatal. */
  optionalLine(object: Json, key: string): number | undefined {
    const value = object[key];
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
  }

  severity(object: Json, at: string): ScanSeverity {
    const value = object.Severity;
    const severity = typeof value === 'string' ? SEVERITY[value.toUpperCase()] : undefined;
    if (!severity) {
      throw this.fail(
        join(at, 'Severity'),
        `is ${JSON.stringify(value) ?? 'missing'}; expected one of ${Object.keys(SEVERITY).join(', ')}`,
      );
    }
    return severity;
  }
}

function join(at: string, key: string): string {
  return at ? `${at}.${key}` : key;
}

function describeMissing(value: unknown): string {
  return value === undefined || value === '' ? 'is missing' : `is ${typeName(value)}, not a string`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
