/** The examples users copy must stay valid: the ops policy loads, the bootable app lints clean at high. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, RULE_IDS } from '../../src/lint/engine.js';
import { failing } from '../../src/lint/report.js';
import { loadPolicy } from '../../src/policy/load.js';
import { DEFAULT_POLICY } from '../../src/policy/types.js';

describe('examples', () => {
  it('examples/ops-policy/osimg-policy.yml is a valid policy', () => {
    const policy = loadPolicy(
      readFileSync('examples/ops-policy/osimg-policy.yml', 'utf8'),
      'osimg-policy.yml',
      { knownRules: RULE_IDS },
    );
    expect(policy.images.requireDigest).toBe(true);
    expect(policy.exceptions).toHaveLength(1);
  });

  it('examples/debian-bootable-app lints as an OS image with nothing at or above high', () => {
    const path = 'examples/debian-bootable-app/Containerfile';
    const result = lint([{ path, content: readFileSync(path, 'utf8') }], {
      policy: DEFAULT_POLICY,
      kind: 'auto',
      today: '2026-11-22',
    });
    expect(result.files[0]!.kind).toBe('os');
    expect(failing(result.findings, 'high')).toEqual([]);
  });

  it.each(['docker.io//library/centos:7', 'docker.io/library/centos:7@'])(
    'FROM %s fails against the example policy (CF006), never skipped',
    (image) => {
      const policy = loadPolicy(
        readFileSync('examples/ops-policy/osimg-policy.yml', 'utf8'),
        'osimg-policy.yml',
        { knownRules: RULE_IDS },
      );
      const content = `FROM ${image}\nLABEL org.opencontainers.image.description=x org.opencontainers.image.vendor=y\n`;
      const result = lint([{ path: 'Containerfile', content }], {
        policy,
        kind: 'auto',
        today: '2026-11-22',
      });
      expect(failing(result.findings, 'high').map((finding) => finding.ruleId)).toContain('CF006');
    },
  );
});
