import { pattern } from '../patterns';

/**
 * Markdown for hovers is built from the engine's own words plus strings that come from a note or a
 * workspace's settings (a finding's text, a custom target's label). Those must never become live
 * markdown: an image would make the editor fetch a remote URL on hover, a link could point at any
 * file or address, HTML could do either. Escaping the brackets, angle brackets and emphasis
 * characters, and what starts an autolink, leaves no image, link, HTML tag or emphasis in them;
 * the words read the same.
 */
const MARKDOWN_SPECIAL = pattern('review.markdown.special', '[\\\\`*_{}\\[\\]<>|~&]', 'g');
/**
 * What an editor's markdown turns into a link by itself (GFM autolinks): the ":" of "http://",
 * "https://", "ftp://", the "." of "www." and an e-mail's "@". Escaped, the URL stays text.
 */
const AUTOLINK_TRIGGER = pattern('review.markdown.autolink', '(?<=\\b(?:https?|ftp))(:)(?=//)|(?<=\\bwww)(\\.)|@', 'gi');

export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, '\\$&').replace(AUTOLINK_TRIGGER, '\\$&');
}
