/**
 * Every lint rule, table-driven: at least one snippet that makes it fire (exact id, line and a key part of the
 * message) and at least one near-miss that must not. A meta-test keeps the table complete: a new rule without
 * a positive case here fails the suite. The policy's say (rules off, severities, digests, exceptions, bans,
 * allowed tags, substitutions) is tested at the end.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, lint, type LintResult } from '../../../src/lint/engine.js';
import { loadPolicy } from '../../../src/policy/load.js';
import { DEFAULT_POLICY, type ImageKind, type Policy } from '../../../src/policy/types.js';
import type { Severity } from '../../../src/report/severity.js';

const TODAY = '2026-11-22';
const D = `sha256:${'a'.repeat(64)}`;
const D2 = `sha256:${'c'.repeat(64)}`;
const PINNED = `FROM docker.io/library/debian:12@${D}`;

/** Containerfile text, one argument per line (so line numbers are the argument positions). */
const cf = (...lines: string[]) => `${lines.join('\n')}\n`;
const policy = (yaml: string) => loadPolicy(`version: 1\n${yaml}`, 'policy.yml');

/** A compose file: line 1 services, 2 web, 3 image (where the service's map starts), then `extra`, from line 4. */
const compose = (extra = '') => `services:\n  web:\n    image: nginx:1\n${extra}`;

/**
 * A Deployment: lines 1-7 up to the pod spec, then `pod` lines, then `containers:` and `- name: app` (line 9
 * with no pod lines), `image: x`, then `container` lines.
 */
const deployment = (pod = '', container = '') =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    'spec:',
    '  template:',
    '    spec:',
  ].join('\n') + `\n${pod}      containers:\n        - name: app\n          image: x\n${container}`;

interface Case {
  rule: string;
  name: string;
  content: string;
  /** Decides the file type; default Containerfile. */
  path?: string;
  /** Default: the rule's own kind if it has one, else os. */
  kind?: ImageKind;
  policy?: Policy;
  /** Positive cases only. */
  line?: number;
  message?: string;
  severity?: Severity;
}

const KIND_OF = new Map(RULES.map((rule) => [rule.id, rule.kinds]));

function run(c: Case, kind?: ImageKind): LintResult {
  return lint([{ path: c.path ?? 'Containerfile', content: c.content }], {
    policy: c.policy ?? DEFAULT_POLICY,
    kind: kind ?? c.kind ?? KIND_OF.get(c.rule)?.[0] ?? 'os',
    today: TODAY,
  });
}

const findingsOf = (c: Case, kind?: ImageKind) =>
  run(c, kind).findings.filter((finding) => finding.ruleId === c.rule);

const allowedPolicy = policy(`images:
  allowed:
    - image: quay.io/fedora/*
    - image: docker.io/library/debian
      tags: ['12*', bookworm]
`);
const bannedPolicy = policy(`images:
  banned:
    - image: docker.io/library/centos
      reason: end of life
    - image: docker.io/library/debian:10
      reason: buster is gone
      since: 2025-01-01
    - image: docker.io/library/ubuntu
      reason: not yet
      since: 2027-01-01
    - digest: ${D2}
      reason: compromised build
`);
const substitutionPolicy = policy(`images:
  substitutions:
    - from: debian:12
      to: debian:12@${D2}
      reason: patched by ops
`);
const labelPolicy = policy('requiredLabels: [org.example.owner, org.opencontainers.image.source]\n');

