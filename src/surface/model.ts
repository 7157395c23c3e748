/** The attack-surface report's shape: what an image holds and what a boot of it exposes (docs/surface.md). */

/** Binaries attackers use, by what they give them. */
export const TOOL_KINDS = ['shell', 'package-manager', 'compiler', 'debugger', 'remote-access'] as const;
export type ToolKind = (typeof TOOL_KINDS)[number];

export interface SurfaceTool {
  kind: ToolKind;
  /** Root-relative path as the image has it, with a leading slash: "/usr/bin/bash". */
  path: string;
}

export interface SizeShare {
  /** A directory two levels down ("/usr/lib") or a layer ("layer 2 sha256:…"). */
  name: string;
  bytes: number;
}

export interface ImageSurface {
  image: string;
  digest: string;
  /** From the image's dev.osimg.kind label; budgets for `kind: app` apply to app images. */
  kind?: 'os' | 'app';
  /** Sum of the layers' compressed sizes (what a pull moves). */
  compressedBytes: number;
  /** Sum of the file sizes in the final tree (what the root holds). */
  contentBytes: number;
  layers: SizeShare[];
  /** The biggest directories of the final tree, biggest first. */
  contributors: SizeShare[];
  files: number;
  packages: Array<{ name: string; version: string }>;
  setuid: string[];
  setgid: string[];
  /** World-writable files and directories; sticky directories (like /tmp) are listed apart. */
  worldWritable: string[];
  stickyWorldWritable: string[];
  tools: SurfaceTool[];
  /** How long reading the layers took (seconds). */
  extractionSeconds: number;
}

export interface BootSurface {
  /** The kernel command line the disk boots with. */
  cmdline: string;
  /** undefined when the guest reported no facts (no systemd, or facts off). */
  rootReadOnly?: boolean;
  rootFilesystem?: string;
  listening?: number[];
  services?: string[];
}

export interface SurfaceReport {
  version: 1;
  image: ImageSurface;
  boot?: BootSurface;
}
