/** The surface stage's files as a section of the pipeline report (Markdown and HTML). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function surfaceSection(dir: string): Promise<{ markdown: string; html: string }> {
  const read = (name: string) => readFile(join(dir, name), 'utf8').catch(() => '');
  const markdown = await read('surface.md');
  return { markdown: markdown ? `\n${markdown}` : '', html: await read('surface.html') };
}

/** The page with the section just before </body> (or at the end). */
export function withSection(page: string, section: string): string {
  if (!section) return page;
  const at = page.lastIndexOf('</body>');
  return at < 0 ? page + section : `${page.slice(0, at)}${section}${page.slice(at)}`;
}
