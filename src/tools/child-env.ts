/**
 * What a child process may see of osimg's environment: an allow-list, never the whole of it. osimg's
 * own settings and secrets (OSIMG_REGISTRY_PASSWORD, the Actions runner's INPUT_*, tokens) stay in osimg;
 * a tool class passes a child whatever else it needs explicitly (ExecOptions.env).
 */

/** Names every tool may need: where programs and home are, locale, scratch, proxies, CA bundles. */
const PASSED = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TMPDIR',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'all_proxy',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  // Where buildah, skopeo and podman keep their user state and configuration.
  'XDG_RUNTIME_DIR',
  'XDG_CONFIG_HOME',
  'XDG_DATA_HOME',
  'REGISTRY_AUTH_FILE',
  'DOCKER_CONFIG',
]);

/** Prefixes of the same kind: locale categories and the containers tools' own configuration files. */
const PASSED_PREFIXES = ['LC_', 'CONTAINERS_', 'BUILDAH_'];

/**
 * Extra names the user (or a test's fake tool) wants passed, comma-separated: for a tool setting osimg
 * does not know about. Never needed for osimg's own credentials, which go to exactly one child.
 */
export const EXTRA_ENV_VARIABLE = 'OSIMG_CHILD_ENV';

export function childEnvironment(
  parent: Record<string, string | undefined>,
  added: Record<string, string | undefined> = {},
): Record<string, string> {
  const extra = new Set(
    (parent[EXTRA_ENV_VARIABLE] ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name.length > 0),
  );
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined) continue;
    if (PASSED.has(name) || extra.has(name) || PASSED_PREFIXES.some((prefix) => name.startsWith(prefix))) {
      env[name] = value;
    }
  }
  for (const [name, value] of Object.entries(added)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}
