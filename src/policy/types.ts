/** The ops policy: which bases are allowed, banned or replaced, and how lint rules apply. */
import type { Severity } from '../report/severity.js';

export type ImageKind = 'os' | 'app';

export interface AllowedImage {
  /** Glob over `registry/repository`, e.g. `quay.io/fedora/fedora-bootc` or `registry.example.com/base/*`. */
  image: string;
  /** Tag globs that are allowed; absent means any tag. */
  tags?: string[];
  /** A FROM of this image must carry @sha256 (overrides the global setting). */
  requireDigest?: boolean;
}

export interface BannedImage {
  /** Glob over `registry/repository`, optionally `:tag`; or leave out and give `digest`. */
  image?: string;
  digest?: string;
  reason: string;
  /** ISO date from which the ban applies (before it, nothing is reported). */
  since?: string;
}

export interface Substitution {
  /** The reference to replace, as written after normalisation (`registry/repo:tag`). */
  from: string;
  /** What to use instead: a reference, usually pinned (`registry/repo:tag@sha256:...`). */
  to: string;
  reason?: string;
}

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

export interface PolicyException {
  rule: string;
  /** Glob over the linted file's path (relative, forward slashes). */
  path?: string;
  /** `owner/name` of the repository the exception is for. */
  repository?: string;
  justification: string;
  /** ISO date after which the exception stops applying. */
  expires: string;
}

/**
 * An attack-surface budget (docs/surface.md): limits the surface gate holds an image to. Findings are
 * SRF001 (size), SRF002 (forbidden binary), SRF003 (setuid count), SRF004 (listening port).
 */
export interface SurfaceBudget {
  /** Only images of this kind (their dev.osimg.kind label, else the policy's defaultKind); absent: all. */
  kind?: ImageKind;
  /** Bytes of file content in the image's root. */
  maxImageBytes?: number;
  /** Tool kinds (shell, package-manager, compiler, debugger, remote-access) or binary names (sshd). */
  forbiddenBinaries?: string[];
  maxSetuid?: number;
  /** Ports the booted image may listen on (from the boot test's guest facts); absent: any. */
  allowedPorts?: number[];
}

export interface Policy {
  version: 1;
  /** The kind of image a Containerfile builds when nothing else says (os: bootable, app: container). */
  defaultKind: ImageKind;
  images: {
    allowed?: AllowedImage[];
    banned: BannedImage[];
    substitutions: Substitution[];
    /** Every FROM must be pinned by digest. */
    requireDigest: boolean;
  };
  requiredLabels: string[];
  rules: Record<string, RuleSetting>;
  exceptions: PolicyException[];
  budgets: SurfaceBudget[];
}

/** The policy used when none is given: every rule at its default, no image list. */
export const DEFAULT_POLICY: Policy = {
  version: 1,
  defaultKind: 'os',
  images: { banned: [], substitutions: [], requireDigest: false },
  requiredLabels: [],
  rules: {},
  exceptions: [],
  budgets: [],
};