const POSITIVE: Case[] = [
  // ---- base images ----
  {
    rule: 'CF001',
    name: 'an image not on the allowed list',
    policy: allowedPolicy,
    content: cf('FROM docker.io/library/alpine:3.20'),
    line: 1,
    message: "base docker.io/library/alpine is not on the policy's allowed list",
  },
  {
    rule: 'CF001',
    name: 'a tag the allowed entry does not list',
    policy: allowedPolicy,
    content: cf('# base', 'FROM debian:11'),
    line: 2,
    message: 'tag "11" of docker.io/library/debian is not allowed (allowed: 12*, bookworm)',
  },
  {
    rule: 'CF001',
    name: 'no tag means latest, which is not listed',
    policy: allowedPolicy,
    content: cf('FROM debian'),
    line: 1,
    message: 'tag "latest" of docker.io/library/debian',
  },
  {
    rule: 'CF002',
    name: 'a banned image',
    policy: bannedPolicy,
    content: cf('FROM centos:7'),
    line: 1,
    message: 'base docker.io/library/centos:7 is banned: end of life',
    severity: 'critical',
  },
  {
    rule: 'CF002',
    name: 'a banned tag, ban in force since a past date',
    policy: bannedPolicy,
    content: cf('FROM alpine:3 AS tools', 'FROM debian:10'),
    line: 2,
    message: 'base docker.io/library/debian:10 is banned since 2025-01-01: buster is gone',
  },
  {
    rule: 'CF002',
    name: 'a banned digest',
    policy: bannedPolicy,
    content: cf(`FROM quay.io/org/base:1@${D2}`),
    line: 1,
    message: 'is banned: compromised build',
  },
  {
    rule: 'CF003',
    name: 'a tag without digest',
    content: cf('FROM debian:12'),
    line: 1,
    message: 'base docker.io/library/debian:12 is not pinned by digest',
    severity: 'medium',
  },
  {
    rule: 'CF004',
    name: 'no tag',
    content: cf('FROM debian'),
    line: 1,
    message: 'base docker.io/library/debian uses no tag (latest)',
  },
  {
    rule: 'CF004',
    name: 'the latest tag',
    content: cf('FROM quay.io/fedora/fedora:latest'),
    line: 1,
    message: 'base quay.io/fedora/fedora uses the latest tag',
  },
  {
    rule: 'CF005',
    name: 'a substituted base',
    policy: substitutionPolicy,
    content: cf('ARG X=1', 'FROM debian:12'),
    line: 2,
    message: `use debian:12@${D2} instead of debian:12 (patched by ops)`,
  },
  {
    rule: 'CF005',
    name: 'a substituted base written in full, with another digest',
    policy: substitutionPolicy,
    content: cf(`FROM docker.io/library/debian:12@${D}`),
    line: 1,
    message: `use debian:12@${D2} instead of`,
  },
  {
    rule: 'CF006',
    name: 'an empty path component',
    content: cf('FROM docker.io//library/centos:7'),
    line: 1,
    message: 'base "docker.io//library/centos:7" is not a valid image reference: the name is empty',
  },
  {
    rule: 'CF006',
    name: 'an empty digest',
    content: cf('FROM docker.io/library/centos:7@'),
    line: 1,
    message: 'is not a sha256 or sha512 digest',
  },
  {
    rule: 'CF006',
    name: 'an upper-case name from a build arg',
    content: cf('ARG BASE=Debian:12', 'FROM $BASE'),
    line: 2,
    message: 'base "Debian:12" is not a valid image reference',
  },
  // ---- supply chain ----
  {
    rule: 'CF010',
    name: 'curl | bash',
    content: cf(PINNED, 'RUN curl -fsSL https://example.com/install.sh | bash'),
    line: 2,
    message: '"curl -fsSL https://example.com/install.sh | bash" runs a downloaded script',
  },
  {
    rule: 'CF010',
    name: 'wget | sudo sh after other steps',
    content: cf(PINNED, 'RUN set -e; wget -qO- https://x.example/i | sudo sh -s -- --yes'),
    line: 2,
    message: 'runs a downloaded script',
  },
  {
    rule: 'CF010',
    name: 'curl | tee | python3',
    content: cf(PINNED, 'RUN curl -s https://x.example/get.py | tee /tmp/g.py | python3 -'),
    line: 2,
    message: 'runs a downloaded script',
  },
  {
    rule: 'CF010',
    name: 'bash -c "$(curl ...)"',
    content: cf(PINNED, 'RUN bash -c "$(curl -fsSL https://x.example/i.sh)"'),
    line: 2,
    message: 'a shell runs the output of curl/wget',
  },
  {
    rule: 'CF010',
    name: 'sh <(wget ...) on a continued line',
    content: cf(PINNED, 'RUN true && \\', '    sh <(wget -qO- https://x.example/i.sh)'),
    line: 2,
    message: 'a shell runs the output of curl/wget',
  },
  {
    rule: 'CF011',
    name: 'ADD of a URL',
    content: cf(PINNED, 'ADD https://example.com/app.tar.gz /opt/'),
    line: 2,
    message: 'ADD https://example.com/app.tar.gz /opt/ has no --checksum',
  },
  {
    rule: 'CF012',
    name: 'ENV with a password',
    content: cf(PINNED, 'ENV DB_PASSWORD=hunter2 MODE=prod'),
    line: 2,
    message: 'ENV DB_PASSWORD looks like a secret',
  },
  {
    rule: 'CF012',
    name: 'ENV in the legacy form',
    content: cf(PINNED, 'ENV API_KEY abc123'),
    line: 2,
    message: 'ENV API_KEY looks like a secret',
  },
  {
    rule: 'CF012',
    name: 'ARG with a token name, even without a value',
    content: cf(PINNED, 'ARG GITHUB_TOKEN'),
    line: 2,
    message: 'ARG GITHUB_TOKEN looks like a secret',
  },
  {
    rule: 'CF012',
    name: 'a global ARG is not checked (only stage ARGs), but a stage ARG with a value is',
    content: cf(PINNED, 'ARG aws_secret_access_key="x"'),
    line: 2,
    message: 'ARG aws_secret_access_key looks like a secret',
  },
  {
    rule: 'CF013',
    name: 'an AWS key id in a RUN',
    content: cf(PINNED, 'RUN aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE'),
    line: 2,
    message: 'line contains an AWS access key id',
    severity: 'critical',
  },
  {
    rule: 'CF013',
    name: 'a GitHub token in a comment',
    content: cf(PINNED, '', `# token ghp_${'A1b2'.repeat(9)}`),
    line: 3,
    message: 'line contains a GitHub token',
  },
  {
    rule: 'CF013',
    name: 'a private key in a heredoc',
    content: cf(PINNED, 'RUN <<EOF', 'cat > /k <<KEY', '-----BEGIN RSA PRIVATE KEY-----', 'KEY', 'EOF'),
    line: 4,
    message: 'line contains a private key',
  },
  {
    rule: 'CF014',
    name: 'curl -k',
    content: cf(PINNED, 'RUN curl -k -o /tmp/f https://example.com/f'),
    line: 2,
    message: 'curl --insecure disables verification',
  },
  {
    rule: 'CF014',
    name: 'wget --no-check-certificate',
    content: cf(PINNED, 'RUN wget --no-check-certificate https://example.com/f'),
    line: 2,
    message: 'wget --no-check-certificate disables verification',
  },
  {
    rule: 'CF014',
    name: 'dnf --nogpgcheck',
    content: cf(PINNED, 'RUN dnf install -y --nogpgcheck foo && dnf clean all'),
    line: 2,
    message: 'package signature checks turned off disables verification',
  },
  {
    rule: 'CF014',
    name: 'apt trusted=yes',
    content: cf(
      PINNED,
      'RUN echo "deb [trusted=yes] http://repo.example/ ./" > /etc/apt/sources.list.d/x.list',
    ),
    line: 2,
    message: 'an apt source marked trusted=yes',
  },
  {
    rule: 'CF014',
    name: 'pip --trusted-host',
    content: cf(PINNED, 'RUN pip install --no-cache-dir --trusted-host pypi.example x'),
    line: 2,
    message: 'pip --trusted-host',
  },
  {
    rule: 'CF014',
    name: 'git sslVerify false',
    content: cf(PINNED, 'RUN git config --global http.sslVerify false'),
    line: 2,
    message: 'TLS verification turned off',
  },
  {
    rule: 'CF015',
    name: 'curl over http',
    content: cf(PINNED, 'RUN curl -o /f http://example.com/f'),
    line: 2,
    message: 'downloads http://example.com/f over plain HTTP',
  },
  {
    rule: 'CF015',
    name: 'ADD over http',
    content: cf(PINNED, 'ADD --checksum=sha256:00 http://example.com/f.tgz /opt/'),
    line: 2,
    message: 'ADD fetches http://example.com/f.tgz over plain HTTP',
  },
  {
    rule: 'CF016',
    name: 'ADD of a plain file',
    content: cf(PINNED, 'ADD config.yml /etc/app/'),
    line: 2,
    message: 'ADD config.yml /etc/app/ copies plain files',
  },
  // ---- remote access ----
  {
    rule: 'CF020',
    name: 'openssh-server in the final stage',
    content: cf(PINNED, 'RUN apt-get update && apt-get install -y openssh-server=1:9.2*'),
    line: 2,
    message: 'installs openssh-server',
  },
  {
    rule: 'CF020',
    name: 'dropbear through a stage the final stage builds on',
    content: cf('FROM alpine:3 AS base', 'RUN apk add --no-cache dropbear', 'FROM base', 'RUN true'),
    line: 2,
    message: 'installs dropbear',
  },
  {
    rule: 'CF021',
    name: 'telnet and ftp servers',
    content: cf(PINNED, 'RUN dnf install -y telnet-server vsftpd.x86_64 && dnf clean all'),
    line: 2,
    message: 'installs telnet-server, vsftpd',
  },
  {
    rule: 'CF022',
    name: 'systemctl enable sshd',
    content: cf(PINNED, 'RUN systemctl enable sshd.service'),
    line: 2,
    message: 'enables an SSH service',
  },
  {
    rule: 'CF022',
    name: 'PermitRootLogin yes',
    content: cf(PINNED, "RUN echo 'PermitRootLogin yes' >> /etc/ssh/sshd_config"),
    line: 2,
    message: 'sets PermitRootLogin yes',
  },
  {
    rule: 'CF023',
    name: 'chpasswd',
    content: cf(PINNED, "RUN echo 'root:secret' | chpasswd"),
    line: 2,
    message: '"chpasswd" sets a password',
  },
  {
    rule: 'CF023',
    name: 'useradd -p',
    content: cf(PINNED, 'RUN useradd -m -p "$6$x" ops'),
    line: 2,
    message: 'sets a password',
  },
  {
    rule: 'CF024',
    name: 'apt-get upgrade',
    content: cf(PINNED, 'RUN apt-get update && apt-get upgrade -y'),
    line: 2,
    message: '"apt-get upgrade -y" upgrades whatever is newest today',
  },
  {
    rule: 'CF024',
    name: 'dnf update with no package',
    content: cf(PINNED, 'RUN dnf -y update && dnf clean all'),
    line: 2,
    message: '"dnf -y update" upgrades',
  },
  {
    rule: 'CF025',
    name: 'apt lists left',
    content: cf(PINNED, 'RUN apt-get update && apt-get install -y --no-install-recommends curl'),
    line: 2,
    message: 'leaves the apt lists behind',
  },
  {
    rule: 'CF025',
    name: 'dnf cache left',
    content: cf(PINNED, 'RUN dnf install -y vim'),
    line: 2,
    message: 'leaves the dnf/yum cache behind',
  },
  {
    rule: 'CF025',
    name: 'apk cache left',
    content: cf(PINNED, 'RUN apk add curl'),
    line: 2,
    message: 'leaves the apk cache behind',
  },
  {
    rule: 'CF025',
    name: 'pip cache left',
    content: cf(PINNED, 'RUN python3 -m pip install requests'),
    line: 2,
    message: 'leaves the pip cache behind',
  },
  {
    rule: 'CF025',
    name: 'two caches in one RUN',
    content: cf(PINNED, 'RUN apt-get install -y --no-install-recommends python3-pip && pip install x'),
    line: 2,
    message: 'leaves the apt lists and pip cache behind',
  },
  {
    rule: 'CF026',
    name: 'apt-get install without --no-install-recommends',
    content: cf(PINNED, 'RUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*'),
    line: 2,
    message: '"apt-get install -y curl" installs recommended packages',
    severity: 'info',
  },
  {
    rule: 'CF027',
    name: 'apt-get install without -y',
    content: cf(PINNED, 'RUN apt-get install --no-install-recommends curl'),
    line: 2,
    message: '"apt-get install --no-install-recommends curl" will wait for an answer',
  },
  {
    rule: 'CF027',
    name: 'yum upgrade without -y',
    content: cf(PINNED, 'RUN yum upgrade'),
    line: 2,
    message: 'will wait for an answer',
  },
  {
    rule: 'CF030',
    name: 'setenforce 0',
    content: cf(PINNED, 'RUN setenforce 0 || true'),
    line: 2,
    message: '"setenforce 0" turns SELinux off',
  },
  {
    rule: 'CF030',
    name: 'SELINUX=disabled in a sed',
    content: cf(PINNED, "RUN sed -i 's/^SELINUX=.*/SELINUX=disabled/' /etc/selinux/config"),
    line: 2,
    message: '"SELINUX=disabled" turns SELinux off',
  },
  {
    rule: 'CF031',
    name: 'systemctl mask apparmor',
    content: cf(PINNED, 'RUN systemctl mask apparmor'),
    line: 2,
    message: '"systemctl mask apparmor" turns AppArmor off',
  },
  {
    rule: 'CF031',
    name: 'apparmor=0 on the kernel command line',
    content: cf(PINNED, 'RUN echo "kargs = [\\"apparmor=0\\"]" > /usr/lib/bootc/kargs.d/10.toml'),
    line: 2,
    message: '"apparmor=0" turns AppArmor off',
  },
  {
    rule: 'CF032',
    name: 'chmod 777',
    content: cf(PINNED, 'RUN chmod 777 /srv'),
    line: 2,
    message: '"chmod 777 /srv" makes a path world-writable',
  },
  {
    rule: 'CF032',
    name: 'chmod -R o+w',
    content: cf(PINNED, 'RUN mkdir /data && chmod -R o+w /data'),
    line: 2,
    message: '"chmod -R o+w /data" makes a path world-writable',
  },
  {
    rule: 'CF032',
    name: 'chmod 2777 (setgid, no sticky bit)',
    content: cf(PINNED, 'RUN chmod 2777 /shared'),
    line: 2,
    message: 'world-writable',
  },
  {
    rule: 'CF032',
    name: 'COPY --chmod=666',
    content: cf(PINNED, 'COPY --chmod=666 app.conf /etc/app.conf'),
    line: 2,
    message: '--chmod=666 makes files world-writable',
  },
  {
    rule: 'CF033',
    name: 'chmod 4755',
    content: cf(PINNED, 'RUN chmod 4755 /usr/bin/tool'),
    line: 2,
    message: '"chmod 4755 /usr/bin/tool" sets a setuid/setgid bit',
  },
  {
    rule: 'CF033',
    name: 'chmod u+s',
    content: cf(PINNED, 'RUN chmod u+s /usr/bin/tool'),
    line: 2,
    message: 'sets a setuid/setgid bit',
  },
  // ---- app images ----
  {
    rule: 'CF034',
    name: 'no USER at all (reported on the final FROM)',
    content: cf(
      'FROM golang:1.23 AS build',
      'USER 1000',
      `FROM gcr.io/distroless/static@${D}`,
      'COPY --from=build /a /a',
    ),
    line: 3,
    message: 'no USER: the app runs as root',
  },
  {
    rule: 'CF034',
    name: 'USER root last',
    content: cf(PINNED, 'USER 1000', 'RUN true', 'USER root'),
    line: 4,
    message: 'USER root is root',
  },
  {
    rule: 'CF034',
    name: 'USER 0:0',
    content: cf(PINNED, 'USER 0:0'),
    line: 2,
    message: 'USER 0:0 is root',
  },
  {
    rule: 'CF035',
    name: 'sudo installed',
    content: cf(
      PINNED,
      'RUN apt-get install -y --no-install-recommends sudo && rm -rf /var/lib/apt/lists/*',
      'USER 1000',
    ),
    line: 2,
    message: 'installs sudo',
  },
  {
    rule: 'CF040',
    name: 'COPY into /var/lib',
    content: cf(PINNED, 'COPY app.db /var/lib/app/'),
    line: 2,
    message: 'COPY writes into /var/lib/app/',
  },
  {
    rule: 'CF040',
    name: 'mkdir under /var',
    content: cf(PINNED, 'RUN mkdir -p /var/lib/app'),
    line: 2,
    message: '"mkdir -p /var/lib/app" writes into /var',
  },
  {
    rule: 'CF040',
    name: 'a redirect into /var/log',
    content: cf(PINNED, 'RUN echo hello > /var/log/hello.log'),
    line: 2,
    message: 'writes /var/log/hello.log',
  },
  {
    rule: 'CF040',
    name: 'an attached redirect into /var',
    content: cf(PINNED, 'RUN echo hello >>/var/lib/x'),
    line: 2,
    message: 'writes /var/lib/x',
  },
  {
    rule: 'CF041',
    name: 'apt in the final app image',
    content: cf(
      PINNED,
      'RUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
      'USER 1000',
    ),
    line: 2,
    message: 'the final image keeps apt',
  },
  {
    rule: 'CF042',
    name: 'gcc and make in the final image',
    content: cf(PINNED, 'RUN dnf install -y gcc make && dnf clean all'),
    line: 2,
    message: 'installs gcc, make into the final image',
  },
  {
    rule: 'CF043',
    name: 'CMD in an OS image',
    content: cf(PINNED, 'CMD ["/usr/bin/app"]'),
    line: 2,
    message: 'CMD is not used when the image boots',
  },
  {
    rule: 'CF043',
    name: 'ENTRYPOINT in an OS image',
    content: cf(PINNED, 'ENTRYPOINT ["/usr/bin/app"]'),
    line: 2,
    message: 'ENTRYPOINT is not used when the image boots',
  },
  {
    rule: 'CF044',
    name: 'EXPOSE in an OS image',
    content: cf(PINNED, 'EXPOSE 80'),
    line: 2,
    message: 'EXPOSE has no effect on a booted machine',
  },
  {
    rule: 'CF044',
    name: 'HEALTHCHECK and VOLUME in an OS image',
    content: cf(PINNED, 'VOLUME /data', 'HEALTHCHECK CMD true'),
    line: 3,
    message: 'HEALTHCHECK has no effect',
  },
  {
    rule: 'CF050',
    name: 'a required label missing',
    policy: labelPolicy,
    content: cf('FROM alpine:3 AS b', 'LABEL org.example.owner=x', PINNED, 'LABEL other=1'),
    line: 3,
    message: 'the final image has no org.example.owner label',
  },
  {
    rule: 'CF051',
    name: 'MAINTAINER',
    content: cf(PINNED, 'MAINTAINER someone <a@b.c>'),
    line: 2,
    message: 'MAINTAINER is deprecated',
  },
  {
    rule: 'CF052',
    name: 'cd inside RUN',
    content: cf(PINNED, 'RUN cd /src && make'),
    line: 2,
    message: 'changes directory with cd',
  },
  {
    rule: 'CF053',
    name: 'sudo inside RUN',
    content: cf(PINNED, 'RUN sudo mkdir /x'),
    line: 2,
    message: 'uses sudo',
  },
  {
    rule: 'CF054',
    name: 'two CMDs in one stage',
    content: cf(PINNED, 'CMD ["a"]', 'RUN true', 'CMD ["b"]'),
    line: 2,
    message: 'this CMD is overridden on line 4',
  },
  {
    rule: 'CF054',
    name: 'two ENTRYPOINTs in one stage',
    content: cf(PINNED, 'ENTRYPOINT ["a"]', 'ENTRYPOINT ["b"]'),
    line: 2,
    message: 'this ENTRYPOINT is overridden on line 3',
  },
  {
    rule: 'CF055',
    name: 'a misspelt stage',
    content: cf('FROM golang:1 AS builder', PINNED, 'COPY --from=biulder /out /out'),
    line: 3,
    message: 'no earlier stage is named "biulder"',
  },
  {
    rule: 'CF055',
    name: 'a stage index that is not earlier',
    content: cf('FROM golang:1 AS builder', PINNED, 'COPY --from=1 /out /out'),
    line: 3,
    message: 'no earlier stage is named "1"',
  },
  {
    rule: 'CF055',
    name: 'a stage defined only later',
    content: cf(PINNED, 'COPY --from=later /out /out', 'FROM alpine:3 AS later'),
    line: 2,
    message: '"later"',
  },
  {
    rule: 'CF056',
    name: 'a duplicate stage name (case-insensitive)',
    content: cf('FROM golang:1 AS build', 'FROM alpine:3 AS Build', PINNED),
    line: 2,
    message: 'stage name "Build" is used twice',
  },
  {
    rule: 'CF057',
    name: 'ENTRYPOINT in shell form',
    content: cf(PINNED, 'USER 1000', 'ENTRYPOINT /usr/bin/app --serve'),
    line: 3,
    message: 'ENTRYPOINT is in shell form',
  },
  {
    rule: 'CF058',
    name: 'a pipe without pipefail',
    content: cf(PINNED, 'RUN curl -fsSL https://x.example/a.tgz | tar -xz -C /opt'),
    line: 2,
    message: 'a pipe without pipefail',
  },
  {
    rule: 'CF059',
    name: 'a relative WORKDIR',
    content: cf(PINNED, 'WORKDIR app'),
    line: 2,
    message: 'WORKDIR app is relative',
    severity: 'info',
  },
  // ---- compose ----
  {
    rule: 'DC001',
    name: 'no read_only (reported on the service body, its first key)',
    path: 'compose.yml',
    content: compose(),
    line: 3,
    message: 'service web is not read_only: true',
  },
  {
    rule: 'DC001',
    name: 'read_only: false (reported on the key)',
    path: 'deploy/docker-compose.yaml',
    content: compose('    read_only: false\n'),
    line: 4,
    message: 'service web is not read_only: true',
  },
  {
    rule: 'DC002',
    name: 'a writable bind mount',
    path: 'compose.yml',
    content: compose('    volumes:\n      - ./config:/etc/web:ro\n      - ./data:/data\n'),
    line: 6,
    message: 'service web mounts ./data:/data writable',
  },
  {
    rule: 'DC002',
    name: 'an anonymous volume',
    path: 'compose.yml',
    content: compose('    volumes:\n      - /data\n'),
    line: 5,
    message: 'service web mounts anonymous volume /data writable',
  },
  {
    rule: 'DC002',
    name: 'a long-syntax volume',
    path: 'compose.yml',
    content: compose(
      '    volumes:\n      - type: volume\n        source: data\n        target: /var/lib/data\n',
    ),
    line: 5,
    message: 'mounts data:/var/lib/data writable',
  },
  {
    rule: 'DC002',
    name: 'an explicit :rw mode',
    path: 'compose.yml',
    content: compose('    volumes: ["./a:/a:rw,z"]\n'),
    line: 4,
    message: 'mounts ./a:/a:rw,z writable',
  },
  {
    rule: 'DC003',
    name: 'privileged',
    path: 'compose.yml',
    content: compose('    privileged: true\n'),
    line: 4,
    message: 'service web is privileged',
    severity: 'critical',
  },
  {
    rule: 'DC004',
    name: 'SYS_ADMIN among harmless capabilities',
    path: 'compose.yml',
    content: compose('    cap_add: [NET_BIND_SERVICE, SYS_ADMIN, CAP_NET_ADMIN]\n'),
    line: 4,
    message: 'service web adds SYS_ADMIN, CAP_NET_ADMIN',
  },
  {
    rule: 'DC005',
    name: 'no security_opt',
    path: 'compose.yml',
    content: compose(),
    line: 3,
    message: 'service web lacks no-new-privileges',
  },
  {
    rule: 'DC005',
    name: 'no-new-privileges:false',
    path: 'compose.yml',
    content: compose('    security_opt: ["no-new-privileges:false"]\n'),
    line: 3,
    message: 'lacks no-new-privileges',
  },
  {
    rule: 'DC006',
    name: 'pid: host',
    path: 'compose.yml',
    content: compose('    read_only: true\n    pid: host\n'),
    line: 5,
    message: 'service web uses pid: host',
  },
  {
    rule: 'DC006',
    name: 'network_mode: host',
    path: 'compose.yml',
    content: compose('    network_mode: host\n'),
    line: 4,
    message: 'service web uses network_mode: host',
  },
  // ---- kubernetes ----
  {
    rule: 'KS001',
    name: 'no readOnlyRootFilesystem',
    path: 'k8s.yml',
    content: deployment(),
    line: 9,
    message: 'Deployment/web container app has a writable root filesystem',
  },
  {
    rule: 'KS002',
    name: 'a writable PVC mount',
    path: 'k8s.yml',
    content: deployment(
      '      volumes:\n        - name: data\n          persistentVolumeClaim:\n            claimName: d\n',
      '          volumeMounts:\n            - name: data\n              mountPath: /data\n',
    ),
    line: 16,
    message: 'Deployment/web container app mounts data (persistentVolumeClaim) writable',
  },
  {
    rule: 'KS002',
    name: 'a mount of an undeclared volume',
    path: 'k8s.yml',
    content: deployment(
      '',
      '          volumeMounts:\n            - name: ghost\n              mountPath: /g\n',
    ),
    line: 12,
    message: 'mounts ghost (undeclared) writable',
  },
  {
    rule: 'KS003',
    name: 'no allowPrivilegeEscalation: false',
    path: 'k8s.yml',
    content: deployment(),
    line: 9,
    message: 'Deployment/web container app allows privilege escalation',
  },
  {
    rule: 'KS004',
    name: 'no runAsNonRoot',
    path: 'k8s.yml',
    content: deployment(),
    line: 9,
    message: 'Deployment/web container app may run as root',
  },
  {
    rule: 'KS004',
    name: 'runAsNonRoot with runAsUser 0',
    path: 'k8s.yml',
    content: deployment('      securityContext:\n        runAsNonRoot: true\n        runAsUser: 0\n'),
    line: 12,
    message: 'may run as root',
  },
  {
    rule: 'KS005',
    name: 'privileged container (reported on the key)',
    path: 'k8s.yml',
    content: deployment('', '          securityContext:\n            privileged: true\n'),
    line: 12,
    message: 'Deployment/web container app is privileged',
    severity: 'critical',
  },
  {
    rule: 'KS006',
    name: 'hostPath volume',
    path: 'k8s.yml',
    content: deployment('      volumes:\n        - name: host\n          hostPath:\n            path: /\n'),
    line: 9,
    message: 'Deployment/web mounts hostPath volume host',
  },
  {
    rule: 'KS007',
    name: 'hostNetwork',
    path: 'k8s.yml',
    content: deployment('      hostNetwork: true\n      hostPID: false\n'),
    line: 8,
    message: 'Deployment/web sets hostNetwork: true',
  },
];

