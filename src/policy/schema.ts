/**
 * The JSON Schema of the policy file. Published as schema/policy.schema.json (scripts/write-schemas.ts
 * writes it; a test keeps the two equal) so editors can validate policies as they are written.
 */
const severity = { enum: ['info', 'low', 'medium', 'high', 'critical'] };
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'ISO date, YYYY-MM-DD' };
const digest = { type: 'string', pattern: '^sha256:[a-f0-9]{64}$' };

export const POLICY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/org/osimg/schema/policy.schema.json',
  title: 'osimg ops policy',
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  properties: {
    version: { const: 1, description: 'Policy format version.' },
    defaultKind: {
      enum: ['os', 'app'],
      description: 'What a Containerfile builds when nothing else says: os (bootable) or app (container).',
    },
    images: {
      type: 'object',
      additionalProperties: false,
      properties: {
        requireDigest: { type: 'boolean', description: 'Every FROM must be pinned by @sha256 digest.' },
        allowed: {
          type: 'array',
          description: 'When present, only these bases may be used.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['image'],
            properties: {
              image: { type: 'string', minLength: 1, description: 'Glob over registry/repository.' },
              tags: { type: 'array', items: { type: 'string', minLength: 1 } },
              requireDigest: { type: 'boolean' },
            },
          },
        },
        banned: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['reason'],
            anyOf: [{ required: ['image'] }, { required: ['digest'] }],
            properties: {
              image: { type: 'string', minLength: 1 },
              digest,
              reason: { type: 'string', minLength: 1 },
              since: date,
            },
          },
        },
        substitutions: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['from', 'to'],
            properties: {
              from: { type: 'string', minLength: 1 },
              to: { type: 'string', minLength: 1 },
              reason: { type: 'string' },
            },
          },
        },
      },
    },
    requiredLabels: { type: 'array', items: { type: 'string', minLength: 1 } },
    rules: {
      type: 'object',
      description: 'Per rule id: false or "off" to disable, a severity to override, or {enabled, severity}.',
      propertyNames: { pattern: '^[A-Z]{2,4}\\d{3}$' },
      additionalProperties: {
        anyOf: [
          { type: 'boolean' },
          { enum: ['off', 'on'] },
          severity,
          {
            type: 'object',
            additionalProperties: false,
            properties: { enabled: { type: 'boolean' }, severity },
          },
        ],
      },
    },
    budgets: {
      type: 'array',
      description: 'Attack-surface budgets the surface gate enforces (docs/surface.md).',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          kind: { enum: ['os', 'app'], description: 'Only images of this kind; absent: every image.' },
          maxImageSize: {
            type: 'string',
            pattern: '^\\d+(\\.\\d+)?\\s*([KMGT]i?B?)?$',
            description: 'Largest root content, e.g. 64M or 1G.',
          },
          forbiddenBinaries: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            description:
              'Tool kinds (shell, package-manager, compiler, debugger, remote-access) or binary names (sshd).',
          },
          maxSetuid: { type: 'integer', minimum: 0, description: 'Most setuid files allowed.' },
          allowedPorts: {
            type: 'array',
            items: { type: 'integer', minimum: 1, maximum: 65535 },
            description: 'Ports the booted image may listen on.',
          },
        },
      },
    },
    exceptions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'justification', 'expires'],
        properties: {
          rule: { type: 'string', pattern: '^[A-Z]{2,4}\\d{3}$' },
          path: { type: 'string', minLength: 1 },
          repository: { type: 'string', pattern: '^[^/\\s]+/[^/\\s]+$' },
          justification: { type: 'string', minLength: 10 },
          expires: date,
        },
      },
    },
  },
} as const;
