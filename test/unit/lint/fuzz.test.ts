/**
 * Fuzzing the linter (fast-check): lint(), loadPolicy(), fixContainerfile(), the shell reader and globs, on
 * arbitrary strings and on mutations of realistic inputs. Each must return or throw one of our errors
 * (ConfigurationError / OsimgError) — never a TypeError, RangeError or other crash — and finish quickly.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OsimgError } from '../../../src/errors.js';
import { matchesGlob } from '../../../src/glob.js';
import { RULE_IDS, lint, type LintResult } from '../../../src/lint/engine.js';
import { fixContainerfile } from '../../../src/lint/fix.js';
import { packageName, packageOperation, parseShell, program } from '../../../src/lint/shell.js';
import { loadPolicy } from '../../../src/policy/load.js';
import { DEFAULT_POLICY, type Policy } from '../../../src/policy/types.js';

const RUNS = { numRuns: 300 };
const TODAY = '2026-11-22';
const D = `sha256:${'a'.repeat(64)}`;

/** Runs `run`; our own errors are fine, anything else fails the property. */
function ownErrorOrResult<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof OsimgError) return undefined;
    throw error;
  }
}

type Edit = {
  at: number;
  kind: 'delete' | 'insert' | 'duplicate' | 'delete-line' | 'duplicate-line';
  text: string;
};

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom<Edit['kind']>('delete', 'insert', 'duplicate', 'delete-line', 'duplicate-line'),
  text: fc.oneof(
    fc.string({ minLength: 1, maxLength: 3 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
    fc.constantFrom(
      '"',
      "'",
      '\\',
      '\\\n',
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      ': ',
      '=',
      '@',
      '/',
      '$',
      '${',
      '#',
      '|',
      '&&',
      ';',
      '<<EOF\n',
      '\n',
      '\r\n',
      ' ',
      '  ',
      '\t',
      '- ',
      '---\n',
      '&a ',
      '*a',
      '!!str ',
      '\0',
      'FROM ',
      'AS ',
      'RUN ',
      'COPY --from=',
      '--chmod=',
      'ARG ',
      'USER ',
    ),
  ),
});

function mutate(input: string, edits: Edit[]): string {
  let text = input;
  for (const { at, kind, text: piece } of edits) {
    if (kind === 'delete-line' || kind === 'duplicate-line') {
      const lines = text.split('\n');
      const i = at % lines.length;
      if (kind === 'delete-line') lines.splice(i, 1);
      else lines.splice(i, 0, lines[i]!);
      text = lines.join('\n');
      continue;
    }
    const i = text.length === 0 ? 0 : at % (text.length + 1);
    if (kind === 'delete') text = text.slice(0, i) + text.slice(i + piece.length);
    else if (kind === 'insert') text = text.slice(0, i) + piece + text.slice(i);
    else text = text.slice(0, i) + text.slice(i, i + 12) + text.slice(i);
  }
  return text;
}

const mutated = (samples: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...samples), fc.array(edit, { minLength: 1, maxLength: 8 }))
    .map(([sample, edits]) => mutate(sample, edits));

const anyString = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }));

/** Every file under test/fixtures/lint whose name matches, if the fixtures exist. */
function fixtures(match: RegExp): string[] {
  const root = join(import.meta.dirname, '../../fixtures/lint');
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (match.test(entry)) found.push(readFileSync(path, 'utf8'));
    }
  };
  walk(root);
  return found;
}

const CONTAINERFILES = [
  ...fixtures(/^Containerfile$/),
  `# syntax=docker/dockerfile:1
ARG BASE=quay.io/fedora/fedora-bootc:41
ARG TAG
FROM --platform=$BUILDPLATFORM docker.io/library/golang:1.23@${D} AS build
WORKDIR /src
COPY --chmod=755 . .
RUN --mount=type=cache,target=/root/.cache go build -o /out/app ./cmd/app
FROM \${BASE}
LABEL containers.bootc=1 dev.osimg.kind=os
RUN dnf install -y tmux openssh-server gcc && \\
    dnf clean all && \\
    curl -fsSL https://example.com/i.sh | sh && \\
    chmod 4755 /usr/bin/x && chmod 777 /srv
RUN <<EOF
set -eo pipefail
echo 'PermitRootLogin yes' >> /etc/ssh/sshd_config
mkdir -p /var/lib/app
EOF
COPY --from=build /out/app /usr/bin/app
ADD https://example.com/a.tar.gz /opt/
ENV API_TOKEN=x PATH=/usr/bin
EXPOSE 80
CMD ["/sbin/init"]
`,
  `FROM debian:12 AS base
USER root
FROM base
RUN apt-get update && apt-get install curl sudo && cd /x
COPY --from=nope /a /a
ENTRYPOINT /app
ENTRYPOINT ["/app"]
WORKDIR rel
MAINTAINER me
`,
];