const NEGATIVE: Case[] = [
  { rule: 'CF006', name: 'a valid reference', content: cf(`FROM quay.io/fedora/fedora-bootc:42@${D}`) },
  { rule: 'CF006', name: 'scratch', content: cf('FROM scratch', 'COPY a /a') },
  { rule: 'CF006', name: 'an earlier stage', content: cf('FROM debian:12 AS base', 'FROM base') },
  { rule: 'CF001', name: 'no allowed list', content: cf('FROM docker.io/library/alpine:3.20') },
  {
    rule: 'CF001',
    name: 'an image matched by a glob',
    policy: allowedPolicy,
    content: cf('FROM quay.io/fedora/fedora-bootc:41'),
  },
  {
    rule: 'CF001',
    name: 'a tag matched by a tag glob',
    policy: allowedPolicy,
    content: cf('FROM debian:12.7-slim'),
  },
  { rule: 'CF001', name: 'scratch', policy: allowedPolicy, content: cf('FROM scratch', 'COPY a /a') },
  {
    rule: 'CF001',
    name: 'a FROM naming an earlier stage',
    policy: allowedPolicy,
    content: cf('FROM debian:12 AS base', 'FROM base'),
  },
  {
    rule: 'CF002',
    name: 'a ban that starts in the future',
    policy: bannedPolicy,
    content: cf('FROM ubuntu:24.04'),
  },
  { rule: 'CF002', name: 'another tag of a tag ban', policy: bannedPolicy, content: cf('FROM debian:12') },
  {
    rule: 'CF002',
    name: 'another digest of a digest ban',
    policy: bannedPolicy,
    content: cf(`FROM quay.io/org/base:1@${D}`),
  },
  { rule: 'CF003', name: 'a digest', content: cf(`FROM debian:12@${D}`) },
  { rule: 'CF003', name: 'scratch', content: cf('FROM scratch') },
  { rule: 'CF003', name: 'an earlier stage', content: cf(`FROM debian:12@${D} AS a`, 'FROM a') },
  { rule: 'CF004', name: 'a version tag', content: cf('FROM debian:12') },
  { rule: 'CF004', name: 'a digest without tag', content: cf(`FROM debian@${D}`) },
  {
    rule: 'CF005',
    name: 'the substitution already applied',
    policy: substitutionPolicy,
    content: cf(`FROM debian:12@${D2}`),
  },
  { rule: 'CF005', name: 'another tag', policy: substitutionPolicy, content: cf('FROM debian:11') },
  {
    rule: 'CF010',
    name: 'download, verify, then run',
    content: cf(PINNED, 'RUN curl -o f https://x.example/i.sh && sha256sum -c f.sha256 && sh f'),
  },
  {
    rule: 'CF010',
    name: 'curl piped into gpg',
    content: cf(PINNED, 'RUN curl -fsSL https://x/key | gpg --dearmor -o /k.gpg'),
  },
  {
    rule: 'CF010',
    name: 'curl || sh',
    content: cf(PINNED, 'RUN curl -fsSL https://x/health || sh -c "exit 0"'),
  },
  {
    rule: 'CF010',
    name: 'a shell in another stage of the pipeline list',
    content: cf(PINNED, 'RUN echo hi | sh'),
  },
  {
    rule: 'CF011',
    name: 'ADD --checksum',
    content: cf(PINNED, `ADD --checksum=${D} https://example.com/a.tgz /opt/`),
  },
  { rule: 'CF011', name: 'ADD of a local archive', content: cf(PINNED, 'ADD rootfs.tar.gz /') },
  { rule: 'CF011', name: 'a URL as the destination only', content: cf(PINNED, 'ADD a.tgz https://x/') },
  { rule: 'CF012', name: 'harmless ENV', content: cf(PINNED, 'ENV PATH=/usr/local/bin:$PATH MODE=prod') },
  {
    rule: 'CF012',
    name: 'an ENV secret name with an empty value',
    content: cf(PINNED, 'ENV DB_PASSWORD=""'),
  },
  { rule: 'CF012', name: 'a LABEL with a secret-like name', content: cf(PINNED, 'LABEL token.issuer=ops') },
  { rule: 'CF013', name: 'no credential', content: cf(PINNED, 'ENV AWS_REGION=eu-west-1 KEY_ID=AKIA1234') },
  { rule: 'CF013', name: 'a public key', content: cf(PINNED, 'RUN echo "-----BEGIN PUBLIC KEY-----" > /k') },
  {
    rule: 'CF014',
    name: 'curl with a CA file',
    content: cf(PINNED, 'RUN curl --cacert /etc/ca.pem -o /f https://x/f'),
  },
  {
    rule: 'CF014',
    name: 'gpgcheck=1',
    content: cf(PINNED, 'RUN echo gpgcheck=1 >> /etc/yum.repos.d/x.repo'),
  },
  { rule: 'CF015', name: 'https', content: cf(PINNED, 'RUN curl -o /f https://example.com/f') },
  { rule: 'CF015', name: 'http to localhost', content: cf(PINNED, 'RUN curl http://localhost:8080/health') },
  { rule: 'CF015', name: 'http to 127.x', content: cf(PINNED, 'RUN wget http://127.0.0.1:8000/f') },
  {
    rule: 'CF015',
    name: 'an http URL not fetched',
    content: cf(PINNED, 'RUN echo http://example.com > /etc/motd'),
  },
  { rule: 'CF016', name: 'ADD of an archive', content: cf(PINNED, 'ADD app.tar.xz /opt/') },
  { rule: 'CF016', name: 'COPY of a plain file', content: cf(PINNED, 'COPY config.yml /etc/app/') },
  { rule: 'CF016', name: 'ADD of a URL', content: cf(PINNED, `ADD --checksum=${D} https://x/f /f`) },
  {
    rule: 'CF016',
    name: 'ADD of a git repository',
    content: cf(PINNED, 'ADD git@github.com:org/repo.git /src'),
  },
  { rule: 'CF020', name: 'the SSH client', content: cf(PINNED, 'RUN apt-get install -y openssh-client') },
  {
    rule: 'CF020',
    name: 'an SSH server in a builder stage only',
    content: cf('FROM debian:12 AS build', 'RUN apt-get install -y openssh-server', PINNED),
  },
  {
    rule: 'CF020',
    name: 'removing the SSH server',
    content: cf(PINNED, 'RUN apt-get purge -y openssh-server'),
  },
  { rule: 'CF021', name: 'curl', content: cf(PINNED, 'RUN dnf install -y curl') },
  { rule: 'CF022', name: 'disabling sshd', content: cf(PINNED, 'RUN systemctl disable sshd') },
  {
    rule: 'CF022',
    name: 'PermitRootLogin no',
    content: cf(PINNED, "RUN echo 'PermitRootLogin no' >> /etc/ssh/sshd_config"),
  },
  { rule: 'CF023', name: 'locking an account', content: cf(PINNED, 'RUN passwd -l root') },
  { rule: 'CF023', name: 'useradd without a password', content: cf(PINNED, 'RUN useradd -m -u 1000 app') },
  { rule: 'CF024', name: 'apt-get update alone', content: cf(PINNED, 'RUN apt-get update') },
  { rule: 'CF024', name: 'dnf update of named packages', content: cf(PINNED, 'RUN dnf update -y openssl') },
  {
    rule: 'CF025',
    name: 'apt lists removed',
    content: cf(PINNED, 'RUN apt-get install -y --no-install-recommends x && rm -rf /var/lib/apt/lists/*'),
  },
  { rule: 'CF025', name: 'dnf clean all', content: cf(PINNED, 'RUN dnf install -y vim && dnf clean all') },
  {
    rule: 'CF025',
    name: 'yum cache removed',
    content: cf(PINNED, 'RUN yum install -y vim && rm -rf /var/cache/yum'),
  },
  { rule: 'CF025', name: 'apk --no-cache', content: cf(PINNED, 'RUN apk add --no-cache curl') },
  {
    rule: 'CF025',
    name: 'pip --no-cache-dir',
    content: cf(PINNED, 'RUN pip3 install --no-cache-dir requests'),
  },
  {
    rule: 'CF025',
    name: 'a cache mount',
    content: cf(
      PINNED,
      'RUN --mount=type=cache,target=/var/cache/apt apt-get install -y --no-install-recommends curl',
    ),
  },
  {
    rule: 'CF025',
    name: 'no install at all',
    content: cf(PINNED, 'RUN apt-get update && apt-get upgrade -y'),
  },
  {
    rule: 'CF026',
    name: '--no-install-recommends',
    content: cf(PINNED, 'RUN apt-get install -y --no-install-recommends curl'),
  },
  { rule: 'CF026', name: 'dnf install', content: cf(PINNED, 'RUN dnf install -y curl') },
  { rule: 'CF027', name: '-y', content: cf(PINNED, 'RUN apt-get install -y curl') },
  { rule: 'CF027', name: '-qy', content: cf(PINNED, 'RUN apt-get -qy install curl') },
  { rule: 'CF027', name: '--assume-yes', content: cf(PINNED, 'RUN dnf install --assume-yes curl') },
  { rule: 'CF027', name: 'microdnf never asks', content: cf(PINNED, 'RUN microdnf install curl') },
  { rule: 'CF027', name: 'apk never asks', content: cf(PINNED, 'RUN apk add --no-cache curl') },
  {
    rule: 'CF030',
    name: 'SELinux enforcing',
    content: cf(PINNED, "RUN sed -i 's/^SELINUX=.*/SELINUX=enforcing/' /x"),
  },
  { rule: 'CF031', name: 'enabling AppArmor', content: cf(PINNED, 'RUN systemctl enable apparmor') },
  { rule: 'CF032', name: 'sticky /tmp', content: cf(PINNED, 'RUN chmod 1777 /tmp') },
  {
    rule: 'CF032',
    name: '755',
    content: cf(PINNED, 'RUN chmod 0755 /srv && chmod u+w /srv && chmod g+w /srv'),
  },
  { rule: 'CF032', name: 'COPY --chmod=644', content: cf(PINNED, 'COPY --chmod=644 a /a') },
  { rule: 'CF032', name: '777 mentioned but not chmod', content: cf(PINNED, 'RUN echo 777 /srv') },
  {
    rule: 'CF033',
    name: 'plain modes',
    content: cf(PINNED, 'RUN chmod 0755 /usr/bin/tool && chmod 1777 /tmp'),
  },
  { rule: 'CF034', name: 'USER 1000', content: cf(PINNED, 'USER 1000') },
  { rule: 'CF034', name: 'USER app:app', content: cf(PINNED, 'USER root', 'RUN true', 'USER app:app') },
  {
    rule: 'CF034',
    name: 'a USER inherited from the stage the final one builds on',
    content: cf(`${PINNED} AS base`, 'USER 1000', 'FROM base', 'RUN true'),
  },
  {
    rule: 'CF035',
    name: 'sudo in a builder stage',
    content: cf('FROM debian:12 AS b', 'RUN apt-get install -y sudo', PINNED, 'USER 1000'),
  },
  { rule: 'CF035', name: 'sudo removed', content: cf(PINNED, 'RUN apt-get remove -y sudo') },
  {
    rule: 'CF040',
    name: 'under /usr',
    content: cf(PINNED, 'COPY a /usr/lib/app/', 'RUN mkdir -p /usr/share/app'),
  },
  {
    rule: 'CF040',
    name: '/var/tmp and /var/cache',
    content: cf(PINNED, 'RUN mkdir -p /var/tmp/x /var/cache/x', 'COPY a /var/tmp/a'),
  },
  {
    rule: 'CF040',
    name: '/var in a builder stage',
    content: cf('FROM debian:12 AS b', 'RUN mkdir -p /var/lib/x', PINNED),
  },
  {
    rule: 'CF040',
    name: 'reading from /var',
    content: cf(PINNED, 'RUN cat /var/lib/dpkg/status > /usr/share/pkgs'),
  },
  {
    rule: 'CF041',
    name: 'a distroless final stage',
    content: cf(
      'FROM debian:12 AS b',
      'RUN apt-get install -y gcc',
      `FROM gcr.io/distroless/static-debian12@${D}`,
    ),
  },
  {
    rule: 'CF041',
    name: 'only pip installs',
    content: cf(PINNED, 'RUN pip install --no-cache-dir x', 'USER 1000'),
  },
  {
    rule: 'CF042',
    name: 'compilers in a builder stage only',
    content: cf('FROM debian:12 AS b', 'RUN apt-get install -y gcc make', PINNED, 'COPY --from=b /out /out'),
  },
  {
    rule: 'CF042',
    name: 'gcc-libs is not gcc',
    content: cf(PINNED, 'RUN dnf install -y libgcc && dnf clean all'),
  },
  { rule: 'CF043', name: 'CMD /sbin/init', content: cf(PINNED, 'CMD ["/sbin/init"]') },
  { rule: 'CF043', name: 'CMD in a builder stage', content: cf('FROM alpine:3 AS b', 'CMD ["x"]', PINNED) },
  {
    rule: 'CF044',
    name: 'EXPOSE in a builder stage',
    content: cf('FROM alpine:3 AS b', 'EXPOSE 80', PINNED),
  },
  { rule: 'CF050', name: 'no required labels', content: cf(PINNED) },
  {
    rule: 'CF050',
    name: 'labels present (one automatic), quoted',
    policy: labelPolicy,
    content: cf(PINNED, 'LABEL "org.example.owner"="team a" version=1'),
  },
  {
    rule: 'CF050',
    name: 'label in the stage the final one builds on',
    policy: labelPolicy,
    content: cf(`${PINNED} AS base`, 'LABEL org.example.owner=x', 'FROM base'),
  },
  {
    rule: 'CF051',
    name: 'the authors label',
    content: cf(PINNED, 'LABEL org.opencontainers.image.authors="a"'),
  },
  { rule: 'CF052', name: 'WORKDIR', content: cf(PINNED, 'WORKDIR /src', 'RUN make && echo cd') },
  { rule: 'CF053', name: 'sudo as a word', content: cf(PINNED, 'RUN echo sudo && apt-get remove -y sudo') },
  {
    rule: 'CF054',
    name: 'one CMD per stage',
    content: cf('FROM alpine:3 AS b', 'CMD ["a"]', PINNED, 'CMD ["b"]'),
  },
  {
    rule: 'CF055',
    name: 'a stage in another case, an index and an image',
    content: cf(
      'FROM golang:1 AS Builder',
      PINNED,
      'COPY --from=builder /a /a',
      'COPY --from=0 /b /b',
      'COPY --from=docker.io/library/busybox:1 /bin/busybox /bin/',
      'COPY --from=$STAGE /c /c',
    ),
  },
  {
    rule: 'CF056',
    name: 'distinct names',
    content: cf('FROM golang:1 AS build', 'FROM alpine:3 AS test', PINNED),
  },
  { rule: 'CF057', name: 'exec form', content: cf(PINNED, 'USER 1000', 'ENTRYPOINT ["/usr/bin/app"]') },
  {
    rule: 'CF057',
    name: 'shell form in a builder stage',
    content: cf('FROM alpine:3 AS b', 'ENTRYPOINT x', PINNED),
  },
  {
    rule: 'CF058',
    name: 'set -o pipefail',
    content: cf(PINNED, 'RUN set -eo pipefail; curl -fsSL https://x | tar -xz'),
  },
  {
    rule: 'CF058',
    name: 'a pipefail SHELL',
    content: cf(PINNED, 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'RUN a | b'),
  },
  { rule: 'CF058', name: '|| is not a pipe', content: cf(PINNED, 'RUN a || b') },
  { rule: 'CF058', name: 'a quoted pipe', content: cf(PINNED, "RUN grep 'a|b' /etc/x") },
  {
    rule: 'CF059',
    name: 'absolute WORKDIR',
    content: cf(PINNED, 'WORKDIR /app', 'WORKDIR "/srv"', 'WORKDIR $HOME/x'),
  },
  { rule: 'DC001', name: 'read_only: true', path: 'compose.yml', content: compose('    read_only: true\n') },
  {
    rule: 'DC002',
    name: 'read-only and tmpfs mounts',
    path: 'compose.yml',
    content: compose(
      '    volumes:\n      - ./c:/etc/c:ro\n      - ./d:/d:z,ro\n      - type: tmpfs\n        target: /tmp\n      - type: bind\n        source: ./x\n        target: /x\n        read_only: true\n',
    ),
  },
  {
    rule: 'DC003',
    name: 'privileged: false',
    path: 'compose.yml',
    content: compose('    privileged: false\n'),
  },
  {
    rule: 'DC004',
    name: 'a narrow capability',
    path: 'compose.yml',
    content: compose('    cap_add: [NET_BIND_SERVICE]\n'),
  },
  {
    rule: 'DC005',
    name: 'no-new-privileges',
    path: 'compose.yml',
    content: compose('    security_opt:\n      - label:disable\n      - no-new-privileges:true\n'),
  },
  {
    rule: 'DC005',
    name: 'the bare form',
    path: 'compose.yml',
    content: compose('    security_opt: [no-new-privileges]\n'),
  },
  {
    rule: 'DC006',
    name: 'bridge network and private pid',
    path: 'compose.yml',
    content: compose('    network_mode: bridge\n    ipc: private\n'),
  },
  {
    rule: 'KS001',
    name: 'readOnlyRootFilesystem',
    path: 'k8s.yml',
    content: deployment('', '          securityContext:\n            readOnlyRootFilesystem: true\n'),
  },
  {
    rule: 'KS002',
    name: 'emptyDir, configMap and read-only mounts',
    path: 'k8s.yml',
    content: deployment(
      '      volumes:\n        - name: scratch\n          emptyDir: {}\n        - name: cfg\n          configMap:\n            name: c\n        - name: data\n          persistentVolumeClaim:\n            claimName: d\n',
      '          volumeMounts:\n            - name: scratch\n              mountPath: /tmp\n            - name: cfg\n              mountPath: /etc/c\n            - name: data\n              mountPath: /data\n              readOnly: true\n',
    ),
  },
  {
    rule: 'KS003',
    name: 'allowPrivilegeEscalation: false',
    path: 'k8s.yml',
    content: deployment('', '          securityContext:\n            allowPrivilegeEscalation: false\n'),
  },
  {
    rule: 'KS004',
    name: 'runAsNonRoot on the pod, a user on the container',
    path: 'k8s.yml',
    content: deployment(
      '      securityContext:\n        runAsNonRoot: true\n',
      '          securityContext:\n            runAsUser: 1000\n',
    ),
  },
  {
    rule: 'KS005',
    name: 'privileged: false',
    path: 'k8s.yml',
    content: deployment('', '          securityContext:\n            privileged: false\n'),
  },
  {
    rule: 'KS006',
    name: 'an emptyDir volume',
    path: 'k8s.yml',
    content: deployment('      volumes:\n        - name: scratch\n          emptyDir: {}\n'),
  },
  {
    rule: 'KS007',
    name: 'hostNetwork: false',
    path: 'k8s.yml',
    content: deployment('      hostNetwork: false\n      hostPID: false\n      hostIPC: false\n'),
  },
];

