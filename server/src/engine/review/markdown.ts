import { pattern } from '../patterns';

/**
 * Markdown for hovers is built from the engine's own words plus strings that come from a note or a
 * workspace's settings (a finding's text, a custom target's label). Those must never become live
 * markdown: an image would make the editor fetch a remote URL on hover, a link could point at any
 * file, HTML could do either. Escaping the brackets, angle brackets and emphasis characters leaves
 * no image, link, HTML tag or emphasis in them; the words read the same.
 */
const MARKDOWN_SPECIAL = pattern('review.markdown.special', '[\\\\`*_{}\\[\\]<>|~&]', 'g');

export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, '\\$&');
}