const COMPOSE = [
  ...fixtures(/compose\.ya?ml$/),
  `services:
  web:
    image: web@${D}
    read_only: true
    security_opt: [no-new-privileges:true]
    cap_add: [SYS_ADMIN]
    volumes:
      - ./config:/etc/web:ro
      - type: volume
        source: data
        target: /data
    network_mode: host
volumes:
  data: {}
`,
];

const KUBERNETES = [
  ...fixtures(/k8s\.ya?ml$/),
  `apiVersion: batch/v1
kind: CronJob
metadata:
  name: c
spec:
  jobTemplate:
    spec:
      template:
        spec:
          hostNetwork: true
          securityContext: {runAsNonRoot: true}
          volumes:
            - name: d
              persistentVolumeClaim: {claimName: d}
            - name: h
              hostPath: {path: /}
          initContainers:
            - name: init
              image: x
              securityContext: {privileged: true}
          containers:
            - name: app
              image: y
              volumeMounts:
                - name: d
                  mountPath: /d
---
apiVersion: v1
kind: Pod
spec:
  containers: [{name: a, image: b, securityContext: {readOnlyRootFilesystem: true}}]
`,
];

const POLICIES = [
  ...fixtures(/^policy\.ya?ml$/),
  `version: 1
defaultKind: app
images:
  requireDigest: true
  allowed:
    - image: docker.io/library/*
      tags: ['12*', 'bookworm']
  banned:
    - image: docker.io/library/centos
      reason: eol
      since: 2024-01-01
    - digest: ${D}
      reason: bad
  substitutions:
    - from: debian:12
      to: debian:12@${D}
requiredLabels: [org.example.owner]
rules:
  CF026: off
  CF025: high
  CF003: {enabled: true, severity: low}
exceptions:
  - rule: CF052
    path: "**/Containerfile"
    repository: org/repo
    justification: long enough text here
    expires: 2026-12-01
`,
  JSON.stringify({ version: 1, rules: { CF026: 'off' }, images: { banned: [{ image: 'x', reason: 'y' }] } }),
];

function lintAs(
  path: string,
  content: string,
  policy: Policy = DEFAULT_POLICY,
  kind: 'auto' | 'os' | 'app' = 'auto',
) {
  return ownErrorOrResult(() =>
    lint([{ path, content }], { policy, kind, today: TODAY, repository: 'org/repo' }),
  );
}

/** A result is well-formed: every finding names a known rule, this file, and a line inside it. */
function checkResult(result: LintResult | undefined, path: string, content: string) {
  if (!result) return;
  const lines = content.split('\n').length;
  for (const finding of [...result.findings, ...result.suppressed.map((s) => s.finding)]) {
    expect(RULE_IDS.has(finding.ruleId)).toBe(true);
    expect(finding.file).toBe(path);
    expect(Number.isInteger(finding.line)).toBe(true);
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.line).toBeLessThanOrEqual(lines);
    expect(typeof finding.message).toBe('string');
  }
  expect(result.files).toHaveLength(1);
}

