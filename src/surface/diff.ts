/**
 * What changed between two versions of an image (the channel tag's current digest and the new one):
 * packages added, removed and upgraded, attack surface added and removed, and the size delta.
 */
import type { ImageSurface } from './model.js';

export interface SurfaceChange {
  previous: { image: string; digest: string };
  packages: {
    added: Array<{ name: string; version: string }>;
    removed: Array<{ name: string; version: string }>;
    upgraded: Array<{ name: string; from: string; to: string }>;
  };
  /** Setuid/setgid files, world-writable paths and attacker tools, as "kind path". */
  surfaceAdded: string[];
  surfaceRemoved: string[];
  contentBytesDelta: number;
  compressedBytesDelta: number;
}

function surfaceItems(image: ImageSurface): Set<string> {
  return new Set([
    ...image.setuid.map((path) => `setuid ${path}`),
    ...image.setgid.map((path) => `setgid ${path}`),
    ...image.worldWritable.map((path) => `world-writable ${path}`),
    ...image.tools.map((tool) => `${tool.kind} ${tool.path}`),
  ]);
}

export function compareSurfaces(previous: ImageSurface, current: ImageSurface): SurfaceChange {
  const before = new Map(previous.packages.map((pkg) => [pkg.name, pkg.version]));
  const after = new Map(current.packages.map((pkg) => [pkg.name, pkg.version]));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const oldItems = surfaceItems(previous);
  const newItems = surfaceItems(current);
  return {
    previous: { image: previous.image, digest: previous.digest },
    packages: {
      added: current.packages.filter((pkg) => !before.has(pkg.name)).sort(byName),
      removed: previous.packages.filter((pkg) => !after.has(pkg.name)).sort(byName),
      upgraded: current.packages
        .filter((pkg) => before.has(pkg.name) && before.get(pkg.name) !== pkg.version)
        .map((pkg) => ({ name: pkg.name, from: before.get(pkg.name)!, to: pkg.version }))
        .sort(byName),
    },
    surfaceAdded: [...newItems].filter((item) => !oldItems.has(item)).sort(),
    surfaceRemoved: [...oldItems].filter((item) => !newItems.has(item)).sort(),
    contentBytesDelta: current.contentBytes - previous.contentBytes,
    compressedBytesDelta: current.compressedBytes - previous.compressedBytes,
  };
}
