// Generates clinical-note.tmLanguage.json (run after `npx tsc -p .`: node syntaxes/build-grammar.js).
// The drug names come from the engine's vocabulary, so the grammar colours the drugs the engine reads.
// Scopes are the usual TextMate ones, so every theme colours notes without extra configuration.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
let drugs = [];
try {
  drugs = require(path.join(root, 'out/server/src/engine/vocabulary/drugs')).DRUGS.flatMap(([, names]) => names);
} catch {
  console.warn('build-grammar: engine not compiled; using the built-in drug list');
}
const fallback = ['gabapentin', 'pregabalin', 'meloxicam', 'ibuprofen', 'naproxen', 'cyclobenzaprine', 'duloxetine', 'tramadol', 'prednisone', 'methylprednisolone'];
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]');
const drugNames = [...new Set([...(drugs.length ? drugs : fallback)].map((d) => d.toLowerCase()).filter((d) => /^[a-z0-9' -]+$/.test(d) && d.length > 2))]
  .sort((a, b) => b.length - a.length)
  .map(esc);

const MONTHS = 'January|February|March|April|June|July|August|September|October|November|December';
const MONTH_ABBR = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|several|a few|a couple of|few';
const UNIT_TIME = 'days?|weeks?|wks?|wk|months?|mos?|mths?|years?|yrs?|yr';

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Clinical Note',
  scopeName: 'text.clinical-note',
  patterns: [
    { include: '#header' },
    { include: '#inline' },
  ],
  repository: {
    header: {
      patterns: [
        {
          comment: 'ALL-CAPS section header at the start of a line: "IMPRESSION:", "HISTORY OF PRESENT ILLNESS:"',
          match: "^\\s*([A-Z][A-Z0-9&/,()' -]{1,60}[A-Z)])\\s*(:)",
          captures: { 1: { name: 'markup.heading.section.clinical-note entity.name.section.clinical-note' }, 2: { name: 'punctuation.separator.section.clinical-note' } },
        },
        {
          comment: 'Title-case headers from the usual vocabulary: "Impression:", "Assessment and Plan:"',
          match:
            '^\\s*((?i:indications?|clinical history|history|comparison|technique|findings|impression|conclusion|chief complaint|cc|hpi|history of present illness|past medical history|pmh|past surgical history|psh|medications|current medications|meds|allergies|social history|family history|review of systems|ros|physical exam(?:ination)?|exam(?:ination)?|neuro(?:logic(?:al)?)? exam|imaging|diagnostic studies|assessment(?: and plan| & plan|/plan)?|a/p|plan|procedure|subjective|objective|diagnosis|diagnoses|reason for (?:visit|referral|exam)|interval history|treatment|goals|recommendations?))\\s*(:)',
          captures: { 1: { name: 'markup.heading.section.clinical-note entity.name.section.clinical-note' }, 2: { name: 'punctuation.separator.section.clinical-note' } },
        },
      ],
    },
    inline: {
      patterns: [
        { include: '#date' },
        { include: '#grade' },
        { include: '#level' },
        { include: '#duration' },
        { include: '#measurement' },
        { include: '#negation' },
        { include: '#hedge' },
        { include: '#drug' },
        { include: '#severity' },
      ],
    },
    date: {
      patterns: [
        { match: '\\b\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})\\b', name: 'constant.other.date.clinical-note' },
        { match: '\\b\\d{4}-\\d{2}-\\d{2}\\b', name: 'constant.other.date.clinical-note' },
        { match: `\\b(?:${MONTHS})\\b(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+\\d{4}\\b)?`, name: 'constant.other.date.clinical-note' },
        { match: `\\b(?:${MONTH_ABBR})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{4})\\b`, name: 'constant.other.date.clinical-note' },
      ],
    },
    grade: {
      patterns: [
        { match: '(?i)\\b(?:meyerding\\s+)?grade\\s+(?:[1-5]|I{1,3}V?|IV|V)(?:\\s*(?:-|to|/)\\s*(?:[1-5]|I{1,3}|IV|V))?\\b', name: 'keyword.other.grade.clinical-note' },
        { match: '(?i)\\b(?:low|high)[- ]grade\\b', name: 'keyword.other.grade.clinical-note' },
        { match: '(?i)\\bgr\\.?\\s*[1-5]\\b', name: 'keyword.other.grade.clinical-note' },
      ],
    },
    level: {
      comment: 'Vertebral levels and segments: L5, S1, L4-5, L4-L5, L5/S1, T12-L1, C5-6',
      match: '\\b(?:[CTL](?:1[0-2]|[1-9])|S[1-5])(?:\\s*(?:-|\u2013|/|to)\\s*(?:[CTLS](?:1[0-2]|[1-9])|(?:1[0-2]|[1-9])))?\\b',
      name: 'entity.name.tag.level.clinical-note',
    },
    duration: {
      patterns: [
        { match: `(?i)(?:\\bx\\s*|\\b)\\d+(?:\\.\\d+)?\\+?\\s*(?:-\\s*)?(?:${UNIT_TIME})\\b`, name: 'string.other.duration.clinical-note' },
        { match: `(?i)\\b(?:${NUMBER_WORDS})(?:[- ](?:and a half|half))?\\s+(?:${UNIT_TIME})\\b`, name: 'string.other.duration.clinical-note' },
      ],
    },
    measurement: {
      match: '(?i)\\b\\d+(?:\\.\\d+)?\\s*(?:x\\s*\\d+(?:\\.\\d+)?\\s*)?(?:mm|cm|millimet(?:er|re)s?|centimet(?:er|re)s?|%|percent|degrees?|\u00b0)(?![a-z])',
      name: 'constant.numeric.measurement.clinical-note',
    },
    negation: {
      comment: 'ConText-style negation cues',
      match: "(?i)\\b(?:no evidence of|negative for|free of|absence of|ruled out|rules out|rule out|without|denies|denied|deny|not|no|none|absent|unremarkable|resolved|never)\\b",
      name: 'keyword.control.negation.clinical-note',
    },
    hedge: {
      comment: 'Uncertainty and hypothetical cues',
      match: "(?i)\\b(?:cannot be excluded|cannot exclude|can't exclude|not excluded|suspicious for|concerning for|suggestive of|may represent|may be|could be|might|possible|possibly|probable|probably|likely|suspected|questionable|equivocal|borderline|versus|vs\\.?|if|consider|considering|would|should)\\b",
      name: 'keyword.other.hedge.clinical-note',
    },
    drug: {
      match: `(?i)\\b(?:${drugNames.join('|')})\\b`,
      name: 'support.function.drug.clinical-note',
    },
    severity: {
      match: '(?i)\\b(?:mild(?:ly)?|moderate(?:ly)?|severe(?:ly)?|marked(?:ly)?|minimal|trace|significant)(?:(?:-| to )(?:moderate|severe))?\\b',
      name: 'storage.modifier.severity.clinical-note',
    },
  },
};

fs.writeFileSync(path.join(__dirname, 'clinical-note.tmLanguage.json'), JSON.stringify(grammar, null, 2) + '\n');
console.log(`build-grammar: ${drugNames.length} drug names`);
