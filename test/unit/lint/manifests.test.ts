import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import {
  isContainerfileName,
  isManifestName,
  lint,
  parseManifest,
  type LintResult,
} from '../../../src/lint/engine.js';
import { DEFAULT_POLICY } from '../../../src/policy/types.js';

const TODAY = '2026-11-22';
const lintOne = (path: string, content: string, kind: 'auto' | 'os' | 'app' = 'auto'): LintResult =>
  lint([{ path, content }], { policy: DEFAULT_POLICY, kind, today: TODAY });
const summary = (result: LintResult) => result.findings.map((f) => `${f.line} ${f.ruleId} ${f.message}`);

function errorOf(run: () => unknown): ConfigurationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('parseManifest', () => {
  const stream = [
    '# leading comment', // 1
    'apiVersion: v1', // 2
    'kind: Pod', // 3
    'metadata:', // 4
    '  name: p', // 5
    'spec:', // 6
    '  containers:', // 7
    '    - name: a', // 8
    '      image: x', // 9
    '      securityContext:', // 10
    '        privileged: true', // 11
    '---', // 12
    'services:', // 13
    '  web:', // 14
    '    image: y', // 15
    '---', // 16
    '', // 17
  ].join('\n');

  it('reads every document of a stream', () => {
    const documents = parseManifest(stream, 'k.yml');
    expect(documents.map((document) => document.data)).toEqual([
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'p' },
        spec: { containers: [{ name: 'a', image: 'x', securityContext: { privileged: true } }] },
      },
      { services: { web: { image: 'y' } } },
      null,
    ]);
  });

  it.each<[number, Array<string | number>, number]>([
    [0, [], 2],
    [0, ['kind'], 3],
    [0, ['metadata'], 5],
    [0, ['metadata', 'name'], 5],
    [0, ['spec', 'containers'], 8],
    [0, ['spec', 'containers', 0], 8],
    [0, ['spec', 'containers', 0, 'image'], 9],
    [0, ['spec', 'containers', 0, 'securityContext', 'privileged'], 11],
    // missing keys fall back to the nearest parent that exists
    [0, ['spec', 'containers', 0, 'securityContext', 'readOnlyRootFilesystem'], 11],
    [0, ['spec', 'containers', 0, 'resources', 'limits'], 8],
    [0, ['spec', 'containers', 5], 8],
    [0, ['spec', 'hostNetwork'], 7],
    [0, ['nope', 'deeper'], 2],
    [1, ['services', 'web', 'read_only'], 15],
    [1, ['services', 'web'], 15],
    [1, [], 13],
    // an empty document: its (null) contents, on its own line
    [2, ['anything'], 16],
  ])('document %i: lineOf(%j) is %i', (index, path, line) => {
    expect(parseManifest(stream, 'k.yml')[index]!.lineOf(path)).toBe(line);
  });

  it('reads JSON too', () => {
    const [document] = parseManifest('{\n  "apiVersion": "v1",\n  "kind": "Pod"\n}\n', 'pod.json');
    expect(document!.data).toEqual({ apiVersion: 'v1', kind: 'Pod' });
    expect(document!.lineOf(['kind'])).toBe(3);
  });

  it('an empty file has no documents', () => {
    expect(parseManifest('', 'x.yml')).toEqual([]);
    expect(parseManifest('# only a comment\n', 'x.yml')).toEqual([]);
  });

  it.each([
    ['a bad flow sequence', 'a: [1\nb: 2\n', /^k\.yml:2: not valid YAML: /],
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n', /^k\.yml:3: not valid YAML: Map keys must be unique/],
    ['a tab indentation', 'a:\n\tb: 1\n', /^k\.yml:2: not valid YAML/],
    ['an error in the second document', 'a: 1\n---\nb: [\n', /^k\.yml:\d+: not valid YAML/],
  ])('invalid YAML (%s) → ConfigurationError with file:line', (_name, content, message) => {
    expect(errorOf(() => parseManifest(content, 'k.yml')).message).toMatch(message);
  });

  // Regression (fixed): src/lint/engine.ts:74 document.toJS() throws a plain ReferenceError for an alias whose anchor is not
  // defined and for an alias "billion laughs" over maxAliasCount; lint() then crashes instead of reporting the
  // file. suggested fix: wrap toJS in try/catch and rethrow as ConfigurationError(`${path}:${line}: ...`).
  it('an undefined alias → ConfigurationError', () => {
    errorOf(() => parseManifest('a: *nope\n', 'k.yml'));
  });

  it('an alias bomb → ConfigurationError', () => {
    const bomb = [
      'a: &a [1, 2]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');
    errorOf(() => parseManifest(bomb, 'k.yml'));
  });
});

