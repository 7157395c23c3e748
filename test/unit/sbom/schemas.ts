/**
 * Schema validation of the SBOMs osimg writes:
 * - CycloneDX 1.6: the official JSON schema (draft-07) as @cyclonedx/cyclonedx-library ships it, with the
 *   SPDX license-id and JSF schemas it references, registered under the URLs its $refs resolve to;
 * - SPDX 2.3: test/fixtures/sbom/spdx-2.3-subset.schema.json (written from the specification; no npm
 *   package ships the official schema), plus a check that every license expression names SPDX License
 *   List identifiers or a LicenseRef that the document defines.
 * Formats (date-time, iri-reference) are not validated: ajv-formats is not a dependency.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';

const require = createRequire(import.meta.url);
const cdxDir = join(dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')), 'res', 'schema');
const load = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

const cdxAjv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
cdxAjv.addSchema({
  ...load(join(cdxDir, 'spdx.SNAPSHOT.schema.json')),
  $id: 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json',
});
cdxAjv.addSchema({
  ...load(join(cdxDir, 'jsf-0.82.SNAPSHOT.schema.json')),
  $id: 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json',
});
const validateCdx = cdxAjv.compile(load(join(cdxDir, 'bom-1.6.SNAPSHOT.schema.json')));

export function cycloneDxSchemaErrors(bom: unknown): string[] {
  return validateCdx(bom) ? [] : describe(validateCdx.errors);
}

/** The SPDX license ids (and exceptions) in the copy of the SPDX License List that CycloneDX ships. */
export function cdxLicenseIds(): string[] {
  return (load(join(cdxDir, 'spdx.SNAPSHOT.schema.json')) as { enum: string[] }).enum;
}

const listed = new Set(cdxLicenseIds());

/** Every identifier of the expression is on the SPDX License List, in its canonical case (checked without osimg's parser). */
function isListedExpression(expression: string): boolean {
  const tokens = expression.replace(/[()]/g, ' ').trim().split(/\s+/);
  return tokens.every((token) => /^(AND|OR|WITH)$/.test(token) || listed.has(token.replace(/\+$/, '')));
}

const spdxAjv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validateSpdx = spdxAjv.compile(load('test/fixtures/sbom/spdx-2.3-subset.schema.json'));

interface SpdxLike {
  packages?: Array<{ SPDXID: string; licenseDeclared?: string; licenseConcluded?: string }>;
  relationships?: Array<{ spdxElementId: string; relatedSpdxElement: string }>;
  hasExtractedLicensingInfos?: Array<{ licenseId: string }>;
}

export function spdxSchemaErrors(document: unknown): string[] {
  if (!validateSpdx(document)) return describe(validateSpdx.errors);
  const doc = document as SpdxLike;
  const errors: string[] = [];
  const refs = new Set((doc.hasExtractedLicensingInfos ?? []).map((info) => info.licenseId));
  const ids = new Set((doc.packages ?? []).map((pkg) => pkg.SPDXID));
  if (ids.size !== (doc.packages ?? []).length) errors.push('/packages SPDXIDs are not unique');
  (doc.packages ?? []).forEach((pkg, index) => {
    for (const field of ['licenseDeclared', 'licenseConcluded'] as const) {
      const value = pkg[field];
      if (value === undefined || value === 'NOASSERTION' || value === 'NONE') continue;
      const known = value.startsWith('LicenseRef-') ? refs.has(value) : isListedExpression(value);
      if (!known)
        errors.push(
          `/packages/${index}/${field} "${value}" is not a canonical SPDX expression or defined LicenseRef`,
        );
    }
  });
  (doc.relationships ?? []).forEach((relationship, index) => {
    for (const end of [relationship.spdxElementId, relationship.relatedSpdxElement]) {
      if (end !== 'SPDXRef-DOCUMENT' && !ids.has(end))
        errors.push(`/relationships/${index} names unknown ${end}`);
    }
  });
  return errors;
}
