/**
 * A small glob matcher for workspace-relative paths ("notes/**\/*.txt", "*.{note,rad}"):
 * "**" any number of folders, "*" and "?" within one path segment, "{a,b}" alternatives,
 * "[abc]" character classes. Paths use "/" separators. Case-sensitive except on Windows.
 */
const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  const known = cache.get(glob);
  if (known) return known;
  let re = '';
  let inGroup = 0;
  const g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        const atSegmentStart = i === 0 || g[i - 1] === '/';
        const atSegmentEnd = i + 2 === g.length || g[i + 2] === '/';
        if (atSegmentStart && atSegmentEnd) {
          // "**/" matches zero or more folders; a trailing "**" matches everything below.
          if (g[i + 2] === '/') {
            re += '(?:[^/]*/)*';
            i += 2;
          } else {
            re += '.*';
            i += 1;
          }
          continue;
        }
        i += 1;
        re += '[^/]*';
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      inGroup++;
      re += '(?:';
    } else if (c === '}' && inGroup > 0) {
      inGroup--;
      re += ')';
    } else if (c === ',' && inGroup > 0) re += '|';
    else if (c === '[') {
      const close = g.indexOf(']', i + 1);
      if (close === -1) re += '\\[';
      else {
        const body = g.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\/]/g, (m) => `\\${m}`);
  }
  while (inGroup-- > 0) re += ')';
  const out = new RegExp(`^${re}$`, process.platform === 'win32' ? 'i' : '');
  if (cache.size > 200) cache.clear();
  cache.set(glob, out);
  return out;
}

/**
 * Does a workspace-relative path match a glob? A glob without "/" matches the file name in any
 * folder ("*.txt" matches "a/b/c.txt"), as in .gitignore and VS Code's files.associations.
 */
export function matchesGlob(relativePath: string, glob: string): boolean {
  const p = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
  const g = glob.trim();
  if (g === '') return false;
  if (globToRegExp(g).test(p)) return true;
  if (!g.includes('/')) {
    const name = p.slice(p.lastIndexOf('/') + 1);
    return globToRegExp(g).test(name);
  }
  return false;
}