describe('fuzz: lint', () => {
  it.each([
    ['Containerfile', 'Containerfile'],
    ['compose.yml', 'compose.yml'],
    ['k8s.yaml', 'k8s.yaml'],
  ])('arbitrary text as %s', (_name, path) => {
    fc.assert(
      fc.property(anyString, fc.constantFrom<'auto' | 'os' | 'app'>('auto', 'os', 'app'), (content, kind) => {
        checkResult(lintAs(path, content, DEFAULT_POLICY, kind), path, content);
      }),
      RUNS,
    );
  });

  it('mutated Containerfiles', () => {
    fc.assert(
      fc.property(
        mutated(CONTAINERFILES),
        fc.constantFrom<'auto' | 'os' | 'app'>('auto', 'os', 'app'),
        (content, kind) => {
          checkResult(lintAs('os/Containerfile', content, DEFAULT_POLICY, kind), 'os/Containerfile', content);
        },
      ),
      RUNS,
    );
  });

  it('mutated Containerfiles under a strict policy', () => {
    const policy = loadPolicy(POLICIES.at(-2)!, 'policy.yml');
    fc.assert(
      fc.property(mutated(CONTAINERFILES), (content) => {
        checkResult(lintAs('a/Containerfile', content, policy), 'a/Containerfile', content);
      }),
      RUNS,
    );
  });

  it('mutated compose files', () => {
    fc.assert(
      fc.property(mutated(COMPOSE), (content) => {
        checkResult(lintAs('deploy/compose.yml', content), 'deploy/compose.yml', content);
      }),
      RUNS,
    );
  });

  it('mutated kubernetes manifests', () => {
    fc.assert(
      fc.property(
        mutated(KUBERNETES),
        fc.constantFrom<'auto' | 'os' | 'app'>('auto', 'app'),
        (content, kind) => {
          checkResult(lintAs('deploy/k8s.yml', content, DEFAULT_POLICY, kind), 'deploy/k8s.yml', content);
        },
      ),
      RUNS,
    );
  });

  it('random JSON-like values as manifests', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const content = JSON.stringify(value) ?? 'null';
        checkResult(lintAs('x.json', content), 'x.json', content);
      }),
      RUNS,
    );
  });

  it('random objects shaped like workloads and compose files', () => {
    const scalar = fc.oneof(fc.boolean(), fc.integer(), fc.string({ maxLength: 8 }), fc.constant(null));
    const loose = fc.dictionary(
      fc.constantFrom(
        'name',
        'image',
        'securityContext',
        'volumeMounts',
        'readOnly',
        'privileged',
        'volumes',
        'read_only',
        'cap_add',
        'security_opt',
      ),
      fc.oneof(
        scalar,
        fc.array(scalar, { maxLength: 3 }),
        fc.dictionary(fc.string({ maxLength: 5 }), scalar, { maxKeys: 3 }),
      ),
      { maxKeys: 5 },
    );
    const workload = fc.record({
      apiVersion: fc.constant('v1'),
      kind: fc.constantFrom('Pod', 'Deployment', 'CronJob', 'Job', 'Service'),
      metadata: fc.oneof(fc.constant(null), fc.record({ name: scalar })),
      spec: fc.oneof(
        scalar,
        fc.record({
          containers: fc.array(loose, { maxLength: 3 }),
          initContainers: fc.array(loose, { maxLength: 2 }),
          volumes: fc.array(loose, { maxLength: 2 }),
          hostPID: scalar,
        }),
        fc.record({
          template: fc.record({
            spec: fc.record({ containers: fc.oneof(scalar, fc.array(loose, { maxLength: 2 })) }),
          }),
        }),
      ),
    });
    const composeFile = fc.record({
      services: fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.oneof(scalar, loose), {
        maxKeys: 3,
      }),
    });
    fc.assert(
      fc.property(fc.oneof(workload, composeFile), (value) => {
        const content = JSON.stringify(value);
        checkResult(lintAs('m.json', content, DEFAULT_POLICY, 'app'), 'm.json', content);
      }),
      RUNS,
    );
  });
});

describe('fuzz: policies', () => {
  it('loadPolicy on arbitrary text and mutated policies returns a policy or throws ConfigurationError', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, mutated(POLICIES)), (text) => {
        const policy = ownErrorOrResult(() => loadPolicy(text, 'policy.yml', { knownRules: RULE_IDS }));
        if (!policy) return;
        expect(policy.version).toBe(1);
        // A policy that loads can be used: linting with it never crashes.
        for (const content of CONTAINERFILES)
          checkResult(lintAs('os/Containerfile', content, policy), 'os/Containerfile', content);
        checkResult(lintAs('compose.yml', COMPOSE.at(-1)!, policy), 'compose.yml', COMPOSE.at(-1)!);
      }),
      { numRuns: 200 },
    );
  });

  it('every error message names the file', () => {
    fc.assert(
      fc.property(mutated(POLICIES), (text) => {
        try {
          loadPolicy(text, 'ops/policy.yml');
        } catch (error) {
          expect(error).toBeInstanceOf(OsimgError);
          expect((error as Error).message).toContain('ops/policy.yml');
        }
      }),
      RUNS,
    );
  });
});

