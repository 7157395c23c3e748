// Builds one ncc bundle per action (dist/<action>/index.js) and one for the CLI (dist/cli/index.js).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';

const entries = readdirSync('src/actions')
  .filter((name) => existsSync(`src/actions/${name}/index.ts`))
  .map((name) => [name, `src/actions/${name}/index.ts`]);
entries.push(['cli', 'src/cli/index.ts']);

rmSync('dist', { recursive: true, force: true });
for (const [name, entry] of entries) {
  const result = spawnSync(
    'npx',
    ['ncc', 'build', entry, '-o', `dist/${name}`, '--minify', '--quiet', '--target', 'es2022'],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) {
    console.error(`ncc failed for ${name}`);
    process.exit(1);
  }
  console.log(`dist/${name}/index.js`);
}
