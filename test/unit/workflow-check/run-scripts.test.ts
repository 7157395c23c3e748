/**
 * WF011 with the real shellcheck (Debian package): scripts taken out of the YAML, expressions read as a
 * variable, each step's shell dialect, and every finding put back on its workflow line.
 */
import { describe, expect, it } from 'vitest';
import { ShellCheck } from '../../../src/tools/shellcheck.js';
import {
  PLACEHOLDER,
  runScripts,
  shellDialect,
  shellcheckWorkflow,
  withPlaceholders,
} from '../../../src/workflow-check/run-scripts.js';

const workflow = (steps: string, extra = '') =>
  `on: push\npermissions: {}\n${extra}jobs:\n  j:\n    runs-on: ubuntu-24.04\n    permissions: {}\n    steps:\n${steps}\n`;

describe('run: scripts out of a workflow', () => {
  it.each([
    ['bash', 'bash'],
    ['sh', 'sh'],
    ['bash --noprofile --norc -eo pipefail {0}', 'bash'],
    ['/bin/sh -x {0}', 'sh'],
    ['pwsh', undefined],
    ['python {0}', undefined],
  ])('shell %s is checked as %s', (shell, dialect) => {
    expect(shellDialect(shell)).toBe(dialect);
  });

  it('replaces each expression by a variable and keeps the lines', () => {
    expect(withPlaceholders('echo "${{ github.ref }}" ${{ x }}')).toBe(
      `echo "${PLACEHOLDER}" ${PLACEHOLDER}`,
    );
    expect(withPlaceholders('a ${{ x ||\n y }}\nb').split('\n')).toHaveLength(3);
  });

  it('takes the shell from the step, the job or the workflow defaults, bash when none; pwsh on Windows', () => {
    const text =
      'on: push\npermissions: {}\ndefaults:\n  run:\n    shell: sh\njobs:\n' +
      '  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo a\n      - run: echo b\n        shell: bash\n' +
      '  w:\n    runs-on: windows-2025\n    steps:\n      - run: echo w\n' +
      '  p:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: print(1)\n        shell: python\n';
    expect(runScripts(text).map((s) => [s.job, s.dialect, s.script])).toEqual([
      ['a', 'sh', 'echo a'],
      ['a', 'bash', 'echo b'],
      ['w', 'sh', 'echo w'],
    ]);
    const windows = 'on: push\njobs:\n  w:\n    runs-on: windows-2025\n    steps:\n      - run: dir\n';
    expect(runScripts(windows)).toEqual([]);
  });
});

describe('shellcheck on every run: script (real shellcheck)', () => {
  it('is installed (Debian package shellcheck; .ci/install-deps)', async () => {
    expect(await new ShellCheck().versionSatisfies('>=0.8')).toBe(true);
  });

  it('puts each finding on its workflow line, literal blocks line by line', async () => {
    const text = workflow(
      '      - run: echo ok\n' +
        '      - run: |\n' +
        '          set -eu\n' +
        '          rm -rf $DIR/cache\n' +
        '      - run: cd "$DIR"; ls | grep x',
    );
    const findings = await shellcheckWorkflow(text, 'w.yml');
    expect(findings.map((f) => [f.line, f.message.slice(0, 6)])).toEqual([
      [11, 'SC2086'],
      [12, 'SC2164'],
      [12, 'SC2010'],
    ]);
    expect(findings[0]).toMatchObject({ rule: 'WF011', file: 'w.yml' });
    expect(findings[0]!.message).toContain('in a run: script of job "j"');
  });

  it('reads an expression as a variable: quoted passes, unquoted is split (SC2086)', async () => {
    expect(await shellcheckWorkflow(workflow('      - run: echo "${{ github.ref }}"'), 'w.yml')).toEqual([]);
    const unquoted = await shellcheckWorkflow(workflow('      - run: echo ${{ github.ref }}'), 'w.yml');
    expect(unquoted.map((f) => f.message.slice(0, 6))).toEqual(['SC2086']);
  });

  it('checks sh steps in the sh dialect (bash arrays are an error there)', async () => {
    const text = workflow('      - run: a=(1 2); echo "${a[0]}"\n        shell: sh');
    expect((await shellcheckWorkflow(text, 'w.yml')).map((f) => f.message.slice(0, 6))).toContain('SC3030');
    expect(await shellcheckWorkflow(workflow('      - run: a=(1 2); echo "${a[0]}"'), 'w.yml')).toEqual([]);
  });

  it('fails with one sentence naming the package when shellcheck is missing', async () => {
    const missing = new ShellCheck(async () => {
      const { OsimgError } = await import('../../../src/errors.js');
      throw new OsimgError('shellcheck: not found', { code: 'TOOL_NOT_FOUND' });
    });
    await expect(shellcheckWorkflow(workflow('      - run: echo ok'), 'w.yml', missing)).rejects.toThrow(
      /shellcheck is not installed or not on PATH: install shellcheck \(Debian\/Ubuntu: apt-get install shellcheck\)/,
    );
  });
});
