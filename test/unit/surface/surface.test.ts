import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy } from '../../../src/policy/types.js';
import { budgetSarif, evaluateBudgets } from '../../../src/surface/budget.js';
import { classifyTree, toolKind, type TreeEntry } from '../../../src/surface/classify.js';
import { compareSurfaces } from '../../../src/surface/diff.js';
import type { ImageSurface, SurfaceReport } from '../../../src/surface/model.js';
import { barChartSvg, surfaceHtml, surfaceMarkdown } from '../../../src/surface/render.js';
import { withSection } from '../../../src/surface/report-section.js';

const file = (path: string, mode = 0o644, size = 100): TreeEntry => ({ path, kind: 'file', mode, size });

const TREE: TreeEntry[] = [
  { path: 'bin', kind: 'directory', mode: 0o755, size: 0 },
  file('bin/busybox', 0o755, 2_000_000),
  { path: 'bin/sh', kind: 'symlink', mode: 0o777, size: 0 },
  file('usr/bin/passwd', 0o4755, 60_000),
  file('usr/bin/wall', 0o2755, 30_000),
  file('usr/sbin/sshd', 0o755, 900_000),
  file('usr/bin/apt-get', 0o755, 20_000),
  file('usr/bin/gcc-12', 0o755, 1_000_000),
  file('usr/bin/python3', 0o755, 5_000_000),
  file('usr/share/doc/sh/README', 0o644, 10),
  { path: 'tmp', kind: 'directory', mode: 0o1777, size: 0 },
  { path: 'var/drop', kind: 'directory', mode: 0o777, size: 0 },
  file('etc/secret', 0o666, 5),
];

function image(change: Partial<ImageSurface> = {}): ImageSurface {
  return {
    image: 'registry.example/app',
    digest: `sha256:${'a'.repeat(64)}`,
    compressedBytes: 3_000_000,
    layers: [{ name: 'layer 1', bytes: 3_000_000 }],
    packages: [],
    extractionSeconds: 0.1,
    ...classifyTree(TREE),
    ...change,
  };
}

describe('classifyTree', () => {
  const facts = classifyTree(TREE);
  it('finds setuid, setgid and world-writable paths (sticky apart, links ignored)', () => {
    expect(facts.setuid).toEqual(['/usr/bin/passwd']);
    expect(facts.setgid).toEqual(['/usr/bin/wall']);
    expect(facts.worldWritable).toEqual(['/var/drop', '/etc/secret']);
    expect(facts.stickyWorldWritable).toEqual(['/tmp']);
  });
  it('names the attacker tools in binary directories only, versioned names included', () => {
    expect(facts.tools).toEqual([
      { kind: 'shell', path: '/bin/busybox' },
      { kind: 'shell', path: '/bin/sh' },
      { kind: 'remote-access', path: '/usr/sbin/sshd' },
      { kind: 'package-manager', path: '/usr/bin/apt-get' },
      { kind: 'compiler', path: '/usr/bin/gcc-12' },
    ]);
    expect(toolKind('python3')).toBeUndefined();
  });
  it('sums sizes and ranks the biggest directories', () => {
    expect(facts.files).toBe(9);
    expect(facts.contributors[0]).toEqual({ name: '/usr/bin', bytes: 6_110_000 });
  });
});

