/**
 * Lint benchmarks (issue: ops policy): files linted per second on 200 generated Containerfiles, in-process
 * and end to end through the CLI, and the cold start of `osimg lint` on one file.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../src/lint/engine.js';
import { loadPolicy } from '../src/policy/load.js';
import { bareNodeMs, comparison, median, ms, timeCommand, type Row } from './lib.js';

const STEPS = [
  'RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*',
  'RUN dnf -y install httpd && dnf clean all',
  'RUN curl -fsSL https://example.com/install.sh | sh',
  'COPY rootfs/ /',
  'RUN systemctl enable httpd.service',
  'ENV API_TOKEN=changeme',
  'RUN chmod 0755 /usr/local/bin/app && chown root:root /usr/local/bin/app',
  'RUN set -o pipefail && curl -fsSL https://example.com/a.tgz | tar -xz -C /opt',
  'LABEL org.opencontainers.image.description="generated"',
  'RUN useradd -r -u 10001 app',
  'USER 10001',
  'WORKDIR /srv/app',
  'EXPOSE 8080',
  'RUN mkdir -p /var/lib/app && echo ok > /var/lib/app/state',
];
const BASES = [
  'quay.io/fedora/fedora-bootc:41',
  'docker.io/library/debian:12',
  'registry.example.com/base/debian-bootable:12.8',
  'docker.io/library/golang:1.23 AS build',
];

/** Deterministic pseudo-random corpus (same files every run). */
function corpus(count: number): string[] {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, (_, index) => {
    const lines = [`# generated ${index}`, `FROM ${BASES[Math.floor(next() * BASES.length)]}`];
    const steps = 6 + Math.floor(next() * 20);
    for (let i = 0; i < steps; i++) lines.push(STEPS[Math.floor(next() * STEPS.length)]!);
    if (next() < 0.3)
      lines.push(
        'FROM docker.io/library/debian:12',
        'COPY --from=build /out/app /usr/local/bin/app',
        'USER 10001',
      );
    return `${lines.join('\n')}\n`;
  });
}

export async function lintBench(): Promise<Row[]> {
  const dir = await mkdtemp(join(tmpdir(), 'osimg-lint-bench-'));
  try {
    const files = corpus(200);
    for (const [index, content] of files.entries()) {
      await mkdir(join(dir, `app${index}`));
      await writeFile(join(dir, `app${index}`, 'Containerfile'), content);
    }
    const policyText = await readFile('test/fixtures/lint/policy.yml', 'utf8');
    await writeFile(join(dir, 'policy.yml'), policyText);
    const policy = loadPolicy(policyText, 'policy.yml');
    const inputs = files.map((content, index) => ({ path: `app${index}/Containerfile`, content }));

    lint(inputs, { policy, kind: 'auto', today: '2026-11-22' }); // warm the JIT once
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = process.hrtime.bigint();
      lint(inputs, { policy, kind: 'auto', today: '2026-11-22' });
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const inProcess = (files.length / median(times)) * 1000;

    const cliTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      cliTimes.push(
        await timeCommand(
          'node',
          ['dist/cli/index.js', 'lint', dir, '--policy', join(dir, 'policy.yml'), '--fail-on', 'none', '-q'],
          {},
        ),
      );
    }
    const endToEnd = (files.length / median(cliTimes)) * 1000;

    const one = join(dir, 'app0', 'Containerfile');
    const coldTimes: number[] = [];
    for (let i = 0; i < 10; i++) {
      coldTimes.push(
        await timeCommand('node', ['dist/cli/index.js', 'lint', one, '--fail-on', 'none', '-q']),
      );
    }
    const cold = median(coldTimes);
    return [
      {
        measure: 'lint: files/s, 200 generated Containerfiles (in-process)',
        osimg: `${inProcess.toFixed(0)} files/s`,
        baseline: `${ms(median(times))} for 200`,
        ratio: (inProcess / 500).toFixed(1),
        target: '>= 500 files/s',
        verdict: inProcess >= 500 ? 'ok' : 'MISSED',
      },
      {
        measure: 'lint: files/s, same corpus, osimg lint CLI end to end',
        osimg: `${endToEnd.toFixed(0)} files/s`,
        baseline: `${ms(median(cliTimes))} for 200`,
        ratio: (endToEnd / 500).toFixed(1),
        target: '>= 500 files/s',
        verdict: endToEnd >= 500 ? 'ok' : 'MISSED',
      },
      comparison(
        'lint: cold start of osimg lint on one file',
        cold,
        { label: 'bare node', ms: await bareNodeMs() },
        { ms: 200 },
      ),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
