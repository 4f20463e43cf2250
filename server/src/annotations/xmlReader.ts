/**
 * A small XML reader for BioC files: elements, attributes, text, character and the five predefined
 * entity references, CDATA, comments, processing instructions and a DOCTYPE (whose internal subset
 * is skipped; no entities are ever expanded from it, nor loaded from outside). Line ends are
 * normalised as XML says (\r\n and \r read as \n; an escaped &#13; stays \r). Linear in the input.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: Array<XmlElement | string>;
}

export class XmlError extends Error {}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;

function unescape(raw: string, lineOf: () => number): string {
  const normalised = raw.replace(/\r\n?/g, '\n');
  return normalised.replace(/&([^;&\s]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new XmlError(`line ${lineOf()}: "&" must start a reference such as &amp;`);
    if (ref.startsWith('#x') || ref.startsWith('#X')) {
      const code = parseInt(ref.slice(2), 16);
      if (!/^#[xX][0-9a-fA-F]+$/.test(ref) || code > 0x10ffff) throw new XmlError(`line ${lineOf()}: bad character reference &${ref};`);
      return String.fromCodePoint(code);
    }
    if (ref.startsWith('#')) {
      const code = Number(ref.slice(1));
      if (!/^#\d+$/.test(ref) || code > 0x10ffff) throw new XmlError(`line ${lineOf()}: bad character reference &${ref};`);
      return String.fromCodePoint(code);
    }
    const e = ENTITIES[ref];
    if (e === undefined) throw new XmlError(`line ${lineOf()}: unknown entity &${ref}; (only the five XML ones are read)`);
    return e;
  });
}

/** Parses a document; throws XmlError (with the line) on what is not well-formed. */
export function parseXml(xml: string): XmlElement {
  let i = 0;
  const lineOf = () => xml.slice(0, i).split('\n').length;
  const fail = (m: string): never => {
    throw new XmlError(`line ${lineOf()}: ${m}`);
  };
  const skipTo = (end: string) => {
    const j = xml.indexOf(end, i);
    if (j < 0) fail(`unclosed ${xml.slice(i, i + 9)}…`);
    i = j + end.length;
  };
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(xml);
    if (!m) fail('expected a name');
    i += (m as RegExpExecArray)[0].length;
    return (m as RegExpExecArray)[0];
  };
  const space = () => {
    while (i < xml.length && /\s/.test(xml[i])) i++;
  };
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  if (xml.charCodeAt(0) === 0xfeff) i = 1;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) {
      const raw = xml.slice(i, textEnd);
      if (stack.length > 0) stack[stack.length - 1].children.push(unescape(raw, lineOf));
      else if (raw.trim() !== '') fail('text outside the root element');
      i = textEnd;
      continue;
    }
    if (xml.startsWith('<?', i)) skipTo('?>');
    else if (xml.startsWith('<!--', i)) skipTo('-->');
    else if (xml.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) fail('CDATA outside the root element');
      const start = i + 9;
      skipTo(']]>');
      stack[stack.length - 1].children.push(xml.slice(start, i - 3).replace(/\r\n?/g, '\n'));
    } else if (xml.startsWith('<!DOCTYPE', i)) {
      const bracket = xml.indexOf('[', i);
      const close = xml.indexOf('>', i);
      if (bracket >= 0 && bracket < close) {
        i = bracket;
        skipTo(']');
      }
      skipTo('>');
    } else if (xml.startsWith('</', i)) {
      i += 2;
      const n = name();
      space();
      if (xml[i] !== '>') fail(`expected ">" after </${n}`);
      i++;
      const open = stack.pop();
      if (!open || open.name !== n) fail(`</${n}> does not close ${open ? `<${open.name}>` : 'anything'}`);
    } else {
      i++;
      const el: XmlElement = { name: name(), attributes: {}, children: [] };
      for (;;) {
        space();
        if (xml.startsWith('/>', i) || xml[i] === '>') break;
        if (i >= xml.length) fail(`unclosed <${el.name}>`);
        const a = name();
        space();
        if (xml[i] !== '=') fail(`expected "=" after ${a}`);
        i++;
        space();
        const q = xml[i];
        if (q !== '"' && q !== "'") fail(`the value of ${a} must be quoted`);
        const end = xml.indexOf(q, i + 1);
        if (end < 0) fail(`unclosed value of ${a}`);
        el.attributes[a] = unescape(xml.slice(i + 1, end).replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' '), lineOf);
        i = end + 1;
      }
      const selfClosing = xml[i] === '/';
      i += selfClosing ? 2 : 1;
      if (stack.length > 0) stack[stack.length - 1].children.push(el);
      else if (root) fail('a second root element');
      else root = el;
      if (!selfClosing) stack.push(el);
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1].name}> is not closed`);
  if (!root) fail('no root element');
  return root as XmlElement;
}

export function childElements(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

export function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