describe('evaluateBudgets', () => {
  const report: SurfaceReport = {
    version: 1,
    image: image({ kind: 'app' }),
    boot: { cmdline: 'rdinit=/sbin/init', listening: [22, 8080] },
  };
  const policy: Pick<Policy, 'budgets' | 'exceptions' | 'defaultKind'> = {
    defaultKind: 'os',
    budgets: [
      {
        kind: 'app',
        maxImageBytes: 1_000_000,
        forbiddenBinaries: ['shell', 'sshd'],
        maxSetuid: 0,
        allowedPorts: [8080],
      },
      { kind: 'os', forbiddenBinaries: ['compiler'] },
    ],
    exceptions: [
      {
        rule: 'SRF002',
        path: '/bin/busybox',
        justification: 'the init script needs it',
        expires: '2099-01-01',
      },
      { rule: 'SRF002', path: '/bin/sh', justification: 'the init script needs it', expires: '2000-01-01' },
    ],
  };
  const gate = evaluateBudgets(report, policy, { today: '2026-12-03' });

  it('applies the budgets of the image kind and reports every breach', () => {
    expect(gate.passed).toBe(false);
    expect(gate.findings.map((finding) => `${finding.ruleId} ${finding.subject}`)).toEqual([
      'SRF001 registry.example/app',
      'SRF002 /bin/sh',
      'SRF002 /usr/sbin/sshd',
      'SRF003 registry.example/app',
      'SRF004 port/22',
    ]);
  });
  it('honours exceptions until they expire', () => {
    expect(gate.suppressed.map(({ finding }) => finding.subject)).toEqual(['/bin/busybox']);
    expect(gate.expired.map(({ finding }) => finding.subject)).toEqual(['/bin/sh']);
  });
  it('passes an image within its budget, and os budgets do not apply to apps', () => {
    const small = evaluateBudgets(
      { version: 1, image: image({ kind: 'app', tools: [], setuid: [], contentBytes: 10 }) },
      policy,
      { today: '2026-12-03' },
    );
    expect(small).toMatchObject({ passed: true, findings: [] });
    expect(evaluateBudgets(report, DEFAULT_POLICY, { today: '2026-12-03' }).passed).toBe(true);
  });
  it('writes SARIF with the surface rules and stable fingerprints', () => {
    const sarif = budgetSarif(gate, '0.1.0', 'examples/minimal-app/Containerfile');
    const run = sarif.runs[0] as { results: Array<Record<string, unknown>> };
    expect(run.results).toHaveLength(5);
    expect(run.results[1]).toMatchObject({
      ruleId: 'SRF002',
      level: 'error',
      partialFingerprints: { primaryLocationLineHash: 'SRF002:/bin/sh' },
    });
  });
});

describe('compareSurfaces', () => {
  it('lists packages added, removed and upgraded, surface changes and the size delta', () => {
    const before = image({
      packages: [
        { name: 'a', version: '1' },
        { name: 'b', version: '1' },
      ],
    });
    const after = image({
      packages: [
        { name: 'a', version: '2' },
        { name: 'c', version: '1' },
      ],
      setuid: [],
      contentBytes: before.contentBytes - 60_000,
    });
    const change = compareSurfaces(before, after);
    expect(change.packages).toEqual({
      added: [{ name: 'c', version: '1' }],
      removed: [{ name: 'b', version: '1' }],
      upgraded: [{ name: 'a', from: '1', to: '2' }],
    });
    expect(change.surfaceRemoved).toEqual(['setuid /usr/bin/passwd']);
    expect(change.surfaceAdded).toEqual([]);
    expect(change.contentBytesDelta).toBe(-60_000);
    expect(surfaceMarkdown({ version: 1, image: after }, undefined, change)).toContain('upgraded a 1 → 2');
  });
});

describe('render', () => {
  it('draws one escaped bar per contributor', () => {
    const svg = barChartSvg([
      { name: '/usr/<lib>', bytes: 2 * 2 ** 20 },
      { name: '/bin', bytes: 2 ** 20 },
    ]);
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('/usr/&#60;lib&#62;');
    expect(svg).not.toContain('<script');
  });
  it('says when a boot reported no facts', () => {
    const text = surfaceMarkdown({ version: 1, image: image(), boot: { cmdline: 'rdinit=/sbin/init' } });
    expect(text).toContain('not reported (no guest facts)');
    expect(text).toContain('| Shells | `/bin/busybox`, `/bin/sh` |');
  });
});

describe('withSection', () => {
  it('puts the section before </body>, or at the end of a page without one', () => {
    expect(withSection('<html><body><p>x</p></body></html>', '<section>s</section>')).toBe(
      '<html><body><p>x</p><section>s</section></body></html>',
    );
    expect(withSection('<p>x</p>', '<section>s</section>')).toBe('<p>x</p><section>s</section>');
    expect(withSection('<body></body>', '')).toBe('<body></body>');
  });
  it('escapes what it shows in the HTML fragment', () => {
    const html = surfaceHtml({ version: 1, image: image({ image: 'r/<x>' }) });
    expect(html).toContain('Attack surface: r/&#60;x&#62;');
    expect(html).toContain('<code>/bin/busybox</code>');
  });
});
