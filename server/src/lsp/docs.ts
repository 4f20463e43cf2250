import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';

/**
 * Rule documentation pages ship with the extension (docs/rules/*.md). The engine names them by
 * a relative path; the editor needs absolute links, which open the page in an editor tab.
 */
export class DocLinks {
  constructor(private readonly root: string | undefined) {}

  /** Finds the folder above `from` that holds docs/rules (dist/ and out/server/src/ alike). */
  static locate(from: string = __dirname): DocLinks {
    let dir = from;
    for (let i = 0; i < 6; i++) {
      if (fs.existsSync(path.join(dir, 'docs', 'rules')) && fs.existsSync(path.join(dir, 'package.json'))) return new DocLinks(dir);
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    return new DocLinks(undefined);
  }

  /** file:// URL of a relative doc path, when the page exists. */
  href(docPath: string): string | undefined {
    if (!this.root || !docPath) return undefined;
    const full = path.join(this.root, docPath);
    return fs.existsSync(full) ? pathToFileURL(full).href : undefined;
  }

  /**
   * Rewrites links to the project's own rule pages ("docs/rules/<id>.md") into absolute links (or
   * plain text when missing). No other relative link is resolved: "docs/../../etc/passwd" stays text.
   */
  linkify(markdown: string): string {
    return markdown.replace(/\[([^\]]*)\]\((docs\/rules\/[a-z0-9-]+\.md)\)/g, (_m, label: string, rel: string) => {
      const href = this.href(rel);
      return href ? `[${label}](${href})` : label;
    });
  }
}