describe('every rule', () => {
  it('has a positive case in this table (add one for a new rule)', () => {
    const covered = new Set(POSITIVE.map((c) => c.rule));
    expect(RULES.map((rule) => rule.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('has a negative case in this table (add one for a new rule)', () => {
    const covered = new Set(NEGATIVE.map((c) => c.rule));
    expect(RULES.map((rule) => rule.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('names only rules that exist', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    expect([...POSITIVE, ...NEGATIVE].map((c) => c.rule).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has a unique id, a well-formed id and complete metadata', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^(CF|DC|KS)\d{3}$/);
      expect(rule.target).toBe({ CF: 'containerfile', DC: 'compose', KS: 'kubernetes' }[rule.id.slice(0, 2)]);
      for (const text of [rule.title, rule.rationale, rule.fix])
        expect(text.trim().length).toBeGreaterThan(3);
    }
  });

  it('is documented in docs/lint-rules.md', () => {
    const docs = readFileSync(join(import.meta.dirname, '../../../docs/lint-rules.md'), 'utf8');
    expect(docs).toContain(`${RULES.length} rules.`);
    for (const rule of RULES) {
      expect(docs).toContain(`### ${rule.id}`);
      expect(docs).toContain(rule.title);
    }
  });
});

describe.each(RULES.map((rule) => rule.id))('%s', (id) => {
  const positives = POSITIVE.filter((c) => c.rule === id);
  const negatives = NEGATIVE.filter((c) => c.rule === id);
  const kinds = KIND_OF.get(id);

  it.each(positives.map((c) => [c.name, c] as const))('fires: %s', (_name, c) => {
    const found = findingsOf(c);
    expect(found).toContainEqual(
      expect.objectContaining({
        ruleId: id,
        line: c.line,
        message: expect.stringContaining(c.message!),
        severity: c.severity ?? RULES.find((rule) => rule.id === id)!.severity,
      }),
    );
  });

  it.each(negatives.map((c) => [c.name, c] as const))('does not fire: %s', (_name, c) => {
    expect(findingsOf(c)).toEqual([]);
  });

  if (kinds) {
    const other: ImageKind = kinds.includes('os') ? 'app' : 'os';
    it.each(positives.map((c) => [c.name, c] as const))(
      `does not fire for ${other} images: %s`,
      (_name, c) => {
        expect(findingsOf(c, other)).toEqual([]);
      },
    );
  }
});

describe('findings', () => {
  it('come sorted by line, then rule id, with the file and an endLine for multi-line RUNs', () => {
    const result = lint(
      [
        {
          path: 'os/Containerfile',
          content: cf('FROM debian', 'RUN cd /x && \\', '    chmod 777 /y', 'MAINTAINER me'),
        },
      ],
      { policy: DEFAULT_POLICY, kind: 'os', today: TODAY },
    );
    const summary = result.findings.map(
      (f) => `${f.line}${f.endLine ? `-${f.endLine}` : ''} ${f.ruleId} ${f.file}`,
    );
    expect(summary).toEqual([
      '1 CF003 os/Containerfile',
      '1 CF004 os/Containerfile',
      '2-3 CF032 os/Containerfile',
      '2-3 CF052 os/Containerfile',
      '4 CF051 os/Containerfile',
    ]);
    expect(result.files).toEqual([{ path: 'os/Containerfile', type: 'containerfile', kind: 'os' }]);
  });

  it('have no endLine for a one-line instruction', () => {
    const [finding] = lint([{ path: 'Containerfile', content: cf(PINNED, 'RUN cd /x') }], {
      policy: DEFAULT_POLICY,
      kind: 'os',
      today: TODAY,
    }).findings;
    expect(finding).toEqual({
      ruleId: 'CF052',
      severity: 'info',
      message: 'changes directory with cd',
      file: 'Containerfile',
      line: 2,
    });
  });

  it('of a clean OS Containerfile: none', () => {
    const result = lint(
      [
        {
          path: 'Containerfile',
          content: cf(
            `FROM quay.io/fedora/fedora-bootc:41@${D}`,
            'RUN dnf install -y tmux && dnf clean all',
            'COPY etc/ /etc/',
            'RUN bootc container lint',
          ),
        },
      ],
      { policy: DEFAULT_POLICY, kind: 'auto', today: TODAY },
    );
    expect(result.findings).toEqual([]);
    expect(result.files[0]).toMatchObject({ type: 'containerfile', kind: 'os' });
  });
});

describe('image kind', () => {
  const kindOf = (content: string, policy: Policy = DEFAULT_POLICY, kind: 'auto' | ImageKind = 'auto') =>
    lint([{ path: 'Containerfile', content }], { policy, kind, today: TODAY }).files[0]!.kind;
  const appPolicy = policy('defaultKind: app\n');

  it.each<[string, string, Policy, ImageKind]>([
    ['the policy default (os)', cf(PINNED), DEFAULT_POLICY, 'os'],
    ['the policy default (app)', cf(PINNED), appPolicy, 'app'],
    ['a dev.osimg.kind=app label', cf(PINNED, 'LABEL dev.osimg.kind="app"'), DEFAULT_POLICY, 'app'],
    ['a dev.osimg.kind=os label', cf(PINNED, "LABEL a=b dev.osimg.kind='os'"), appPolicy, 'os'],
    ['a containers.bootc=1 label', cf(PINNED, 'LABEL containers.bootc=1'), appPolicy, 'os'],
    ['a bootc base', cf(`FROM quay.io/fedora/fedora-bootc:41@${D}`), appPolicy, 'os'],
    [
      'a coreos base through a stage',
      cf('FROM quay.io/fedora/fedora-coreos:stable AS b', 'FROM b'),
      appPolicy,
      'os',
    ],
    ['a kernel installed', cf(PINNED, 'RUN apt-get install -y linux-image-amd64 systemd'), appPolicy, 'os'],
    ['kernel-core installed', cf(PINNED, 'RUN dnf install -y kernel-core'), appPolicy, 'os'],
    [
      'a kernel in a builder stage only',
      cf('FROM debian:12 AS b', 'RUN apt-get install -y linux-image-amd64', PINNED),
      appPolicy,
      'app',
    ],
    [
      'a label in a builder stage only',
      cf('FROM debian:12 AS b', 'LABEL dev.osimg.kind=os', PINNED),
      appPolicy,
      'app',
    ],
    [
      'CMD starting a daemon (an app container)',
      cf(PINNED, 'CMD ["/usr/sbin/sshd", "-D"]'),
      DEFAULT_POLICY,
      'app',
    ],
    [
      'ENTRYPOINT starting a server',
      cf(PINNED, 'ENTRYPOINT /usr/bin/server --port 80'),
      DEFAULT_POLICY,
      'app',
    ],
    ['CMD starting systemd', cf(PINNED, 'CMD ["/usr/lib/systemd/systemd"]'), DEFAULT_POLICY, 'os'],
    ['CMD starting /sbin/init', cf(PINNED, 'CMD /sbin/init'), DEFAULT_POLICY, 'os'],
    [
      'a daemon CMD in a builder stage only',
      cf('FROM debian:12 AS b', 'CMD sshd', PINNED),
      DEFAULT_POLICY,
      'os',
    ],
    [
      'a kernel wins over a CMD',
      cf(PINNED, 'RUN apt-get install -y linux-image-amd64', 'CMD ["/usr/sbin/sshd"]'),
      appPolicy,
      'os',
    ],
    [
      'linux-headers is not a kernel',
      cf(PINNED, 'RUN apt-get install -y linux-headers-amd64'),
      appPolicy,
      'app',
    ],
  ])('%s', (_name, content, policyValue, expected) => {
    expect(kindOf(content, policyValue)).toBe(expected);
  });

  it('an explicit kind wins over labels', () => {
    expect(kindOf(cf(PINNED, 'LABEL dev.osimg.kind=app'), DEFAULT_POLICY, 'os')).toBe('os');
  });

  it('manifests are app unless told otherwise', () => {
    const lintKind = (kind: 'auto' | ImageKind) =>
      lint([{ path: 'k8s.yml', content: deployment() }], { policy: DEFAULT_POLICY, kind, today: TODAY });
    expect(lintKind('auto').files[0]).toEqual({ path: 'k8s.yml', type: 'kubernetes', kind: 'app' });
    expect(lintKind('auto').findings.map((f) => f.ruleId)).toContain('KS004');
    expect(lintKind('os').findings.map((f) => f.ruleId)).not.toContain('KS004');
  });
});

describe('policy interplay', () => {
  const lintWith = (
    policyValue: Policy,
    content: string,
    options: { path?: string; repository?: string; today?: string } = {},
  ) =>
    lint([{ path: options.path ?? 'Containerfile', content }], {
      policy: policyValue,
      kind: 'os',
      today: options.today ?? TODAY,
      repository: options.repository,
    });
  const ids = (result: LintResult) => result.findings.map((f) => f.ruleId);
  const aptLine = cf(PINNED, 'RUN apt-get install -y curl');

  it('rules: {CF026: off} disables a rule (and false, and {enabled: false})', () => {
    expect(ids(lintWith(DEFAULT_POLICY, aptLine))).toContain('CF026');
    for (const setting of ['off', 'false', '{enabled: false}']) {
      expect(ids(lintWith(policy(`rules:\n  CF026: ${setting}\n`), aptLine))).not.toContain('CF026');
    }
    expect(ids(lintWith(policy('rules:\n  CF026: on\n'), aptLine))).toContain('CF026');
  });

  it('rules: {CF025: high} changes the severity, other rules keep theirs', () => {
    const findings = lintWith(policy('rules:\n  CF025: high\n'), aptLine).findings;
    expect(findings.find((f) => f.ruleId === 'CF025')?.severity).toBe('high');
    expect(findings.find((f) => f.ruleId === 'CF026')?.severity).toBe('info');
    const object = lintWith(
      policy('rules:\n  CF025: {enabled: true, severity: critical}\n'),
      aptLine,
    ).findings;
    expect(object.find((f) => f.ruleId === 'CF025')?.severity).toBe('critical');
  });

  it('disabling a manifest rule works too', () => {
    const result = lintWith(policy('rules:\n  DC005: off\n  DC001: low\n'), compose(), {
      path: 'compose.yml',
    });
    expect(ids(result)).toEqual(['DC001']);
    expect(result.findings[0]!.severity).toBe('low');
  });

  it('requireDigest raises CF003 to high; a policy severity still wins over that', () => {
    const required = lintWith(policy('images:\n  requireDigest: true\n'), cf('FROM debian:12')).findings;
    expect(required.find((f) => f.ruleId === 'CF003')).toMatchObject({
      severity: 'high',
      message: 'base docker.io/library/debian:12 is not pinned by digest (the policy requires it)',
    });
    const overridden = lintWith(
      policy('images:\n  requireDigest: true\nrules:\n  CF003: low\n'),
      cf('FROM debian:12'),
    );
    expect(overridden.findings.find((f) => f.ruleId === 'CF003')?.severity).toBe('low');
  });

  it("an allowed entry's requireDigest wins over the policy-wide setting, both ways", () => {
    const entryOn = policy(
      'images:\n  allowed:\n    - image: docker.io/library/debian\n      requireDigest: true\n    - image: docker.io/library/alpine\n',
    );
    expect(lintWith(entryOn, cf('FROM debian:12')).findings.find((f) => f.ruleId === 'CF003')?.severity).toBe(
      'high',
    );
    expect(lintWith(entryOn, cf('FROM alpine:3')).findings.find((f) => f.ruleId === 'CF003')?.severity).toBe(
      'medium',
    );
    const entryOff = policy(
      'images:\n  requireDigest: true\n  allowed:\n    - image: docker.io/library/debian\n      requireDigest: false\n',
    );
    expect(
      lintWith(entryOff, cf('FROM debian:12')).findings.find((f) => f.ruleId === 'CF003')?.severity,
    ).toBe('medium');
  });

  describe('exceptions', () => {
    const withException = (extra: string, expires = '2027-01-01') =>
      policy(
        `exceptions:\n  - rule: CF052\n    justification: the legacy build needs it\n    expires: ${expires}\n${extra}`,
      );
    const content = cf(PINNED, 'RUN cd /x');

    it('a matching exception moves the finding to suppressed', () => {
      const policyValue = withException('    path: legacy/**\n');
      const result = lintWith(policyValue, content, { path: 'legacy/app/Containerfile' });
      expect(ids(result)).toEqual([]);
      expect(result.suppressed).toEqual([
        {
          finding: expect.objectContaining({ ruleId: 'CF052', line: 2 }),
          exception: policyValue.exceptions[0],
        },
      ]);
      expect(result.expired).toEqual([]);
    });

    it('an exception for another path does not apply', () => {
      const result = lintWith(withException('    path: legacy/**\n'), content, { path: 'new/Containerfile' });
      expect(ids(result)).toEqual(['CF052']);
      expect(result.suppressed).toEqual([]);
    });

    it('an exception for another rule does not apply', () => {
      const result = lintWith(withException(''), cf('FROM debian:12'));
      expect(ids(result)).toEqual(['CF003']);
    });

    it('a repository-scoped exception applies only in that repository', () => {
      const policyValue = withException('    repository: org/legacy\n');
      expect(ids(lintWith(policyValue, content, { repository: 'org/legacy' }))).toEqual([]);
      expect(ids(lintWith(policyValue, content, { repository: 'org/other' }))).toEqual(['CF052']);
      expect(ids(lintWith(policyValue, content))).toEqual(['CF052']);
    });

    it('an exception that expires today still applies', () => {
      expect(ids(lintWith(withException('', TODAY), content))).toEqual([]);
    });

    it('an expired exception: the finding counts again and is listed as expired', () => {
      const policyValue = withException('', '2026-11-21');
      const result = lintWith(policyValue, content);
      expect(ids(result)).toEqual(['CF052']);
      expect(result.suppressed).toEqual([]);
      expect(result.expired).toEqual([{ finding: result.findings[0], exception: policyValue.exceptions[0] }]);
    });

    it('applies to manifests, matching the path glob', () => {
      const policyValue = policy(
        'exceptions:\n  - rule: DC005\n    path: "**/compose.{yml,yaml}"\n    justification: set by the platform\n    expires: 2030-01-01\n',
      );
      const result = lintWith(policyValue, compose('    read_only: true\n'), {
        path: 'deploy/prod/compose.yaml',
      });
      expect(ids(result)).toEqual([]);
      expect(result.suppressed.map((s) => s.finding.ruleId)).toEqual(['DC005']);
    });
  });

  describe('bans', () => {
    it('a ban with a future since does not apply yet, and applies from that day', () => {
      expect(ids(lintWith(bannedPolicy, cf(`FROM ubuntu:24.04@${D}`)))).toEqual([]);
      expect(ids(lintWith(bannedPolicy, cf(`FROM ubuntu:24.04@${D}`), { today: '2027-01-01' }))).toEqual([
        'CF002',
      ]);
    });

    it('a ban by digest matches whatever the name', () => {
      const result = lintWith(bannedPolicy, cf(`FROM registry.example.com/x/y@${D2}`));
      expect(result.findings).toEqual([
        expect.objectContaining({
          ruleId: 'CF002',
          severity: 'critical',
          message: expect.stringContaining('compromised build'),
        }),
      ]);
    });

    it('a ban by digest and image needs both to match', () => {
      const both = policy(
        `images:\n  banned:\n    - image: docker.io/library/debian\n      digest: ${D2}\n      reason: bad\n`,
      );
      expect(ids(lintWith(both, cf(`FROM debian:12@${D2}`)))).toEqual(['CF002']);
      expect(ids(lintWith(both, cf(`FROM alpine:3@${D2}`)))).toEqual([]);
      expect(ids(lintWith(both, cf(`FROM debian:12@${D}`)))).toEqual([]);
    });

    it('a ban by name glob covers every tag', () => {
      const glob = policy('images:\n  banned:\n    - image: "docker.io/library/cent*"\n      reason: eol\n');
      expect(ids(lintWith(glob, cf(`FROM centos:7@${D}`, 'FROM centos:8 AS x')))).toEqual([
        'CF002',
        'CF002',
        'CF003',
      ]);
    });
  });

  describe('allowed tags', () => {
    it.each([
      ['12', true],
      ['12.7', true],
      ['12-slim', true],
      ['bookworm', true],
      ['bookworm-slim', false],
      ['11', false],
      ['latest', false],
    ])('debian:%s allowed: %s', (tag, allowed) => {
      expect(ids(lintWith(allowedPolicy, cf(`FROM debian:${tag}@${D}`))).includes('CF001')).toBe(!allowed);
    });

    it('an entry without tags allows any tag', () => {
      expect(ids(lintWith(allowedPolicy, cf(`FROM quay.io/fedora/fedora:rawhide@${D}`)))).toEqual([]);
    });
  });

  describe('substitutions', () => {
    it('apply to the short and the full name', () => {
      for (const from of ['debian:12', 'docker.io/library/debian:12', 'index.docker.io/library/debian:12']) {
        expect(ids(lintWith(substitutionPolicy, cf(`FROM ${from}@${D}`)))).toEqual(['CF005']);
      }
    });

    it('already applied: does not fire', () => {
      expect(ids(lintWith(substitutionPolicy, cf(`FROM docker.io/library/debian:12@${D2}`)))).toEqual([]);
    });

    it('a substitution from an untagged name means latest', () => {
      const latest = policy(`images:\n  substitutions:\n    - from: alpine\n      to: alpine:3.20@${D2}\n`);
      expect(ids(lintWith(latest, cf(`FROM alpine@${D}`)))).toEqual(['CF005']);
      expect(ids(lintWith(latest, cf('FROM alpine:latest')))).toEqual(['CF003', 'CF004', 'CF005']);
      expect(ids(lintWith(latest, cf(`FROM alpine:3.20@${D2}`)))).toEqual([]);
    });

    // Regression (fixed): src/policy/images.ts:57 the "already applied" check compares formatReference(to) with the FROM
    // given a default tag of `latest`; a `to` without a tag (`debian@sha256:...`) never equals that, so after
    // `osimg lint --fix` writes `FROM debian@sha256:...` CF005 fires again ("use X instead of X") forever.
    // suggested fix: normalise both sides the same way, e.g. compare formatReference({...to, tag: to.tag ??
    // (to.digest ? undefined : 'latest')}) with formatReference({...ref, tag: ref.tag ?? (ref.digest ? undefined : 'latest')}).
    it('a substitution to an untagged digest is applied once, not forever', () => {
      const untagged = policy(`images:\n  substitutions:\n    - from: debian\n      to: debian@${D2}\n`);
      expect(ids(lintWith(untagged, cf(`FROM debian@${D2}`)))).toEqual([]);
    });
  });

  it('policy lines of several files are reported per file', () => {
    const result = lint(
      [
        { path: 'a/Containerfile', content: cf('FROM debian:12') },
        {
          path: 'b/compose.yml',
          content: compose('    read_only: true\n    security_opt: [no-new-privileges]\n'),
        },
        { path: 'c/notes.yml', content: 'a: 1\n' },
      ],
      { policy: DEFAULT_POLICY, kind: 'auto', today: TODAY },
    );
    expect(result.findings.map((f) => `${f.file}:${f.ruleId}`)).toEqual(['a/Containerfile:CF003']);
    expect(result.files.map((f) => f.type)).toEqual(['containerfile', 'compose', 'skipped']);
  });
});

describe('known bugs (it.fails until fixed in src)', () => {
  const idsOf = (content: string, kind: ImageKind = 'os') =>
    lint([{ path: 'Containerfile', content }], { policy: DEFAULT_POLICY, kind, today: TODAY }).findings.map(
      (f) => f.ruleId,
    );

  // Regression (fixed): src/lint/shell.ts:67 `&` always ends a pipeline, so the redirection `2>&1` splits
  // `curl ... 2>&1 | sh` into `curl ... 2>` and `1 | sh`: the remote script piped into a shell is missed.
  // suggested fix: keep `&` in the word when it follows `>`/`<` or precedes `>` (`2>&1`, `>&2`, `&>file`).
  it('CF010 fires for curl ... 2>&1 | sh', () => {
    expect(idsOf(cf(PINNED, 'RUN curl -fsSL https://x.example/i.sh 2>&1 | sh'))).toContain('CF010');
  });

  // Regression (fixed): src/lint/rules/containerfile.ts:340 `-k` is matched on any command of the RUN, so `gzip -k`,
  // `sort -k 2`, `du -k` are reported as "curl --insecure". suggested fix: test -k/--insecure only on the
  // words of curl commands (FETCHERS), keep the other text patterns as they are.
  it('CF014 does not fire for gzip -k', () => {
    expect(idsOf(cf(PINNED, 'RUN gzip -k /usr/share/doc/app/changelog'))).not.toContain('CF014');
  });

  // Regression (fixed): src/lint/rules/containerfile.ts:455 the usual hardening sed that turns password logins OFF
  // (`s/#PasswordAuthentication yes/PasswordAuthentication no/`) contains "PasswordAuthentication yes" and
  // is reported as enabling it. suggested fix: ignore a match that is the search part of a sed s/// whose
  // replacement says `no`, or only match settings written to a file (echo/printf/tee, heredoc lines).
  it('CF022 does not fire for the sed that disables password logins', () => {
    expect(
      idsOf(
        cf(
          PINNED,
          "RUN sed -i 's/^#\\?PasswordAuthentication yes/PasswordAuthentication no/' /etc/ssh/sshd_config",
        ),
      ),
    ).not.toContain('CF022');
  });

  // Regression (fixed): src/lint/rules/containerfile.ts:120 the symbolic-mode regex only accepts `a`/`o` before `+w`, so
  // `chmod go+w`, `chmod ugo+w` and `chmod uo+rwx` (world-writable) are missed.
  // suggested fix: /(^|,)[ugoa]*[oa][ugoa]*[+=][rwxXst]*w/.
  it('CF032 fires for chmod go+w and ugo+rwx', () => {
    expect(idsOf(cf(PINNED, 'RUN chmod go+w /srv'))).toContain('CF032');
    expect(idsOf(cf(PINNED, 'RUN chmod ugo+rwx /srv'))).toContain('CF032');
  });

  // Regression (fixed): src/lint/rules/containerfile.ts:513 `dnf5 clean all` (dnf5 is in the DNF set in shell.ts) does not
  // match /(dnf|yum|microdnf)\s+clean/, so a cleaned dnf5 install is reported as leaving its cache.
  // suggested fix: /(dnf5?|yum|microdnf|tdnf)\s+clean\s+all/.
  it('CF025 accepts dnf5 clean all', () => {
    expect(idsOf(cf(PINNED, 'RUN dnf5 install -y vim && dnf5 clean all'))).not.toContain('CF025');
  });

  // Regression (fixed): src/lint/rules/containerfile.ts:558 CF027 only looks at apt and dnf although its fix text names
  // `zypper -n`: `zypper install vim` stops at its question in a build and is not reported.
  // suggested fix: also check manager 'zypper' install/upgrade for -n/--non-interactive (a global option
  // before the verb).
  it('CF027 fires for zypper install without -n', () => {
    expect(idsOf(cf(PINNED, 'RUN zypper install vim && zypper clean -a'))).toContain('CF027');
  });

  // Regression (fixed): src/lint/shell.ts:88 program() drops `sudo` but not its options, so `sudo -E apt-get install
  // openssh-server` has program name `-E` and no package operation: CF020/CF025/CF026 are all missed.
  // suggested fix: after sudo (and env), also drop option words (`-E`, `-u user`, `-i`) before the program.
  it('CF020 fires through sudo -E', () => {
    expect(idsOf(cf(PINNED, 'RUN sudo -E apt-get install -y openssh-server'))).toContain('CF020');
  });
});
