#!/usr/bin/env python3
"""Filters a dump-diff report to the notes whose findings changed beyond the rule that decided them."""
import re, sys
lines = open(sys.argv[1]).read().split('\n')
out = []; note = None; block = []
norm = lambda l: re.sub(r' \((?:extractor \w+|[\w.]+(?: .*?)?)\)(?= \d)', '', l)
def flush():
    minus = sorted(norm(l)[4:] for l in block if l.startswith('  - '))
    plus = sorted(norm(l)[4:] for l in block if l.startswith('  + '))
    other = [l for l in block if l.strip() and not l.startswith('  - ') and not l.startswith('  + ')]
    if minus != plus or other:
        out.append(note); out.extend(l[:240] for l in block)
for l in lines:
    if re.match(r'^\S', l):
        if note: flush()
        note = l; block = []
    else: block.append(l)
print('\n'.join(out))
print(sum(1 for l in out if re.match(r'^\S', l)), 'notes changed beyond the deciding rule')
