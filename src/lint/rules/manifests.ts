/**
 * Read-only deployment rules for docker compose files and Kubernetes manifests: the root filesystem is
 * read-only and the only writable paths are throwaway (tmpfs, emptyDir), as an immutable machine's are.
 */
import type { Hit, ManifestContext, ManifestDocument, ManifestRule } from '../rule.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

// ---- compose ----

function services(
  document: ManifestDocument,
): Array<{ name: string; spec: Json; path: Array<string | number> }> {
  const data = document.data;
  if (!isObject(data) || !isObject(data.services)) return [];
  return Object.entries(data.services)
    .filter(([, spec]) => isObject(spec))
    .map(([name, spec]) => ({ name, spec: spec as Json, path: ['services', name] }));
}

function composeHits(
  context: ManifestContext,
  check: (
    service: { name: string; spec: Json },
    document: ManifestDocument,
    path: Array<string | number>,
  ) => Hit[],
): Hit[] {
  return context.documents.flatMap((document) =>
    services(document).flatMap((service) => check(service, document, service.path)),
  );
}

/** A compose volume entry that a service can write to and that survives the container (not tmpfs). */
function writableVolume(volume: unknown): string | undefined {
  if (typeof volume === 'string') {
    const parts = volume.split(':');
    if (parts.length < 2) return `anonymous volume ${volume}`;
    const mode = parts[2] ?? 'rw';
    return mode.split(',').includes('ro') ? undefined : volume;
  }
  if (isObject(volume)) {
    if (volume.type === 'tmpfs' || volume.read_only === true) return undefined;
    return `${String(volume.source ?? volume.type ?? 'volume')}:${String(volume.target ?? '?')}`;
  }
  return undefined;
}

const DANGEROUS_CAPS = new Set([
  'ALL',
  'SYS_ADMIN',
  'NET_ADMIN',
  'SYS_PTRACE',
  'SYS_MODULE',
  'DAC_READ_SEARCH',
  'SYS_RAWIO',
]);

export const COMPOSE_RULES: ManifestRule[] = [
  {
    id: 'DC001',
    title: 'Compose service without a read-only root filesystem',
    severity: 'high',
    rationale:
      'A writable root lets the running service change itself; immutable deployments replace, never patch.',
    fix: 'Set read_only: true and give writable paths as tmpfs.',
    target: 'compose',
    check: (context) =>
      composeHits(context, ({ name, spec }, document, path) =>
        spec.read_only === true
          ? []
          : [
              {
                line: document.lineOf(spec.read_only === undefined ? path : [...path, 'read_only']),
                message: `service ${name} is not read_only: true`,
              },
            ],
      ),
  },
  {
    id: 'DC002',
    title: 'Compose service writes outside tmpfs',
    severity: 'high',
    rationale: 'Persistent writable mounts are where state and drift accumulate on an immutable host.',
    fix: 'Mount writable paths as tmpfs (tmpfs: or type: tmpfs), or read-only with :ro.',
    target: 'compose',
    check: (context) =>
      composeHits(context, ({ name, spec }, document, path) =>
        asArray(spec.volumes).flatMap((volume, index) => {
          const writable = writableVolume(volume);
          return writable
            ? [
                {
                  line: document.lineOf([...path, 'volumes', index]),
                  message: `service ${name} mounts ${writable} writable`,
                },
              ]
            : [];
        }),
      ),
  },
  {
    id: 'DC003',
    title: 'Privileged compose service',
    severity: 'critical',
    rationale: 'A privileged container is root on the host.',
    fix: 'Remove privileged: true; grant the one capability or device the service needs.',
    target: 'compose',
    check: (context) =>
      composeHits(context, ({ name, spec }, document, path) =>
        spec.privileged === true
          ? [{ line: document.lineOf([...path, 'privileged']), message: `service ${name} is privileged` }]
          : [],
      ),
  },
  {
    id: 'DC004',
    title: 'Compose service adds dangerous capabilities',
    severity: 'high',
    rationale: 'Capabilities such as SYS_ADMIN are nearly root on the host.',
    fix: 'Drop them; add only narrow capabilities (e.g. NET_BIND_SERVICE).',
    target: 'compose',
    check: (context) =>
      composeHits(context, ({ name, spec }, document, path) => {
        const caps = asArray(spec.cap_add)
          .map(String)
          .filter((cap) => DANGEROUS_CAPS.has(cap.replace(/^CAP_/, '')));
        return caps.length > 0
          ? [
              {
                line: document.lineOf([...path, 'cap_add']),
                message: `service ${name} adds ${caps.join(', ')}`,
              },
            ]
          : [];
      }),
  },
  {
    id: 'DC005',
    title: 'Compose service may gain privileges',
    severity: 'medium',
    rationale: "Without no-new-privileges a setuid binary can raise a process's rights.",
    fix: 'Add security_opt: ["no-new-privileges:true"].',
    target: 'compose',
    check: (context) =>
      composeHits(context, ({ name, spec }, document, path) =>
        asArray(spec.security_opt).some((option) => /^no-new-privileges(:true)?$/.test(String(option)))
          ? []
          : [{ line: document.lineOf(path), message: `service ${name} lacks no-new-privileges` }],
      ),
  },
  {
    id: 'DC006',
    title: 'Compose service shares a host namespace',
    severity: 'high',
    rationale:
      'Host network, PID or IPC namespaces remove the isolation between the service and the machine.',
    fix: 'Remove network_mode: host / pid: host / ipc: host; publish ports instead.',
    target: 'compose',
    check: (context) =>
      composeHits(context, ({ name, spec }, document, path) =>
        (['network_mode', 'pid', 'ipc'] as const)
          .filter((key) => spec[key] === 'host')
          .map((key) => ({
            line: document.lineOf([...path, key]),
            message: `service ${name} uses ${key}: host`,
          })),
      ),
  },
];

