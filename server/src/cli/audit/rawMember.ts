/**
 * The source text of one member of a JSON object, exactly as written (numbers, escapes and
 * spacing untouched), for passing `meta` through. `json` must already be known to be a valid
 * JSON object (JSON.parse accepted it); like JSON.parse, the last duplicate key wins.
 */
export function rawMember(json: string, key: string): string | undefined {
  let i = json.indexOf('{') + 1;
  let found: string | undefined;
  const skipSpace = () => {
    while (i < json.length && (json[i] === ' ' || json[i] === '\t' || json[i] === '\n' || json[i] === '\r')) i++;
  };
  const skipString = () => {
    for (i++; json[i] !== '"'; i++) if (json[i] === '\\') i++;
    i++;
  };
  const skipValue = () => {
    if (json[i] === '"') return skipString();
    if (json[i] === '{' || json[i] === '[') {
      for (let depth = 0; ; ) {
        const c = json[i];
        if (c === '"') {
          skipString();
          continue;
        }
        i++;
        if (c === '{' || c === '[') depth++;
        else if ((c === '}' || c === ']') && --depth === 0) return;
      }
    }
    // A number, true, false or null.
    while (i < json.length && !',} \t\n\r'.includes(json[i])) i++;
  };
  for (;;) {
    skipSpace();
    if (json[i] !== '"') return found;
    const keyStart = i;
    skipString();
    const name = JSON.parse(json.slice(keyStart, i)) as string;
    skipSpace();
    i++; // ':'
    skipSpace();
    const valueStart = i;
    skipValue();
    if (name === key) found = json.slice(valueStart, i);
    skipSpace();
    if (json[i] !== ',') return found;
    i++;
  }
}