describe('fuzz: fixContainerfile', () => {
  const policy = loadPolicy(
    `version: 1\nimages:\n  substitutions:\n    - from: quay.io/fedora/fedora-bootc:41\n      to: quay.io/fedora/fedora-bootc:41@${D}\n    - from: docker.io/library/debian:latest\n      to: docker.io/library/debian:12@${D}\n    - from: docker.io/library/golang:1.23\n      to: docker.io/library/golang:1.23@${D}\n`,
    'policy.yml',
  );

  it('returns a result with the same number of lines, or throws ConfigurationError; fixing twice changes nothing more', () => {
    fc.assert(
      fc.property(mutated(CONTAINERFILES), (content) => {
        const once = ownErrorOrResult(() => fixContainerfile(content, 'Containerfile', policy));
        if (!once) return;
        expect(once.content.split('\n')).toHaveLength(content.split('\n').length);
        if (once.changes.length === 0) expect(once.content).toBe(content);
        const twice = ownErrorOrResult(() => fixContainerfile(once.content, 'Containerfile', policy));
        expect(twice?.changes ?? []).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('fuzz: shell and globs', () => {
  const shellish = fc
    .array(
      fc.constantFrom(
        'a',
        'apt-get',
        'install',
        '-y',
        'sudo',
        'env',
        'X=1',
        'pip',
        'python3',
        '-m',
        ' ',
        '"',
        "'",
        '\\',
        '\n',
        '|',
        '||',
        '&&',
        '&',
        ';',
        '#',
        '>',
        '2>&1',
        '$(',
        ')',
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(''));

  it('parseShell, program, packageOperation and packageName never throw', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, shellish), (text) => {
        for (const pipeline of parseShell(text)) {
          expect(pipeline.length).toBeGreaterThan(0);
          for (const command of pipeline) {
            expect(command.words.length).toBeGreaterThan(0);
            program(command);
            const op = packageOperation(command);
            for (const spec of op?.packages ?? []) expect(typeof packageName(spec)).toBe('string');
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('any pattern compiles; one without wildcards or braces matches itself', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 })),
        (pattern) => {
          expect(typeof matchesGlob('a/b.c', pattern)).toBe('boolean');
          if (!/[*?{]/.test(pattern)) expect(matchesGlob(pattern, pattern)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('speed', () => {
  it('a large realistic input lints quickly', () => {
    const big = CONTAINERFILES.at(-2)!
      .repeat(1)
      .replace('EXPOSE 80', `${'RUN echo hi && cd /x | y\n'.repeat(2000)}EXPOSE 80`);
    const start = performance.now();
    checkResult(lintAs('Containerfile', big), 'Containerfile', big);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  const timed = (content: string) => {
    const start = performance.now();
    lintAs('Containerfile', content);
    return performance.now() - start;
  };

  it('a long plain RUN line is linear', () => {
    expect(timed(`FROM a:1\nRUN echo ${'x'.repeat(40_000)}\n`)).toBeLessThan(500);
  });

  // Regression (fixed): src/lint/rules/containerfile.ts:342 (CF014) /\[[^\]]*trusted=yes[^\]]*\]/ is quadratic on a RUN with many
  // `[` and no `]` (40 kB → ~2 s, 400 kB → minutes): a pull request can stall the lint job.
  // suggested fix: /\[[^\][]*trusted=yes[^\]]*\]/ (no `[` inside), or test text.includes('trusted=yes') first.
  it('a RUN line of 30k "[" lints in under 300 ms', () => {
    expect(timed(`FROM a:1\nRUN echo ${'['.repeat(30_000)}\n`)).toBeLessThan(300);
  });

  // Regression (fixed): src/lint/rules/containerfile.ts:120 worldWritable() /(^|,)[ao]*[ao][ao]*[+=].../ backtracks quadratically
  // on a long chmod mode of a/o letters (40 kB → ~2.5 s). suggested fix: split the mode on ',' and match
  // each clause with /^([ugoa]*)([-+=])([rwxXst]*)$/, then test who (o or a) and perms (w) separately.
  it('chmod with a 30k-letter mode lints in under 300 ms', () => {
    expect(timed(`FROM a:1\nRUN chmod ${'a'.repeat(30_000)} x\n`)).toBeLessThan(300);
  });
});
