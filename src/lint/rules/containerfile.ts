/**
 * Containerfile rules. Each is data (id, title, severity, rationale, fix) plus a check; the docs page
 * (docs/lint-rules.md) is generated from this list.
 */
import {
  checkAllowed,
  findBan,
  findSubstitution,
  imageOf,
  referenceProblem,
  requiresDigest,
} from '../../policy/images.js';
import { formatReference, repositoryName } from '../../oci/reference.js';
import type { Instruction } from '../containerfile.js';
import { program, packageName, type Command } from '../shell.js';
import type { ContainerfileContext, ContainerfileRule, Hit, RunStep } from '../rule.js';

/** Labels `osimg build` adds itself, so a policy requiring them is satisfied without a LABEL line. */
export const AUTOMATIC_LABELS = [
  'org.opencontainers.image.source',
  'org.opencontainers.image.revision',
  'org.opencontainers.image.created',
  'org.opencontainers.image.version',
  'org.opencontainers.image.title',
  'org.opencontainers.image.base.name',
  'org.opencontainers.image.base.digest',
];

const SHELLS = new Set([
  'sh',
  'bash',
  'zsh',
  'dash',
  'ash',
  'ksh',
  'python',
  'python3',
  'perl',
  'ruby',
  'node',
]);
const FETCHERS = new Set(['curl', 'wget', 'fetch']);
const REMOTE_SHELL_SERVERS = new Set([
  'openssh-server',
  'dropbear',
  'dropbear-bin',
  'openssh',
  'openssh-server-pam',
  'tinyssh',
]);
const INSECURE_PROTOCOL = new Set([
  'telnetd',
  'telnet-server',
  'inetutils-telnetd',
  'telnet',
  'vsftpd',
  'proftpd',
  'proftpd-basic',
  'pure-ftpd',
  'tftpd',
  'tftpd-hpa',
  'tftp-server',
  'tftp',
  'ftp',
  'rsh-server',
  'rsh-client',
  'rsh-redone-server',
  'xinetd',
]);
const COMPILERS = new Set([
  'gcc',
  'g++',
  'gcc-c++',
  'clang',
  'llvm',
  'make',
  'cmake',
  'build-essential',
  'build-base',
  'golang',
  'go',
  'rustc',
  'cargo',
  'openjdk-17-jdk',
  'java-17-openjdk-devel',
  '@development-tools',
  'kernel-devel',
  'linux-headers-amd64',
]);
const MINIMAL_BASES = /(^|\/)(distroless|static|scratch|ubi-micro|ubi\d*-micro|busybox|chainguard)(\/|:|$)/;

const external = (context: ContainerfileContext) =>
  context.file.stages.filter((stage) => stage.from.stage === undefined && stage.from.image !== 'scratch');

const instructionsOf = (context: ContainerfileContext, keyword: string, finalOnly = false): Instruction[] =>
  (finalOnly ? context.finalStages : context.file.stages).flatMap((stage) =>
    stage.instructions.filter((instruction) => instruction.keyword === keyword),
  );

const runHits = (
  context: ContainerfileContext,
  match: (run: RunStep) => string | undefined,
  finalOnly = false,
): Hit[] =>
  context.runs
    .filter((run) => !finalOnly || run.final)
    .flatMap((run) => {
      const message = match(run);
      return message ? [{ line: run.instruction.line, endLine: run.instruction.endLine, message }] : [];
    });

const installed = (run: RunStep, names: ReadonlySet<string>): string[] =>
  run.packages
    .filter((op) => op.action === 'install')
    .flatMap((op) => op.packages.map(packageName))
    .filter((name) => names.has(name));

const anyCommand = (run: RunStep, test: (command: Command) => boolean) => run.commands.some(test);

/** chmod modes that let anyone write (no sticky bit), e.g. 777, 666, o+w, a+w. */
function worldWritable(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) {
    const others = Number(mode.at(-1));
    const sticky = mode.length === 4 && (Number(mode[0]) & 1) === 1;
    return (others & 2) === 2 && !sticky;
  }
  // Symbolic: each comma clause is [ugoa]* then operations like +w or =rw; a bare `+w` obeys the umask.
  return mode.split(',').some((clause) => {
    const who = /^[ugoa]*/.exec(clause)![0];
    if (!who.includes('o') && !who.includes('a')) return false;
    return (clause.slice(who.length).match(/[+=][rwxXst]*/g) ?? []).some((op) => op.includes('w'));
  });
}

/** The replacement parts of sed `s` expressions (`s/search/replace/flags`, any delimiter). */
function sedReplacements(arg: string): string[] {
  const match = /^s(.)/.exec(arg);
  if (!match) return [];
  const parts = arg.slice(2).split(match[1]!);
  return parts.length >= 2 ? [parts[1]!] : [];
}

function setuid(mode: string): boolean {
  if (/^[0-7]{4}$/.test(mode)) return (Number(mode[0]) & 6) !== 0;
  return /[ug]*\+[rwx]*s/.test(mode);
}

