/**
 * `osimg surface IMAGE`: the image's attack surface read from its layers in the registry, optionally with
 * what a boot exposed (a boot-test JSON report), judged against the policy's budgets and compared with
 * the previous version (the channel tag's digest). docs/surface.md.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { GuestFacts } from '../boot/facts.js';
import { ConfigurationError } from '../errors.js';
import { MemoryLogger } from '../log.js';
import { POLICY_RULE_IDS } from '../lint/run.js';
import { writeFileAtomically } from '../scratch/files.js';
import { loadPolicy } from '../policy/load.js';
import { today } from '../lint/today.js';
import { parseReference, repositoryName, type ImageReference } from '../oci/reference.js';
import type { RegistryClient } from '../oci/registry.js';
import { budgetSarif, evaluateBudgets } from '../surface/budget.js';
import { bootSurface } from '../surface/boot.js';
import { compareSurfaces } from '../surface/diff.js';
import { imageSurface } from '../surface/image.js';
import type { SurfaceReport } from '../surface/model.js';
import { surfaceHtml, surfaceMarkdown } from '../surface/render.js';
import { parseBoolean } from '../values.js';
import { VERSION } from '../version.js';
import type { CliContext } from './main.js';
import { readText, registryClient } from './sign.js';

export const SURFACE_HELP = `Usage: osimg surface IMAGE [options]

Reads IMAGE's layers from its registry (nothing is pulled or unpacked) and reports its attack surface:
size and layer sizes, packages, setuid/setgid files, shells, package managers, compilers, debuggers and
remote-access daemons, world-writable paths; with --boot-report also the kernel command line, whether the
root is read-only, listening ports and running services. With a policy, its budgets are a gate (exit 1).

Options:
      --json                 print the report (and gate, change) as JSON on stdout
      --output FILE          write the JSON report to FILE
      --markdown FILE        write the Markdown section (with the SVG chart) to FILE
      --html FILE            write the same section as an HTML fragment to FILE
      --policy FILE          ops policy with budgets (default: none)
      --sarif FILE           write the gate's findings as SARIF
      --containerfile PATH   the path SARIF findings point at
      --boot-report FILE     an osimg boot-test --json report of a boot of this image
      --cmdline TEXT         the disk's kernel command line (osimg disk --json prints it)
      --previous REF         compare with this version (e.g. the channel tag: registry/repo:stable)
      --tls-verify BOOL      verify registry TLS (default true)
  -h, --help                 this help

Exit codes: 0 within budget, 1 a budget is exceeded, 2 bad usage.
`;

async function readJson<T>(path: string, what: string): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`cannot read ${what} ${path}: check the path`, { cause: error });
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new ConfigurationError(`${what} ${path} is not JSON: give the file osimg wrote`, { cause: error });
  }
}

/** The digest a reference names (its own, or what its tag points at now); undefined for a missing tag. */
async function digestOf(client: RegistryClient, ref: ImageReference): Promise<string | undefined> {
  if (ref.digest) return ref.digest;
  return (await client.findManifest(ref.repository, ref.tag ?? 'latest'))?.digest;
}

export async function surfaceCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      markdown: { type: 'string' },
      output: { type: 'string' },
      html: { type: 'string' },
      policy: { type: 'string' },
      sarif: { type: 'string' },
      containerfile: { type: 'string' },
      'boot-report': { type: 'string' },
      cmdline: { type: 'string' },
      previous: { type: 'string' },
      'tls-verify': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    context.stdout(SURFACE_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new ConfigurationError('osimg surface takes one IMAGE reference');
  const tlsVerify = parseBoolean(values['tls-verify'] ?? '', '--tls-verify', true);
  const ref = parseReference(positionals[0]!);
  const client = await registryClient(ref.registry, context, tlsVerify);
  const digest = await digestOf(client, ref);
  if (!digest)
    throw new ConfigurationError(`${positionals[0]} is not in its registry: check the name and tag`);
  const log = new MemoryLogger();
  const tempDir = context.env.RUNNER_TEMP ?? context.env.TMPDIR ?? '/tmp';
  const name = repositoryName(ref);
  const report: SurfaceReport = {
    version: 1,
    image: await imageSurface(client, { repository: ref.repository, name, digest }, { log, tempDir }),
  };
  if (values['boot-report'] || values.cmdline) {
    const boot = values['boot-report']
      ? await readJson<{ cmdline?: string; facts?: GuestFacts }>(
          resolve(context.cwd, values['boot-report']),
          'the boot-test report',
        )
      : {};
    report.boot = bootSurface(values.cmdline ?? boot.cmdline ?? '', boot.facts);
  }
  let change;
  if (values.previous) {
    const previousRef = parseReference(values.previous);
    const previousClient =
      previousRef.registry === ref.registry
        ? client
        : await registryClient(previousRef.registry, context, tlsVerify);
    const previousDigest = await digestOf(previousClient, previousRef);
    // A first release has no previous version: nothing to compare, not an error.
    if (previousDigest) {
      const previous = await imageSurface(
        previousClient,
        { repository: previousRef.repository, name: repositoryName(previousRef), digest: previousDigest },
        { log, tempDir },
      );
      change = compareSurfaces(previous, report.image);
    }
  }
  let gate;
  if (values.policy) {
    const policyFile = resolve(context.cwd, values.policy);
    const policy = loadPolicy(await readText(policyFile, 'the policy file', 'policy'), values.policy, {
      knownRules: POLICY_RULE_IDS,
    });
    gate = evaluateBudgets(report, policy, { today: today(), repository: context.env.GITHUB_REPOSITORY });
    for (const { exception } of gate.expired)
      context.stderr(`warning: the policy exception for ${exception.rule} expired on ${exception.expires}\n`);
    if (values.sarif) {
      await writeFileAtomically(
        resolve(context.cwd, values.sarif),
        `${JSON.stringify(budgetSarif(gate, VERSION, values.containerfile), null, 2)}\n`,
      );
    }
  } else if (values.sarif) {
    throw new ConfigurationError('--sarif writes the budget findings: give --policy FILE with budgets too');
  }
  for (const line of log.lines) if (line.startsWith('warning')) context.stderr(`${line}\n`);
  if (values.markdown)
    await writeFileAtomically(resolve(context.cwd, values.markdown), surfaceMarkdown(report, gate, change));
  const json = `${JSON.stringify({ ...report, gate, change }, null, 2)}\n`;
  if (values.output) await writeFileAtomically(resolve(context.cwd, values.output), json);
  if (values.html)
    await writeFileAtomically(resolve(context.cwd, values.html), surfaceHtml(report, gate, change));
  if (values.json) context.stdout(json);
  else context.stdout(surfaceMarkdown(report, gate, change));
  return gate && !gate.passed ? 1 : 0;
}
