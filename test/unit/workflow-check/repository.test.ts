/**
 * This repository's own workflows and actions: GitHub's parser, the hardening rules, the wiring of every
 * osimg action step to that action's real action.yml, and the image pipeline's job graph.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  actionResolver,
  parseActionWithGitHub,
  parseWithGitHub,
  repositoryFiles,
} from '../../../scripts/check-workflows.js';
import { checkWorkflow, checkWorkflowAndScripts } from '../../../src/workflow-check/check.js';

const files = repositoryFiles('.');
const action = actionResolver('.');
const rel = (file: string) => file.replace(/^\.\//, '');

/**
 * Inputs agreed in notes/interfaces.md that the action's owner has not put in its action.yml yet. Their
 * WF010 findings are reported by a skipped test instead of failing; remove an entry once it lands.
 */
interface Workflow {
  on: {
    workflow_call?: {
      inputs?: Record<string, { required?: boolean; default?: unknown; type: string }>;
      secrets?: Record<string, { required?: boolean }>;
      outputs?: Record<string, { value: string }>;
    };
  };
  permissions?: unknown;
  jobs: Record<string, Job>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, string> | string;
  outputs?: Record<string, string>;
  steps?: Array<{
    uses?: string;
    run?: string;
    with?: Record<string, unknown>;
    env?: Record<string, string>;
    id?: string;
    if?: string;
  }>;
}
const load = (file: string) => parse(readFileSync(file, 'utf8')) as Workflow;

describe('every action.yml', () => {
  it('is found (the suite has at least build, lint, scan, sign, verify, disk, promote, rebuild)', () => {
    const names = files.actions.map((file) => rel(file));
    for (const name of ['build', 'lint', 'scan', 'sign', 'verify', 'disk', 'promote', 'rebuild'])
      expect(names).toContain(`${name}/action.yml`);
  });

  it.each(files.actions.map(rel))('%s passes GitHub’s action parser', (file) => {
    expect(parseActionWithGitHub(file, readFileSync(file, 'utf8'))).toEqual([]);
  });
});