const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)/i;
const SECRET_VALUE = [
  { pattern: /AKIA[0-9A-Z]{16}/, what: 'an AWS access key id' },
  { pattern: /gh[pousr]_[A-Za-z0-9]{36,}/, what: 'a GitHub token' },
  { pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/, what: 'a private key' },
  { pattern: /xox[baprs]-[A-Za-z0-9-]{10,}/, what: 'a Slack token' },
  { pattern: /glpat-[A-Za-z0-9_-]{20}/, what: 'a GitLab token' },
];

/** `KEY=value` or `KEY value` pairs of an ENV/ARG/LABEL instruction. */
function assignments(instruction: Instruction): Array<{ name: string; value: string }> {
  const text = instruction.args.trim();
  if (instruction.keyword === 'ENV' && !text.includes('=')) {
    const [name, ...rest] = text.split(/\s+/);
    return name ? [{ name, value: rest.join(' ') }] : [];
  }
  return [...text.matchAll(/([^\s=]+)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g)].map((match) => ({
    name: match[1]!.replace(/^["']|["']$/g, ''),
    value: (match[2] ?? '').replace(/^["']|["']$/g, ''),
  }));
}

function isUrl(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2|tar\.xz|txz|tar\.zst)$/i;

export const CONTAINERFILE_RULES: ContainerfileRule[] = [
  {
    id: 'CF001',
    title: 'Base image not allowed by policy',
    severity: 'high',
    rationale:
      'The ops team owns which bases machines are built on; an unknown base has no owner for its patches.',
    fix: "Use a base from the policy's images.allowed list (or ask ops to add this one).",
    target: 'containerfile',
    check: (context) =>
      external(context).flatMap((stage) => {
        const ref = imageOf(stage.from.image);
        if (!ref) return [];
        const verdict = checkAllowed(context.policy, ref);
        if (verdict.allowed) return [];
        const allowedTags = verdict.reason === 'tag' ? verdict.entry.tags!.join(', ') : '';
        const message =
          verdict.reason === 'image'
            ? `base ${repositoryName(ref)} is not on the policy's allowed list`
            : !ref.tag && ref.digest
              ? `base ${repositoryName(ref)} is named by digest only, so its tag cannot be checked (allowed: ${allowedTags}): write name:tag@sha256:...`
              : `tag "${ref.tag ?? 'latest'}" of ${repositoryName(ref)} is not allowed (allowed: ${allowedTags})`;
        return [{ line: stage.from.line, message }];
      }),
  },
  {
    id: 'CF002',
    title: 'Base image banned by policy',
    severity: 'critical',
    rationale:
      'A banned base has a known problem (end of life, a vulnerability, a compromise) that ops has ruled out.',
    fix: 'Move to the replacement the ban names, or run `osimg lint --fix` when the policy has a substitution.',
    target: 'containerfile',
    check: (context) =>
      external(context).flatMap((stage) => {
        const ref = imageOf(stage.from.image);
        const ban = ref && findBan(context.policy, ref, context.today);
        if (!ban) return [];
        return [
          {
            line: stage.from.line,
            message: `base ${formatReference(ref)} is banned${ban.since ? ` since ${ban.since}` : ''}: ${ban.reason}`,
          },
        ];
      }),
  },
  {
    id: 'CF003',
    title: 'Base image not pinned by digest',
    severity: 'medium',
    rationale:
      'A tag can move; only a digest says exactly which base was built on and keeps rebuilds reproducible.',
    fix: "Write FROM name:tag@sha256:<digest> (the policy's substitutions can pin it with `osimg lint --fix`).",
    target: 'containerfile',
    fixable: true,
    check: (context) =>
      external(context).flatMap((stage) => {
        const ref = imageOf(stage.from.image);
        if (!ref || ref.digest) return [];
        const required = requiresDigest(context.policy, checkAllowed(context.policy, ref));
        return [
          {
            line: stage.from.line,
            message: `base ${formatReference(ref)} is not pinned by digest${required ? ' (the policy requires it)' : ''}`,
            ...(required ? { severity: 'high' as const } : {}),
          },
        ];
      }),
  },
  {
    id: 'CF004',
    title: 'Base image uses latest or no tag',
    severity: 'medium',
    rationale: '`latest` changes under you: two builds of the same commit get different machines.',
    fix: 'Name a version tag (and pin it by digest).',
    target: 'containerfile',
    check: (context) =>
      external(context).flatMap((stage) => {
        const ref = imageOf(stage.from.image);
        if (!ref || ref.digest || (ref.tag && ref.tag !== 'latest')) return [];
        return [
          {
            line: stage.from.line,
            message: `base ${repositoryName(ref)} uses ${ref.tag ? 'the latest tag' : 'no tag (latest)'}`,
          },
        ];
      }),
  },
  {
    id: 'CF005',
    title: 'Policy substitutes this base image',
    severity: 'medium',
    rationale:
      'Ops publishes patched or pinned replacements for bases; using them is how fixes reach every image.',
    fix: 'Run `osimg lint --fix` to apply the substitution.',
    target: 'containerfile',
    fixable: true,
    check: (context) =>
      external(context).flatMap((stage) => {
        const ref = imageOf(stage.from.image);
        const substitution = ref && findSubstitution(context.policy, ref);
        if (!substitution) return [];
        return [
          {
            line: stage.from.line,
            message: `use ${substitution.to} instead of ${stage.from.image}${substitution.reason ? ` (${substitution.reason})` : ''}`,
          },
        ];
      }),
  },
  {
    id: 'CF006',
    title: 'Base image reference does not parse',
    severity: 'high',
    rationale:
      'A base that is not a valid reference cannot be checked against the allowed, banned and digest rules, and buildah refuses it.',
    fix: 'Write the base as [registry/]name[:tag][@sha256:digest] (check the build args it uses).',
    target: 'containerfile',
    check: (context) =>
      external(context).flatMap((stage) => {
        const problem = referenceProblem(stage.from.image);
        return problem ? [{ line: stage.from.line, message: `base ${problem}` }] : [];
      }),
  },
  {
    id: 'CF010',
    title: 'Remote script piped into a shell',
    severity: 'high',
    rationale: 'Whatever the server sends at build time runs as root, unreviewed and unpinned.',
    fix: 'Download to a file, verify its checksum or signature, then run it; better, install a package.',
    target: 'containerfile',
    check: (context) =>
      runHits(context, (run) => {
        for (const pipeline of run.pipelines) {
          const fetch = pipeline.findIndex((command) => FETCHERS.has(program(command).name));
          if (fetch >= 0 && pipeline.slice(fetch + 1).some((command) => SHELLS.has(program(command).name))) {
            return `"${pipeline.map((command) => command.text).join(' | ')}" runs a downloaded script`;
          }
        }
        if (/\b(?:ba|z|da|k)?sh\s+(?:-c\s+)?["']?(?:<\(|\$\()\s*(?:curl|wget)\b/.test(run.instruction.args)) {
          return 'a shell runs the output of curl/wget';
        }
        return undefined;
      }),
  },
  {
    id: 'CF011',
    title: 'ADD from a URL without a checksum',
    severity: 'high',
    rationale: 'The content behind a URL can change; without --checksum the build takes whatever it gets.',
    fix: 'Add --checksum=sha256:<hex> to the ADD, or download and verify in a RUN step.',
    target: 'containerfile',
    check: (context) =>
      instructionsOf(context, 'ADD')
        .filter((add) => !add.flags.checksum && add.args.split(/\s+/).slice(0, -1).some(isUrl))
        .map((add) => ({ line: add.line, message: `ADD ${add.args} has no --checksum` })),
  },
  {
    id: 'CF012',
    title: 'Secret in ENV or ARG',
    severity: 'high',
    rationale:
      'ENV values and ARG values are stored in the image config and history, readable by anyone who pulls it.',
    fix: 'Use RUN --mount=type=secret for build-time secrets and inject runtime secrets at deploy time.',
    target: 'containerfile',
    check: (context) =>
      [...instructionsOf(context, 'ENV'), ...instructionsOf(context, 'ARG')].flatMap((instruction) =>
        assignments(instruction)
          .filter(
            ({ name, value }) => SECRET_NAME.test(name) && (instruction.keyword === 'ARG' || value !== ''),
          )
          .map(({ name }) => ({
            line: instruction.line,
            message: `${instruction.keyword} ${name} looks like a secret`,
          })),
      ),
  },
  {
    id: 'CF013',
    title: 'Credential written in the Containerfile',
    severity: 'critical',
    rationale: 'A key or token in the Containerfile is in git history and in every image built from it.',
    fix: 'Remove it, revoke it now, and pass it as a build secret (RUN --mount=type=secret).',
    target: 'containerfile',
    check: (context) =>
      context.file.content.split('\n').flatMap((text, index) => {
        const found = SECRET_VALUE.find(({ pattern }) => pattern.test(text));
        return found ? [{ line: index + 1, message: `line contains ${found.what}` }] : [];
      }),
  },
  {
    id: 'CF014',
    title: 'TLS or signature verification disabled',
    severity: 'high',
    rationale: 'Turning verification off lets anyone on the network path replace what gets installed.',
    fix: 'Keep verification on; add the CA certificate or the repository key instead.',
    target: 'containerfile',
    check: (context) =>
      runHits(context, (run) => {
        const text = run.instruction.args;
        // -k means --insecure only to curl (gzip -k, sort -k do other things).
        const insecureCurl = run.commands.some((command) => {
          const { name, args } = program(command);
          return (
            name === 'curl' && args.some((arg) => arg === '--insecure' || /^-[a-zA-Z]*k[a-zA-Z]*$/.test(arg))
          );
        });
        if (insecureCurl) return 'curl --insecure disables verification';
        const patterns: Array<[RegExp, string]> = [
          [/--no-check-certificate/, 'wget --no-check-certificate'],
          [/\btrusted=yes\b/, 'an apt source marked trusted=yes'],
          [
            /--allow-unauthenticated|AllowUnauthenticated|--allow-insecure-repositories/,
            'apt without signature checks',
          ],
          [/--nogpgcheck|gpgcheck\s*=\s*0|--no-gpg-checks/, 'package signature checks turned off'],
          [
            /sslverify\s*=\s*(?:0|false)|http\.sslVerify\s*=?\s*false|GIT_SSL_NO_VERIFY/i,
            'TLS verification turned off',
          ],
          [/--trusted-host/, 'pip --trusted-host'],
          [/strict-ssl\s+false/, 'npm strict-ssl false'],
          [/--allow-untrusted/, 'apk --allow-untrusted'],
        ];
        const hit = patterns.find(([pattern]) => pattern.test(text));
        return hit ? `${hit[1]} disables verification` : undefined;
      }),
  },
  {
    id: 'CF015',
    title: 'Download over plain HTTP',
    severity: 'medium',
    rationale: 'Plain HTTP can be read and changed in transit.',
    fix: 'Use https:// (and verify a checksum).',
    target: 'containerfile',
    check: (context) => [
      ...runHits(context, (run) => {
        const url = run.commands
          .filter((command) => FETCHERS.has(program(command).name))
          .flatMap((command) => command.words)
          .find((word) => /^http:\/\/(?!localhost|127\.)/i.test(word));
        return url ? `downloads ${url} over plain HTTP` : undefined;
      }),
      ...instructionsOf(context, 'ADD')
        .filter((add) => /(^|\s)http:\/\/(?!localhost|127\.)/i.test(add.args))
        .map((add) => ({
          line: add.line,
          message: `ADD fetches ${add.args.split(/\s+/)[0]} over plain HTTP`,
        })),
    ],
  },
  {
    id: 'CF016',
    title: 'ADD where COPY does',
    severity: 'low',
    rationale: 'ADD also unpacks archives and fetches URLs; for plain files its magic only surprises.',
    fix: 'Use COPY for local files; keep ADD for archives you mean to unpack.',
    target: 'containerfile',
    check: (context) =>
      instructionsOf(context, 'ADD')
        .filter((add) => {
          const sources = add.args.split(/\s+/).filter(Boolean).slice(0, -1);
          return (
            sources.length > 0 &&
            !sources.some((source) => isUrl(source) || ARCHIVE.test(source) || source.startsWith('git@'))
          );
        })
        .map((add) => ({ line: add.line, message: `ADD ${add.args} copies plain files` })),
  },
  {
    id: 'CF020',
    title: 'Remote shell server installed',
    severity: 'high',
    rationale:
      'Immutable machines are replaced, not logged into; an SSH server is attack surface and an invitation to drift.',
    fix: 'Remove the SSH server; debug through the serial console or a new image, and observe through logs and metrics.',
    target: 'containerfile',
    check: (context) =>
      runHits(
        context,
        (run) => {
          const found = installed(run, REMOTE_SHELL_SERVERS);
          return found.length > 0 ? `installs ${found.join(', ')}` : undefined;
        },
        true,
      ),
  },
  {
    id: 'CF021',
    title: 'Telnet, FTP or rsh installed',
    severity: 'high',
    rationale: 'These protocols send credentials in clear text and have no place on a production machine.',
    fix: 'Remove them; use HTTPS or SSH-based tools in a separate debugging image if you must.',
    target: 'containerfile',
    check: (context) =>
      runHits(
        context,
        (run) => {
          const found = installed(run, INSECURE_PROTOCOL);
          return found.length > 0 ? `installs ${found.join(', ')}` : undefined;
        },
        true,
      ),
  },
  {
    id: 'CF022',
    title: 'Remote or password login enabled',
    severity: 'high',
    rationale: 'Enabling sshd or password logins makes the machine something people change by hand.',
    fix: 'Do not enable remote login services; if a break-glass path is required, use keys from a vault, never passwords.',
    target: 'containerfile',
    check: (context) =>
      runHits(
        context,
        (run) => {
          const sshUnit = /^(?:ssh|sshd|dropbear)(?:\.service|\.socket)?$/;
          const enables = run.commands.find((command) => {
            const { name, args } = program(command);
            return name === 'systemctl' && args.includes('enable') && args.some((arg) => sshUnit.test(arg));
          });
          if (enables) return `"${enables.text}" enables an SSH service`;
          // What a command writes: for sed, only the replacement side (hardening seds search for "yes").
          for (const command of run.commands) {
            const { name, args } = program(command);
            const written = name === 'sed' ? args.flatMap(sedReplacements) : [command.text];
            const setting = written
              .map((part) =>
                /(PermitRootLogin\s+yes|PasswordAuthentication\s+yes|PermitEmptyPasswords\s+yes)/.exec(part),
              )
              .find(Boolean);
            if (setting) return `sets ${setting[1]}`;
          }
          return undefined;
        },
        true,
      ),
  },
  {
    id: 'CF023',
    title: 'Password set in the image',
    severity: 'high',
    rationale: 'A password baked into an image is shared by every machine and by everyone who can pull it.',
    fix: 'Leave accounts locked; provision credentials at deploy time (cloud-init, a vault, SSO).',
    target: 'containerfile',
    check: (context) =>
      runHits(context, (run) => {
        const command = run.commands.find((candidate) => {
          const { name, args } = program(candidate);
          if (name === 'chpasswd') return true;
          if (name === 'passwd')
            return !args.some((arg) => ['-l', '--lock', '-S', '--status', '-e', '--expire'].includes(arg));
          if (name === 'usermod' || name === 'useradd')
            return args.some((arg) => arg === '-p' || arg.startsWith('--password'));
          return false;
        });
        return command ? `"${command.text}" sets a password` : undefined;
      }),
  },
  {
    id: 'CF024',
    title: 'Floating upgrade of all packages',
    severity: 'medium',
    rationale:
      'Upgrading everything makes the image depend on the day it was built, not on the base and the file.',
    fix: 'Use an up-to-date base (the policy can substitute one) and install explicit packages.',
    target: 'containerfile',
    check: (context) =>
      runHits(context, (run) => {
        const upgrade = run.packages.find((op) => op.action === 'upgrade');
        return upgrade ? `"${upgrade.command.text}" upgrades whatever is newest today` : undefined;
      }),
  },
  {
    id: 'CF025',
    title: 'Package manager cache left in the image',
    severity: 'low',
    rationale: 'Caches add size and stale metadata to every machine and every pull.',
    fix: 'Clean in the same RUN (rm -rf /var/lib/apt/lists/*, dnf clean all, apk add --no-cache, pip --no-cache-dir) or use a cache mount.',
    target: 'containerfile',
    check: (context) =>
      runHits(context, (run) => {
        const text = run.instruction.args;
        const cacheMount = (run.instruction.flags.mount ?? '').includes('type=cache');
        const missing = new Set<string>();
        for (const op of run.packages.filter((candidate) => candidate.action === 'install')) {
          if (op.manager === 'apt' && !/rm\s+-[rf]+\s+[^&;]*\/var\/lib\/apt\/lists/.test(text) && !cacheMount)
            missing.add('apt lists');
          if (
            op.manager === 'dnf' &&
            !/(dnf5?|yum|microdnf|tdnf)\s+clean\s+all|rm\s+-[rf]+\s+[^&;]*\/var\/cache\/(dnf|yum)/.test(
              text,
            ) &&
            !cacheMount
          ) {
            missing.add('dnf/yum cache');
          }
          if (
            op.manager === 'apk' &&
            !op.options.includes('--no-cache') &&
            !/rm\s+-[rf]+\s+[^&;]*\/var\/cache\/apk/.test(text)
          )
            missing.add('apk cache');
          if (op.manager === 'pip' && !op.options.includes('--no-cache-dir') && !cacheMount)
            missing.add('pip cache');
        }
        return missing.size > 0 ? `leaves the ${[...missing].join(' and ')} behind` : undefined;
      }),
  },
  {
    id: 'CF026',
    title: 'apt installs recommended packages',
    severity: 'info',
    rationale: 'Recommends pull in packages nobody asked for, growing the attack surface.',
    fix: 'Add --no-install-recommends.',
    target: 'containerfile',
    check: (context) =>
      runHits(context, (run) => {
        const op = run.packages.find(
          (candidate) => candidate.manager === 'apt' && candidate.action === 'install',
        );
        return op && !op.options.includes('--no-install-recommends')
          ? `"${op.command.text}" installs recommended packages`
          : undefined;
      }),
  },
  {
    id: 'CF027',
    title: 'Package install without -y',
    severity: 'low',
    rationale: 'A build has no terminal: the install stops at its question and the build fails.',
    fix: 'Add -y (apt-get, dnf, yum, zypper -n).',
    target: 'containerfile',
    check: (context) =>
      runHits(context, (run) => {
        const op = run.packages.find(
          (candidate) =>
            (candidate.manager === 'apt' || candidate.manager === 'dnf' || candidate.manager === 'zypper') &&
            (candidate.action === 'install' || candidate.action === 'upgrade') &&
            !candidate.options.some((option) =>
              /^-[a-z]*y[a-z]*$|^--yes$|^--assume-yes$|^-qq$|^-n$|^--non-interactive$|^--no-confirm$/.test(
                option,
              ),
            ) &&
            program(candidate.command).name !== 'microdnf',
        );
        return op ? `"${op.command.text}" will wait for an answer` : undefined;
      }),
  },
  {
    id: 'CF030',
    title: 'SELinux disabled',
    severity: 'high',
    rationale: 'SELinux confines services; turning it off removes a layer every breach has to get through.',
    fix: 'Keep SELinux enforcing; fix the denials with proper labels or a policy module.',
    target: 'containerfile',
    check: (context) =>
      runHits(context, (run) => {
        const hit = /(setenforce\s+0|SELINUX=(?:disabled|permissive)|selinux=0|enforcing=0)/.exec(
          run.instruction.args,
        );
        return hit ? `"${hit[1]}" turns SELinux off` : undefined;
      }),
  },
  {
    id: 'CF031',
    title: 'AppArmor disabled',
    severity: 'high',
    rationale: 'AppArmor confines services; turning it off removes a layer every breach has to get through.',
    fix: 'Keep AppArmor enabled; adjust the profile that gets in the way.',
    target: 'containerfile',
    check: (context) =>
      runHits(context, (run) => {
        const hit =
          /(apparmor=0|systemctl\s+(?:disable|mask)\s+(?:--now\s+)?apparmor|aa-teardown|aa-disable)/.exec(
            run.instruction.args,
          );
        return hit ? `"${hit[1]}" turns AppArmor off` : undefined;
      }),
  },
  {
    id: 'CF032',
    title: 'World-writable path',
    severity: 'high',
    rationale:
      'Any process can change a world-writable file, including what other services trust or execute.',
    fix: 'Give the owning user or group write access only (e.g. 0755 / 0775 with chown).',
    target: 'containerfile',
    check: (context) => [
      ...runHits(context, (run) => {
        const chmod = run.commands.find((command) => {
          const { name, args } = program(command);
          return name === 'chmod' && args.some((arg) => !arg.startsWith('-') && worldWritable(arg));
        });
        return chmod ? `"${chmod.text}" makes a path world-writable` : undefined;
      }),
      ...[...instructionsOf(context, 'COPY'), ...instructionsOf(context, 'ADD')]
        .filter((instruction) => instruction.flags.chmod && worldWritable(instruction.flags.chmod))
        .map((instruction) => ({
          line: instruction.line,
          message: `--chmod=${instruction.flags.chmod} makes files world-writable`,
        })),
    ],
  },
  {
    id: 'CF033',
    title: 'setuid or setgid bit added',
    severity: 'medium',
    rationale:
      "A setuid program runs with its owner's rights for whoever starts it: a classic escalation path.",
    fix: 'Avoid setuid; grant a capability (setcap) or run the service as the right user.',
    target: 'containerfile',
    check: (context) =>
      runHits(context, (run) => {
        const chmod = run.commands.find((command) => {
          const { name, args } = program(command);
          return name === 'chmod' && args.some((arg) => !arg.startsWith('-') && setuid(arg));
        });
        return chmod ? `"${chmod.text}" sets a setuid/setgid bit` : undefined;
      }),
  },
  {
    id: 'CF034',
    title: 'App image runs as root',
    severity: 'high',
    rationale: 'A root process in a container is one kernel bug away from root on the host.',
    fix: 'Add a USER with a non-zero UID after the last step that needs root.',
    target: 'containerfile',
    kinds: ['app'],
    check: (context) => {
      // The effective USER is the last one in the final stage, else in the stage it builds on, and so on.
      for (const stage of context.finalStages) {
        const last = stage.instructions.filter((instruction) => instruction.keyword === 'USER').at(-1);
        if (!last) continue;
        const user = last.args.trim().split(':')[0];
        return user === 'root' || user === '0'
          ? [{ line: last.line, message: `USER ${last.args.trim()} is root` }]
          : [];
      }
      return [{ line: context.finalStages[0]!.from.line, message: 'no USER: the app runs as root' }];
    },
  },
  {
    id: 'CF035',
    title: 'sudo installed in an app image',
    severity: 'medium',
    rationale: 'sudo in a container is a ready-made escalation path and a sign of manual changes.',
    fix: 'Remove sudo; do root work at build time and run the app as its own user.',
    target: 'containerfile',
    kinds: ['app'],
    check: (context) =>
      runHits(
        context,
        (run) => (installed(run, new Set(['sudo'])).length > 0 ? 'installs sudo' : undefined),
        true,
      ),
  },
  {
    id: 'CF040',
    title: 'Content written to /var of an OS image',
    severity: 'medium',
    rationale:
      'On bootc and ostree systems /var is machine state: image content there is only copied at first install, never updated.',
    fix: 'Put content under /usr (e.g. /usr/share or /usr/lib) and create /var paths at boot with systemd-tmpfiles.',
    target: 'containerfile',
    kinds: ['os'],
    check: (context) => {
      const underVar = (path: string) => /^\/var\//.test(path) && !/^\/var\/(tmp|cache)\b/.test(path);
      const copies = [...instructionsOf(context, 'COPY', true), ...instructionsOf(context, 'ADD', true)]
        .filter((instruction) => underVar(instruction.args.split(/\s+/).filter(Boolean).at(-1) ?? ''))
        .map((instruction) => ({
          line: instruction.line,
          message: `${instruction.keyword} writes into ${instruction.args.split(/\s+/).at(-1)}`,
        }));
      const writes = runHits(
        context,
        (run) => {
          for (const command of run.commands) {
            const { name, args } = program(command);
            const redirect = command.words.findIndex((word) => /^>>?/.test(word));
            const target =
              redirect >= 0
                ? command.words[redirect]!.replace(/^>>?/, '') || command.words[redirect + 1]
                : undefined;
            if (target && underVar(target)) return `writes ${target}`;
            if (['mkdir', 'touch', 'cp', 'install', 'mv', 'ln', 'tee'].includes(name)) {
              const path = args.filter((arg) => !arg.startsWith('-')).at(-1);
              if (path && underVar(path)) return `"${command.text}" writes into /var`;
            }
          }
          return undefined;
        },
        true,
      );
      return [...copies, ...writes];
    },
  },
  {
    id: 'CF041',
    title: 'Package manager left in an app image',
    severity: 'low',
    rationale:
      'A package manager in a running app lets anyone who gets in install tools; the app does not need it.',
    fix: 'Build in a builder stage and copy the result into a minimal base (distroless, ubi-micro, scratch).',
    target: 'containerfile',
    kinds: ['app'],
    check: (context) => {
      const root = context.finalStages.at(-1)!;
      if (root.from.image === 'scratch' || MINIMAL_BASES.test(root.from.image)) return [];
      const first = context.runs.find(
        (run) => run.final && run.packages.some((op) => op.action === 'install' && op.manager !== 'pip'),
      );
      return first
        ? [{ line: first.instruction.line, message: `the final image keeps ${first.packages[0]!.manager}` }]
        : [];
    },
  },
  {
    id: 'CF042',
    title: 'Compilers or build tools in the final image',
    severity: 'medium',
    rationale:
      'Build tools let an intruder build their own tools on the machine, and they grow every patch cycle.',
    fix: 'Compile in a builder stage and COPY --from it only what runs.',
    target: 'containerfile',
    check: (context) =>
      runHits(
        context,
        (run) => {
          const found = installed(run, COMPILERS);
          return found.length > 0 ? `installs ${found.join(', ')} into the final image` : undefined;
        },
        true,
      ),
  },
  {
    id: 'CF043',
    title: 'CMD or ENTRYPOINT in an OS image',
    severity: 'info',
    rationale: 'A booted OS image starts its init (systemd), never CMD or ENTRYPOINT.',
    fix: 'Start the workload as a systemd unit enabled in the image.',
    target: 'containerfile',
    kinds: ['os'],
    check: (context) =>
      [...instructionsOf(context, 'CMD', true), ...instructionsOf(context, 'ENTRYPOINT', true)]
        .filter((instruction) => !/systemd|\/sbin\/init/.test(instruction.args))
        .map((instruction) => ({
          line: instruction.line,
          message: `${instruction.keyword} is not used when the image boots`,
        })),
  },
  {
    id: 'CF044',
    title: 'HEALTHCHECK, EXPOSE or VOLUME in an OS image',
    severity: 'info',
    rationale: 'These are container runtime hints; a booted machine ignores them, so they mislead readers.',
    fix: 'Express health as systemd units and ports as the service configuration (and firewall).',
    target: 'containerfile',
    kinds: ['os'],
    check: (context) =>
      ['HEALTHCHECK', 'EXPOSE', 'VOLUME'].flatMap((keyword) =>
        instructionsOf(context, keyword, true).map((instruction) => ({
          line: instruction.line,
          message: `${keyword} has no effect on a booted machine`,
        })),
      ),
  },
  {
    id: 'CF050',
    title: 'Required label missing',
    severity: 'medium',
    rationale: 'Ops relies on these labels to know who owns an image and what it is for.',
    fix: 'Add the label with LABEL (osimg build adds the org.opencontainers.image source, revision and base labels itself).',
    target: 'containerfile',
    check: (context) => {
      const present = new Set(AUTOMATIC_LABELS);
      for (const label of instructionsOf(context, 'LABEL', true))
        for (const { name } of assignments(label)) present.add(name);
      const line = context.finalStages[0]!.from.line;
      return context.policy.requiredLabels
        .filter((label) => !present.has(label))
        .map((label) => ({ line, message: `the final image has no ${label} label` }));
    },
  },
  {
    id: 'CF051',
    title: 'MAINTAINER is deprecated',
    severity: 'info',
    rationale: 'MAINTAINER is deprecated in favour of a label tools can read.',
    fix: 'Use LABEL org.opencontainers.image.authors="...".',
    target: 'containerfile',
    check: (context) =>
      instructionsOf(context, 'MAINTAINER').map((instruction) => ({
        line: instruction.line,
        message: 'MAINTAINER is deprecated',
      })),
  },
  {
    id: 'CF052',
    title: 'cd inside RUN',
    severity: 'info',
    rationale: 'A cd lasts only for its RUN; later steps silently run elsewhere.',
    fix: 'Use WORKDIR.',
    target: 'containerfile',
    check: (context) =>
      runHits(context, (run) =>
        run.commands.some((command) => program(command).name === 'cd')
          ? 'changes directory with cd'
          : undefined,
      ),
  },
  {
    id: 'CF053',
    title: 'sudo inside RUN',
    severity: 'low',
    rationale:
      "Build steps already run as the Containerfile's USER; sudo adds a setuid dependency and hides who runs what.",
    fix: 'Switch USER for the steps that need another user.',
    target: 'containerfile',
    check: (context) =>
      runHits(context, (run) =>
        anyCommand(run, (command) => command.words[0] === 'sudo') ? 'uses sudo' : undefined,
      ),
  },
  {
    id: 'CF054',
    title: 'Several CMD or ENTRYPOINT in one stage',
    severity: 'low',
    rationale: 'Only the last one counts; the others mislead readers.',
    fix: 'Keep one CMD and one ENTRYPOINT per stage.',
    target: 'containerfile',
    check: (context) =>
      context.file.stages.flatMap((stage) =>
        ['CMD', 'ENTRYPOINT'].flatMap((keyword) => {
          const found = stage.instructions.filter((instruction) => instruction.keyword === keyword);
          return found.slice(0, -1).map((instruction) => ({
            line: instruction.line,
            message: `this ${keyword} is overridden on line ${found.at(-1)!.line}`,
          }));
        }),
      ),
  },
  {
    id: 'CF055',
    title: 'COPY --from names an unknown stage',
    severity: 'high',
    rationale: 'A typo in a stage name makes the build pull an image of that name instead.',
    fix: 'Name an earlier stage (FROM ... AS name) or a full image reference.',
    target: 'containerfile',
    check: (context) =>
      context.file.stages.flatMap((stage) =>
        stage.instructions
          .filter((instruction) => instruction.keyword === 'COPY' && instruction.flags.from !== undefined)
          .filter((instruction) => {
            const from = instruction.flags.from!;
            if (/[/:.@]/.test(from) || /^\$/.test(from)) return false;
            if (/^\d+$/.test(from)) return Number(from) >= stage.index;
            return !context.file.stages
              .slice(0, stage.index)
              .some((earlier) => earlier.name?.toLowerCase() === from.toLowerCase());
          })
          .map((instruction) => ({
            line: instruction.line,
            message: `no earlier stage is named "${instruction.flags.from}"`,
          })),
      ),
  },
  {
    id: 'CF056',
    title: 'Duplicate stage name',
    severity: 'high',
    rationale: 'Two stages with one name make COPY --from and FROM ambiguous.',
    fix: 'Give every stage its own name.',
    target: 'containerfile',
    check: (context) =>
      context.file.stages
        .filter(
          (stage, index) =>
            stage.name &&
            context.file.stages
              .slice(0, index)
              .some((earlier) => earlier.name?.toLowerCase() === stage.name!.toLowerCase()),
        )
        .map((stage) => ({ line: stage.from.line, message: `stage name "${stage.name}" is used twice` })),
  },
  {
    id: 'CF057',
    title: 'ENTRYPOINT in shell form',
    severity: 'low',
    rationale:
      'In shell form the app runs under /bin/sh -c and never receives SIGTERM: stops take the full timeout.',
    fix: 'Use the exec form: ENTRYPOINT ["/app", "--flag"].',
    target: 'containerfile',
    kinds: ['app'],
    check: (context) =>
      instructionsOf(context, 'ENTRYPOINT', true)
        .filter((instruction) => !instruction.args.trim().startsWith('['))
        .map((instruction) => ({ line: instruction.line, message: 'ENTRYPOINT is in shell form' })),
  },
  {
    id: 'CF058',
    title: 'Pipeline without pipefail',
    severity: 'low',
    rationale:
      'Without pipefail a failing first command in a pipe is ignored and the build goes on with bad output.',
    fix: 'Start the RUN with set -o pipefail, or set SHELL ["/bin/bash", "-o", "pipefail", "-c"].',
    target: 'containerfile',
    check: (context) => {
      const pipefailShell = context.file.stages.some((stage) =>
        stage.instructions.some(
          (instruction) => instruction.keyword === 'SHELL' && instruction.args.includes('pipefail'),
        ),
      );
      if (pipefailShell) return [];
      return runHits(context, (run) =>
        run.pipelines.some((pipeline) => pipeline.length > 1) && !/pipefail/.test(run.instruction.args)
          ? 'a pipe without pipefail'
          : undefined,
      );
    },
  },
  {
    id: 'CF059',
    title: 'Relative WORKDIR',
    severity: 'info',
    rationale: 'A relative WORKDIR depends on every earlier WORKDIR; an absolute one reads on its own.',
    fix: 'Use an absolute path.',
    target: 'containerfile',
    check: (context) =>
      instructionsOf(context, 'WORKDIR')
        .filter((instruction) => !/^["']?(\/|\$)/.test(instruction.args.trim()))
        .map((instruction) => ({
          line: instruction.line,
          message: `WORKDIR ${instruction.args.trim()} is relative`,
        })),
  },
];