describe('file types', () => {
  it.each([
    ['Containerfile', true],
    ['Dockerfile', true],
    ['os/Containerfile', true],
    ['Containerfile.fedora', true],
    ['Dockerfile-dev', true],
    ['dockerfile', true],
    ['build/app.containerfile', true],
    ['app.Dockerfile', true],
    ['Containerfile/README.md', false],
    ['MyContainerfile', false],
    ['compose.yml', false],
  ])('%s is a Containerfile: %s', (path, expected) => {
    expect(isContainerfileName(path)).toBe(expected);
  });

  it.each([
    ['compose.yml', true],
    ['k8s/deploy.YAML', true],
    ['x.json', true],
    ['Containerfile', false],
    ['yml', false],
  ])('%s is a manifest: %s', (path, expected) => {
    expect(isManifestName(path)).toBe(expected);
  });
});

describe('compose vs kubernetes detection', () => {
  const type = (path: string, content: string) => lintOne(path, content).files[0]!.type;

  it.each([
    ['a compose file', 'compose.yml', 'services:\n  web:\n    image: x\n', 'compose'],
    ['a compose file with a version', 'docker-compose.yaml', 'version: "3.8"\nservices: {}\n', 'compose'],
    ['a kubernetes object', 'k8s.yml', 'apiVersion: v1\nkind: ConfigMap\ndata: {}\n', 'kubernetes'],
    [
      'a stream with kubernetes after other text',
      'all.yaml',
      'a: 1\n---\napiVersion: v1\nkind: Service\n',
      'kubernetes',
    ],
    [
      'a GitHub workflow with job-level services',
      '.github/workflows/ci.yml',
      'name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    services:\n      db:\n        image: postgres:16\n',
      'skipped',
    ],
    [
      'a document with top-level services and jobs (workflow-like)',
      'x.yml',
      'jobs: {}\nservices:\n  db:\n    image: postgres\n',
      'skipped',
    ],
    ['services that is a list', 'x.yml', 'services: [a, b]\n', 'compose'],
    ['services that is null', 'x.yml', 'services:\n', 'skipped'],
    ['apiVersion without kind', 'x.yml', 'apiVersion: v1\n', 'skipped'],
    ['a kind that is not a string', 'x.yml', 'apiVersion: v1\nkind: [Pod]\n', 'skipped'],
    ['a plain list', 'x.yml', '- a\n- b\n', 'skipped'],
    ['a scalar', 'x.yml', 'hello\n', 'skipped'],
    ['an empty file', 'x.yml', '', 'skipped'],
    ['package.json', 'package.json', '{"name": "x", "version": "1.0.0"}', 'skipped'],
  ])('%s → %s', (_name, path, content, expected) => {
    expect(type(path, content)).toBe(expected);
  });

  it('a skipped file has no findings and no kind', () => {
    const result = lintOne(
      '.github/workflows/ci.yml',
      'on: push\njobs:\n  t:\n    services:\n      db:\n        image: x\n',
    );
    expect(result).toEqual({
      findings: [],
      suppressed: [],
      expired: [],
      files: [{ path: '.github/workflows/ci.yml', type: 'skipped' }],
    });
  });

  it('a compose service that is not a map is ignored', () => {
    expect(summary(lintOne('compose.yml', 'services:\n  a: null\n  b: "x"\n'))).toEqual([]);
  });

  it('invalid YAML in a manifest → ConfigurationError naming the file', () => {
    expect(errorOf(() => lintOne('deploy/k8s.yml', 'kind: [\n')).message).toMatch(
      /^deploy\/k8s\.yml:\d+: not valid YAML/,
    );
  });
});