describe('every workflow', () => {
  it('is found in .github/workflows and workflows/', () => {
    const names = files.workflows.map(rel);
    expect(names).toEqual(
      expect.arrayContaining([
        '.github/workflows/image-pipeline.yml',
        '.github/workflows/verify.yml',
        '.github/workflows/rebuild-on-base-change.yml',
        '.github/workflows/_ci.yml',
        '.github/workflows/_release.yml',
        '.github/workflows/_dependabot-dist.yml',
        'workflows/bootc-image.yml',
        'workflows/debian-app.yml',
        'workflows/publish-ami.yml',
        'workflows/ops-policy.yml',
      ]),
    );
  });

  it.each(files.workflows.map(rel))('%s passes GitHub’s parser', async (file) => {
    expect(await parseWithGitHub(file, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it.each(files.workflows.map(rel))(
    '%s follows every hardening rule, wires inputs that exist, and its run: scripts pass shellcheck',
    async (file) => {
      const { findings } = await checkWorkflowAndScripts(readFileSync(file, 'utf8'), file, { action });
      expect(findings).toEqual([]);
    },
    30_000,
  );

  const unresolved = [
    ...new Set(
      files.workflows
        .map(rel)
        .flatMap((file) => checkWorkflow(readFileSync(file, 'utf8'), file, { action }).unresolved),
    ),
  ];
  it('every action the workflows use exists, so their inputs are checked', () => {
    expect(unresolved).toEqual([]);
  });
});

describe('callers pass reusable workflows only what they declare', () => {
  const callers = files.workflows.map(rel).filter((file) => file.startsWith('workflows/'));
  it.each(callers)('%s', (file) => {
    const workflow = load(file);
    for (const [id, job] of Object.entries(workflow.jobs)) {
      if (!job.uses) continue;
      const match = /^org\/osimg\/(\.github\/workflows\/[^@]+)@v\d+\.\d+\.\d+$/.exec(job.uses);
      expect(match, `${file} job ${id}: ${job.uses}`).not.toBeNull();
      const called = load(match![1]!).on.workflow_call!;
      for (const key of Object.keys(job.with ?? {}))
        expect(Object.keys(called.inputs ?? {}), `${file}: input ${key}`).toContain(key);
      for (const [key, input] of Object.entries(called.inputs ?? {}))
        if (input.required)
          expect(Object.keys(job.with ?? {}), `${file}: required input ${key}`).toContain(key);
      const secrets = typeof job.secrets === 'object' ? Object.keys(job.secrets) : [];
      for (const key of secrets)
        expect(Object.keys(called.secrets ?? {}), `${file}: secret ${key}`).toContain(key);
    }
  });
});

describe('image-pipeline.yml job graph', () => {
  const pipeline = load('.github/workflows/image-pipeline.yml');
  const jobs = pipeline.jobs;
  const needs = (id: string): string[] => [jobs[id]!.needs ?? []].flat();
  const ancestors = (id: string): Set<string> => {
    const all = new Set<string>();
    const walk = (job: string) => needs(job).forEach((n) => (all.has(n) ? undefined : (all.add(n), walk(n))));
    walk(id);
    return all;
  };
  const STAGES = ['lint', 'build', 'scan', 'sign', 'disk', 'boot-test', 'publish-ami', 'promote'];

  it('has exactly the stages, each after all earlier ones', () => {
    expect(Object.keys(jobs)).toEqual(STAGES);
    STAGES.forEach((stage, index) => {
      const before = ancestors(stage);
      for (const earlier of STAGES.slice(0, index)) {
        // publish-ami is optional: promote waits for it, but nothing else does.
        if (earlier === 'publish-ami' || (stage === 'publish-ami' && earlier === 'boot-test')) continue;
        expect([...before], `${stage} runs after ${earlier}`).toContain(earlier);
      }
    });
    expect(needs('promote')).toEqual(expect.arrayContaining(['sign', 'boot-test', 'publish-ami']));
    expect(needs('publish-ami')).toEqual(expect.arrayContaining(['boot-test']));
  });

  it('promotes last, only after every stage passed', () => {
    for (const id of STAGES) expect(needs(id)).not.toContain('promote');
    const condition = jobs.promote!.if!;
    expect(condition).toContain("needs.sign.result == 'success'");
    expect(condition).toContain("needs.boot-test.result == 'success'");
    expect(condition).toMatch(
      /needs\.publish-ami\.result == 'success' \|\| \(needs\.publish-ami\.result == 'skipped' && !inputs\.publish-ami\)/,
    );
  });

  it('grants each job only what it needs', () => {
    const grants = Object.fromEntries(Object.entries(jobs).map(([id, job]) => [id, job.permissions]));
    expect(pipeline.permissions).toEqual({});
    expect(grants).toEqual({
      lint: { contents: 'read' },
      build: { contents: 'read', packages: 'write' },
      scan: { contents: 'read', packages: 'read' },
      sign: { contents: 'read', packages: 'write', 'id-token': 'write' },
      disk: { contents: 'read', packages: 'read' },
      'boot-test': { contents: 'read' },
      'publish-ami': { contents: 'read', 'id-token': 'write' },
      promote: { contents: 'read', packages: 'write' },
    });
  });

  const step = (job: string, action: string) => {
    const found = jobs[job]!.steps!.find((s) => s.uses?.startsWith(`org/osimg/${action}@`));
    expect(found, `${job} uses ${action}`).toBeDefined();
    return found!;
  };

  it('pushes the build by digest under a run-unique tag, never a channel tag', () => {
    const build = step('build', 'build').with!;
    expect(build.push).toBe(true);
    expect(build.tags).toBe('build-${{ github.run_id }}-${{ github.run_attempt }}');
    // Every later stage takes the image by digest: the build's ref (name@digest) or the verified ref.
    expect(step('scan', 'scan').with!.image).toBe('${{ needs.build.outputs.ref }}');
    expect(step('sign', 'sign').with!.image).toBe('${{ needs.build.outputs.ref }}');
    expect(step('disk', 'disk').with!.image).toBe('docker://${{ needs.sign.outputs.signed-ref }}');
    expect(step('promote', 'promote').with!.image).toBe('${{ needs.sign.outputs.signed-ref }}');
  });

  it('verifies the signature right after signing, before any other stage sees the image', () => {
    const steps = jobs.sign!.steps!;
    const signAt = steps.findIndex((s) => s.uses?.startsWith('org/osimg/sign@'));
    const verifyAt = steps.findIndex((s) => s.uses?.startsWith('org/osimg/verify@'));
    expect(verifyAt).toBe(signAt + 1);
    expect(steps[verifyAt]!.with!.image).toBe('${{ steps.sign.outputs.signed-ref }}');
    expect(pipeline.jobs.sign!.outputs!['signed-ref']).toBe('${{ steps.verify.outputs.verified-ref }}');
    expect(step('promote', 'promote').with!['require-attestations']).toBe(
      '${{ inputs.require-attestations }}',
    );
  });

  it('checks every downloaded disk: the artifact digest, then each file against the disk job’s SHA-256', () => {
    for (const id of ['boot-test', 'publish-ami']) {
      const steps = jobs[id]!.steps!;
      const download = steps.findIndex((s) => s.uses?.startsWith('actions/download-artifact@'));
      expect(download, id).toBe(0);
      expect(steps[0]!.with!['digest-mismatch']).toBe('error');
      const check = steps[1]!;
      expect(check.env!.SHA256).toBe('${{ needs.disk.outputs.sha256 }}');
      expect(check.run).toContain('sha256sum --check --strict');
    }
  });

  it('passes only inputs the pipeline declares and exposes the promised outputs', () => {
    const declared = Object.keys(pipeline.on.workflow_call!.inputs!);
    const text = readFileSync('.github/workflows/image-pipeline.yml', 'utf8');
    for (const [, name] of text.matchAll(/inputs\.([a-z0-9-]+)/g)) expect(declared).toContain(name);
    const secrets = Object.keys(pipeline.on.workflow_call!.secrets!);
    for (const [, name] of text.matchAll(/secrets\.([a-z0-9-]+)/g)) expect(secrets).toContain(name);
    expect(Object.keys(pipeline.on.workflow_call!.outputs!)).toEqual(
      expect.arrayContaining(['digest', 'signed-ref', 'disk-sha256', 'amis', 'promoted']),
    );
  });
});

describe('verify.yml and rebuild-on-base-change.yml', () => {
  it('verify.yml ends in one gate job that fails unless every check passed', () => {
    const gate = load('.github/workflows/verify.yml').jobs.gate!;
    expect([gate.needs].flat()).toEqual(['signature', 'policy', 'rescan']);
    expect(gate.if).toBe('always()');
    expect(gate.permissions).toEqual({});
  });

  it('rebuild-on-base-change.yml is a dry run unless the caller says otherwise', () => {
    const workflow = load('.github/workflows/rebuild-on-base-change.yml');
    expect(workflow.on.workflow_call!.inputs!['dry-run']!.default).toBe(true);
    expect(workflow.jobs.rebuild!.permissions).toEqual({ contents: 'read', packages: 'read' });
  });
});

describe('osimg’s own CI, release and Dependabot workflows (internal: _*.yml)', () => {
  const ci = load('.github/workflows/_ci.yml');
  const uses = (job: Job) => (job.steps ?? []).map((s) => s.uses ?? '').filter(Boolean);
  const runs = (job: Job) => (job.steps ?? []).map((s) => s.run ?? '').join('\n');

  it('_ci.yml: lint, typecheck, workflows, unit and integration tests with the apt packages', () => {
    const test = ci.jobs.test!;
    const script = runs(test);
    for (const command of [
      'bash .ci/install-deps',
      'npm ci',
      'npm run lint',
      'npm run typecheck',
      'npm run check-workflows',
      'npm run test:unit',
      'npm run test:integration',
    ])
      expect(script).toContain(command);
    expect((test as Job & { 'runs-on': string })['runs-on']).toBe('ubuntu-24.04');
  });

  it('_ci.yml: check-dist rebuilds and fails on git status --porcelain -- dist', () => {
    const script = runs(ci.jobs['check-dist']!);
    expect(script).toContain('npm run package');
    expect(script).toContain('git status --porcelain -- dist');
  });

  it('_ci.yml: the e2e job runs the suite’s actions from the checkout, KVM on, against a registry service', () => {
    const e2e = ci.jobs.e2e! as Job & { services: Record<string, { image: string }> };
    expect(uses(e2e).filter((u) => u.startsWith('./'))).toEqual([
      './lint',
      './build',
      './disk',
      './boot-test',
    ]);
    expect(e2e.services.registry!.image).toMatch(/^registry:2@sha256:[0-9a-f]{64}$/);
    expect(runs(e2e)).toContain('/etc/udev/rules.d/99-kvm4all.rules');
    expect(runs(e2e)).toContain('udevadm trigger --name-match=kvm');
    const boot = e2e.steps!.find((s) => s.uses === './boot-test')!;
    expect(boot.with!.accel).toBe('kvm');
  });

  it('every internal job reads contents only, but the two that push (release tags, Dependabot’s dist/)', () => {
    const grants = Object.fromEntries(
      ['_ci', '_release', '_dependabot-dist'].flatMap((name) => {
        const workflow = load(`.github/workflows/${name}.yml`);
        expect(workflow.permissions).toEqual({});
        return Object.entries(workflow.jobs).map(([id, job]) => [`${name}/${id}`, job.permissions]);
      }),
    );
    expect(grants).toEqual({
      '_ci/test': { contents: 'read' },
      '_ci/check-dist': { contents: 'read' },
      '_ci/e2e': { contents: 'read' },
      '_release/release': { contents: 'write' },
      '_dependabot-dist/dist': { contents: 'write' },
    });
  });

  it('_release.yml runs the release script, then pushes with the token in the environment only', () => {
    const release = load('.github/workflows/_release.yml').jobs.release!;
    expect(runs(release)).toContain('npm run release -- "$VERSION"');
    expect(runs(release)).toContain('bash .ci/git-push');
    expect(readFileSync('.ci/git-push', 'utf8')).toContain('GIT_CONFIG_VALUE_0="AUTHORIZATION: basic');
  });

  it('_dependabot-dist.yml rebuilds dist/ only on Dependabot’s own branches, without install scripts', () => {
    const dist = load('.github/workflows/_dependabot-dist.yml').jobs.dist!;
    expect(dist.if).toContain("github.actor == 'dependabot[bot]'");
    expect(dist.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(runs(dist)).toContain('npm ci --no-audit --no-fund --ignore-scripts');
    expect(runs(dist)).toContain('npm run package');
  });

  it('dependabot.yml updates npm and the pinned actions', () => {
    const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
      version: number;
      updates: Array<{ 'package-ecosystem': string; directory: string }>;
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => [u['package-ecosystem'], u.directory])).toEqual([
      ['npm', '/'],
      ['github-actions', '/'],
    ]);
  });
});