// ---- kubernetes ----

const WORKLOADS: Record<string, Array<string>> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

interface PodSpec {
  workload: string;
  spec: Json;
  path: Array<string | number>;
  document: ManifestDocument;
}

function podSpecs(context: ManifestContext): PodSpec[] {
  return context.documents.flatMap((document) => {
    const data = document.data;
    if (!isObject(data) || typeof data.kind !== 'string') return [];
    const specPath = WORKLOADS[data.kind];
    if (!specPath) return [];
    let node: unknown = data;
    for (const key of specPath) node = isObject(node) ? node[key] : undefined;
    if (!isObject(node)) return [];
    const name = isObject(data.metadata) ? String(data.metadata.name ?? '?') : '?';
    return [{ workload: `${data.kind}/${name}`, spec: node, path: specPath, document }];
  });
}

interface ContainerSpec {
  name: string;
  spec: Json;
  path: Array<string | number>;
}

function containers(pod: PodSpec): ContainerSpec[] {
  return (['initContainers', 'containers'] as const).flatMap((field) =>
    asArray(pod.spec[field])
      .map((container, index) => ({ container, index }))
      .filter(({ container }) => isObject(container))
      .map(({ container, index }) => ({
        name: String((container as Json).name ?? index),
        spec: container as Json,
        path: [...pod.path, field, index],
      })),
  );
}

function securityContext(container: ContainerSpec): Json {
  return isObject(container.spec.securityContext) ? container.spec.securityContext : {};
}

function perContainer(
  context: ManifestContext,
  check: (pod: PodSpec, container: ContainerSpec) => Hit | undefined,
): Hit[] {
  return podSpecs(context).flatMap((pod) =>
    containers(pod).flatMap((container) => check(pod, container) ?? []),
  );
}

const SAFE_VOLUME_TYPES = ['emptyDir', 'configMap', 'secret', 'downwardAPI', 'projected'];

