/**
 * The OCI labels osimg puts on every image, so it is always obvious which commit and which base an image
 * came from (org.opencontainers.image.* from the image-spec annotations).
 */

export interface SourceInfo {
  /** Repository URL, e.g. https://github.com/org/repo. */
  url?: string;
  /** Commit SHA. */
  revision?: string;
  /** Version of what is packaged (a release tag), when known. */
  version?: string;
}

export interface LabelInputs {
  source: SourceInfo;
  /** Last component of the image name. */
  title: string;
  /** Creation time, epoch seconds (the build's timestamp). */
  created: number;
  base?: { name: string; digest: string };
  /** Labels the user asked for; they win over osimg's, except for provenance (revision and base). */
  user: Readonly<Record<string, string>>;
}

const PREFIX = 'org.opencontainers.image';
/** Labels that record where the image came from: never overridden, or provenance would be a lie. */
export const PROVENANCE_LABELS = [
  `${PREFIX}.revision`,
  `${PREFIX}.base.name`,
  `${PREFIX}.base.digest`,
] as const;

export interface LabelResult {
  labels: Record<string, string>;
  /** User labels that were ignored because they would overwrite provenance. */
  ignored: string[];
}

export function computeLabels(inputs: LabelInputs): LabelResult {
  const own: Record<string, string> = {
    [`${PREFIX}.created`]: new Date(inputs.created * 1000).toISOString(),
    [`${PREFIX}.title`]: inputs.title,
  };
  if (inputs.source.url) own[`${PREFIX}.source`] = inputs.source.url;
  if (inputs.source.version) own[`${PREFIX}.version`] = inputs.source.version;

  const provenance: Record<string, string> = {};
  if (inputs.source.revision) provenance[`${PREFIX}.revision`] = inputs.source.revision;
  if (inputs.base) {
    provenance[`${PREFIX}.base.name`] = inputs.base.name;
    provenance[`${PREFIX}.base.digest`] = inputs.base.digest;
  }

  const ignored: string[] = [];
  const user: Record<string, string> = {};
  for (const [key, value] of Object.entries(inputs.user)) {
    if ((PROVENANCE_LABELS as readonly string[]).includes(key)) ignored.push(key);
    else user[key] = value;
  }
  return { labels: { ...own, ...user, ...provenance }, ignored };
}