describe('kubernetes workloads', () => {
  /** A pod spec (indented for `indent`) with one container that breaks every container rule. */
  const pod = (indent: string, extra = '') =>
    [
      `${indent}hostPID: true`,
      `${indent}containers:`,
      `${indent}  - name: app`,
      `${indent}    image: x`,
      extra,
    ]
      .filter(Boolean)
      .join('\n');

  it.each([
    ['Pod', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n' + pod('  '), 'Pod/p', 6, 8],
    [
      'Deployment',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  template:\n    spec:\n' +
        pod('      '),
      'Deployment/d',
      8,
      10,
    ],
    [
      'StatefulSet',
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: s\nspec:\n  template:\n    spec:\n' +
        pod('      '),
      'StatefulSet/s',
      8,
      10,
    ],
    [
      'DaemonSet',
      'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: ds\nspec:\n  template:\n    spec:\n' +
        pod('      '),
      'DaemonSet/ds',
      8,
      10,
    ],
    [
      'ReplicaSet',
      'apiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: rs\nspec:\n  template:\n    spec:\n' +
        pod('      '),
      'ReplicaSet/rs',
      8,
      10,
    ],
    [
      'Job',
      'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    spec:\n' +
        pod('      '),
      'Job/j',
      8,
      10,
    ],
    [
      'CronJob',
      'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n' +
        pod('          '),
      'CronJob/c',
      11,
      13,
    ],
  ])(
    '%s: the pod spec is found and reported on its lines',
    (_kind, content, workload, hostLine, containerLine) => {
      const result = lintOne('k8s.yml', content, 'app');
      expect(summary(result)).toEqual([
        `${hostLine} KS007 ${workload} sets hostPID: true`,
        `${containerLine} KS001 ${workload} container app has a writable root filesystem`,
        `${containerLine} KS003 ${workload} container app allows privilege escalation`,
        `${containerLine} KS004 ${workload} container app may run as root`,
      ]);
    },
  );

  it('initContainers are checked too, before containers', () => {
    const content = [
      'apiVersion: v1', // 1
      'kind: Pod', // 2
      'metadata: {name: p}', // 3
      'spec:', // 4
      '  securityContext: {runAsNonRoot: true}', // 5
      '  initContainers:', // 6
      '    - name: init', // 7
      '      image: x', // 8
      '      securityContext:', // 9
      '        privileged: true', // 10
      '  containers:', // 11
      '    - name: app', // 12
      '      image: y', // 13
      '      securityContext: {readOnlyRootFilesystem: true, allowPrivilegeEscalation: false}', // 14
    ].join('\n');
    expect(summary(lintOne('pod.yaml', content, 'app'))).toEqual([
      '7 KS001 Pod/p container init has a writable root filesystem',
      '7 KS003 Pod/p container init allows privilege escalation',
      '10 KS005 Pod/p container init is privileged',
    ]);
  });

  it('a workload without a name, a container without a name', () => {
    const content =
      'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: x\n      securityContext: {privileged: true}\n';
    expect(summary(lintOne('p.yml', content, 'os'))).toContain('6 KS005 Pod/? container 0 is privileged');
  });

  it('other kinds and malformed specs are ignored', () => {
    for (const content of [
      'apiVersion: v1\nkind: Service\nspec:\n  containers:\n    - name: a\n',
      'apiVersion: v1\nkind: Pod\nspec: 3\n',
      'apiVersion: v1\nkind: Pod\nspec:\n  containers: {a: 1}\n',
      'apiVersion: v1\nkind: Pod\nspec:\n  containers: [1, null, "x"]\n  volumes: [3]\n',
      'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template: []\n',
    ]) {
      expect(summary(lintOne('k8s.yml', content, 'app'))).toEqual([]);
    }
  });

  it('every document of a stream is checked, each with its own lines', () => {
    const one = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  hostIPC: true\n  containers: []\n';
    const result = lintOne('k8s.yml', `${one}---\n${one}`, 'app');
    expect(summary(result)).toEqual([
      '5 KS007 Pod/a sets hostIPC: true',
      '12 KS007 Pod/a sets hostIPC: true',
    ]);
  });

  it('a realistic compose file reports per service', () => {
    const content = [
      'services:', // 1
      '  web:', // 2
      '    image: web@sha256:' + 'a'.repeat(64), // 3
      '    read_only: true', // 4
      '    security_opt: [no-new-privileges:true]', // 5
      '    volumes:', // 6
      '      - ./config:/etc/web:ro', // 7
      '  worker:', // 8
      '    image: worker:1', // 9
      '    privileged: true', // 10
      '    volumes:', // 11
      '      - data:/var/lib/worker', // 12
      'volumes:', // 13
      '  data: {}', // 14
    ].join('\n');
    expect(summary(lintOne('compose.yml', content))).toEqual([
      '9 DC001 service worker is not read_only: true',
      '9 DC005 service worker lacks no-new-privileges',
      '10 DC003 service worker is privileged',
      '12 DC002 service worker mounts data:/var/lib/worker writable',
    ]);
  });
});