export const KUBERNETES_RULES: ManifestRule[] = [
  {
    id: 'KS001',
    title: 'Container root filesystem is writable',
    severity: 'high',
    rationale:
      'A writable root lets the running container change itself; immutable deployments replace, never patch.',
    fix: 'Set securityContext.readOnlyRootFilesystem: true and mount writable paths as emptyDir.',
    target: 'kubernetes',
    check: (context) =>
      perContainer(context, (pod, container) =>
        securityContext(container).readOnlyRootFilesystem === true
          ? undefined
          : {
              line: pod.document.lineOf(container.path),
              message: `${pod.workload} container ${container.name} has a writable root filesystem`,
            },
      ),
  },
  {
    id: 'KS002',
    title: 'Container writes to a persistent volume',
    severity: 'high',
    rationale: 'Persistent writable volumes are where state and drift accumulate.',
    fix: 'Mount it readOnly: true, or use an emptyDir for scratch space.',
    target: 'kubernetes',
    check: (context) =>
      podSpecs(context).flatMap((pod) => {
        const volumes = new Map(
          asArray(pod.spec.volumes)
            .filter(isObject)
            .map((volume) => [
              String(volume.name),
              Object.keys(volume).find((key) => key !== 'name') ?? 'unknown',
            ]),
        );
        return containers(pod).flatMap((container) =>
          asArray(container.spec.volumeMounts)
            .map((mount, index) => ({ mount, index }))
            .filter(({ mount }) => isObject(mount) && (mount as Json).readOnly !== true)
            .filter(
              ({ mount }) =>
                !SAFE_VOLUME_TYPES.includes(volumes.get(String((mount as Json).name)) ?? 'unknown'),
            )
            .map(({ mount, index }) => ({
              line: pod.document.lineOf([...container.path, 'volumeMounts', index]),
              message: `${pod.workload} container ${container.name} mounts ${String((mount as Json).name)} (${volumes.get(String((mount as Json).name)) ?? 'undeclared'}) writable`,
            })),
        );
      }),
  },
  {
    id: 'KS003',
    title: 'Container may escalate privileges',
    severity: 'high',
    rationale: 'Unless turned off, a process can gain more rights than its parent through setuid binaries.',
    fix: 'Set securityContext.allowPrivilegeEscalation: false.',
    target: 'kubernetes',
    check: (context) =>
      perContainer(context, (pod, container) =>
        securityContext(container).allowPrivilegeEscalation === false
          ? undefined
          : {
              line: pod.document.lineOf(container.path),
              message: `${pod.workload} container ${container.name} allows privilege escalation`,
            },
      ),
  },
  {
    id: 'KS004',
    title: 'App container may run as root',
    severity: 'high',
    rationale: 'A root process in a container is one kernel bug away from root on the node.',
    fix: 'Set runAsNonRoot: true (pod or container securityContext) and a non-zero runAsUser.',
    target: 'kubernetes',
    kinds: ['app'],
    check: (context) =>
      perContainer(context, (pod, container) => {
        const podContext = isObject(pod.spec.securityContext) ? pod.spec.securityContext : {};
        const own = securityContext(container);
        const nonRoot = (own.runAsNonRoot ?? podContext.runAsNonRoot) === true;
        const uid = own.runAsUser ?? podContext.runAsUser;
        return nonRoot && uid !== 0
          ? undefined
          : {
              line: pod.document.lineOf(container.path),
              message: `${pod.workload} container ${container.name} may run as root`,
            };
      }),
  },
  {
    id: 'KS005',
    title: 'Privileged container',
    severity: 'critical',
    rationale: 'A privileged container is root on the node.',
    fix: 'Remove privileged: true; grant the narrow capability it needs.',
    target: 'kubernetes',
    check: (context) =>
      perContainer(context, (pod, container) =>
        securityContext(container).privileged === true
          ? {
              line: pod.document.lineOf([...container.path, 'securityContext', 'privileged']),
              message: `${pod.workload} container ${container.name} is privileged`,
            }
          : undefined,
      ),
  },
  {
    id: 'KS006',
    title: 'hostPath volume',
    severity: 'high',
    rationale: "hostPath exposes the node's files to the pod, and ties it to one machine's state.",
    fix: 'Use emptyDir, a ConfigMap/Secret, or a CSI volume.',
    target: 'kubernetes',
    check: (context) =>
      podSpecs(context).flatMap((pod) =>
        asArray(pod.spec.volumes)
          .map((volume, index) => ({ volume, index }))
          .filter(({ volume }) => isObject(volume) && volume.hostPath !== undefined)
          .map(({ volume, index }) => ({
            line: pod.document.lineOf([...pod.path, 'volumes', index]),
            message: `${pod.workload} mounts hostPath volume ${String((volume as Json).name)}`,
          })),
      ),
  },
  {
    id: 'KS007',
    title: 'Pod shares a host namespace',
    severity: 'high',
    rationale: 'hostNetwork, hostPID and hostIPC remove the isolation between the pod and the node.',
    fix: 'Remove them; expose ports through a Service.',
    target: 'kubernetes',
    check: (context) =>
      podSpecs(context).flatMap((pod) =>
        (['hostNetwork', 'hostPID', 'hostIPC'] as const)
          .filter((key) => pod.spec[key] === true)
          .map((key) => ({
            line: pod.document.lineOf([...pod.path, key]),
            message: `${pod.workload} sets ${key}: true`,
          })),
      ),
  },
];
