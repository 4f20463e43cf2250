import * as fs from 'fs';
import * as path from 'path';

/** The version in the nearest package.json above this file (out/..., dist/ alike). */
export function packageVersion(): string {
  let dir = __dirname;
  for (let i = 0; i < 7; i++) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) return (JSON.parse(fs.readFileSync(candidate, 'utf8')) as { version: string }).version;
    dir = path.dirname(dir);
  }
  return 'unknown';
}
