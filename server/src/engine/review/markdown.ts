/**
 * Markdown for hovers is built from the engine's own words plus strings that come from a note or a
 * workspace's settings (a finding's text, a custom target's label). Those must never become live
 * markdown: an image would make the editor fetch a remote URL on hover, a link could point at any
 * file. `plain` escapes every character markdown (and the HTML it allows) gives a meaning to.
 */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+\-.!|~&"'=:]/g;

export function plain(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
