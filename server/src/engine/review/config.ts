import { RULES } from '../rules';
import { CustomTarget, DiagnosticSeverity } from '../types';
import { TYPICAL_ENDPLATE_WIDTH_MM } from '../case/meyerding';
import { pattern } from '../patterns';
import { MAX_PHRASE_LENGTH, MAX_PHRASES } from '../extractors/customTargets';

const BOM = pattern('review.config.bom', '^\\uFEFF');
const ISO_DATE = pattern('review.config.isoDate', '^(\\d{4})-(\\d{2})-(\\d{2})$');

/**
 * Review settings, shared by the CLI (--config file.json, and a .clinical-review.json found in
 * the workspace) and the editor (its settings object). Parsing never throws: bad values are
 * dropped and reported as readable messages.
 *
 * File format (every key optional):
 * {
 *   "preset": "standard" | "strict",          // strict: 6 months of conservative care
 *   "conservativeCareMinimumMonths": 3,       // wins over the preset
 *   "endplateWidthMm": 35.7,                  // typical endplate width to estimate % slip from mm
 *   "dateOfService": "2026-06-24",            // when the note has none
 *   "rules": { "smoking": "off", "outcome-measures": "hint", "depression": { "enabled": true, "severity": "error" } },
 *   "targets": [{ "label": "Opioid use", "phrases": ["oxycodone", "hydrocodone"] }]
 * }
 */

export type RuleSetting = 'off' | 'on' | DiagnosticSeverity | { enabled?: boolean; severity?: DiagnosticSeverity };

export interface ReviewSettings {
  rules?: Record<string, RuleSetting>;
  preset?: 'standard' | 'strict';
  /** Default 3, strict preset 6. */
  conservativeCareMinimumMonths?: number;
  /** Default 35.7. */
  endplateWidthMm?: number;
  customTargets?: CustomTarget[];
  /** ISO date, fallback when the note has none. */
  dateOfService?: string;
}

/** Settings with every default applied: what reviewNote runs with. */
export interface ResolvedSettings {
  conservativeCareMinimumMonths: number;
  endplateWidthMm: number;
  customTargets: CustomTarget[];
  dateOfService?: string;
  /** Every rule id: whether it runs, and the severity the user chose (absent: the rule's own). */
  rules: Record<string, { enabled: boolean; severity?: DiagnosticSeverity }>;
}

export const CONFIG_FILE_NAME = '.clinical-review.json';
export const PRESET_MINIMUM_MONTHS = { standard: 3, strict: 6 } as const;
export const MINIMUM_MONTHS_RANGE = { min: 1, max: 24 } as const;
/** Beyond any adult lumbar vertebra: a value outside is a typo (cm, or a percent). */
export const ENDPLATE_WIDTH_RANGE = { min: 25, max: 50 } as const;

const SEVERITIES: readonly DiagnosticSeverity[] = ['error', 'warning', 'information', 'hint'];
const SEVERITY_TYPOS: Record<string, DiagnosticSeverity> = { warn: 'warning', info: 'information', informational: 'information', err: 'error' };
const KNOWN_KEYS = ['preset', 'conservativeCareMinimumMonths', 'endplateWidthMm', 'dateOfService', 'rules', 'targets', 'customTargets', '$schema'];

// ---------------------------------------------------------------- parsing

/** Parses and validates the text of a settings file. Comments (// and /* *\/) are allowed. */
export function parseConfig(jsonText: string, sourceName: string): { settings: ReviewSettings; errors: string[] } {
  let value: unknown;
  try {
    const text = stripComments(String(jsonText ?? '').replace(BOM, ''));
    value = text.trim() === '' ? {} : JSON.parse(text);
  } catch (e) {
    return { settings: {}, errors: [`${sourceName}: not valid JSON (${e instanceof Error ? e.message : String(e)}).`] };
  }
  return validateSettings(value, sourceName);
}

/** Validates a settings object (from a parsed file or the editor's configuration). */
export function validateSettings(value: unknown, sourceName: string): { settings: ReviewSettings; errors: string[] } {
  const errors: string[] = [];
  const err = (msg: string) => errors.push(`${sourceName}: ${msg}`);
  const settings: ReviewSettings = {};
  if (value === null || value === undefined) return { settings, errors };
  if (typeof value !== 'object' || Array.isArray(value)) {
    err('settings must be a JSON object, like {"preset": "standard"}.');
    return { settings, errors };
  }
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.includes(key)) err(`unknown setting "${key}"${suggest(key, KNOWN_KEYS.slice(0, -2))}; known settings: ${KNOWN_KEYS.slice(0, -2).join(', ')}.`);
  }

  if (obj.preset !== undefined) {
    if (obj.preset === 'standard' || obj.preset === 'strict') settings.preset = obj.preset;
    else err(`"preset" must be "standard" (3 months of conservative care) or "strict" (6 months), not ${show(obj.preset)}.`);
  }
  const months = number(obj.conservativeCareMinimumMonths, 'conservativeCareMinimumMonths', MINIMUM_MONTHS_RANGE, 'months', err);
  if (months !== undefined) settings.conservativeCareMinimumMonths = months;
  const width = number(obj.endplateWidthMm, 'endplateWidthMm', ENDPLATE_WIDTH_RANGE, 'mm', err);
  if (width !== undefined) settings.endplateWidthMm = width;

  if (obj.dateOfService !== undefined) {
    if (typeof obj.dateOfService === 'string' && isIsoDate(obj.dateOfService)) settings.dateOfService = obj.dateOfService;
    else err(`"dateOfService" must be a date written YYYY-MM-DD, like "2026-06-24", not ${show(obj.dateOfService)}.`);
  }

  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      err('"rules" must be an object mapping rule ids to "off", "on", a severity, or {"enabled", "severity"}.');
    } else {
      const rules: Record<string, RuleSetting> = {};
      for (const [id, setting] of Object.entries(obj.rules as Record<string, unknown>)) {
        const parsed = ruleSetting(id, setting, err);
        if (parsed !== undefined) rules[id] = parsed;
      }
      settings.rules = rules;
    }
  }

  const targets = obj.targets ?? obj.customTargets;
  if (targets !== undefined) {
    const key = obj.targets !== undefined ? 'targets' : 'customTargets';
    if (!Array.isArray(targets)) err(`"${key}" must be a list of {"label": "...", "phrases": ["..."]}.`);
    else {
      settings.customTargets = targets.map((t, i) => target(t, `${key}[${i}]`, err)).filter((t): t is CustomTarget => t !== undefined);
      const phrases = new Set(settings.customTargets.flatMap((t) => t.phrases.map((p) => p.toLowerCase())));
      if (phrases.size > MAX_PHRASES) err(`"${key}" hold ${phrases.size.toLocaleString('en-US')} different phrases; at most ${MAX_PHRASES.toLocaleString('en-US')} are read.`);
    }
  }
  return { settings, errors };
}

function ruleSetting(id: string, value: unknown, err: (m: string) => void): RuleSetting | undefined {
  const ids = RULES.map((r) => r.id);
  if (!ids.includes(id)) {
    err(`unknown rule "${id}"${suggest(id, ids)}.`);
    return undefined;
  }
  const allowed = `"off", "on", ${SEVERITIES.map((s) => `"${s}"`).join(', ')} or {"enabled": true|false, "severity": "..."}`;
  if (value === 'off' || value === 'on' || (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value))) return value as RuleSetting;
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'string') {
    const fix = SEVERITY_TYPOS[value.toLowerCase()];
    err(`rule "${id}": ${show(value)} is not a valid setting${fix ? ` (did you mean "${fix}"?)` : ''}; use ${allowed}.`);
    return undefined;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    const out: { enabled?: boolean; severity?: DiagnosticSeverity } = {};
    for (const k of Object.keys(o)) if (k !== 'enabled' && k !== 'severity') err(`rule "${id}": unknown key "${k}"; use "enabled" and "severity".`);
    if (o.enabled !== undefined) {
      if (typeof o.enabled === 'boolean') out.enabled = o.enabled;
      else err(`rule "${id}": "enabled" must be true or false, not ${show(o.enabled)}.`);
    }
    if (o.severity !== undefined) {
      if (typeof o.severity === 'string' && (SEVERITIES as readonly string[]).includes(o.severity)) out.severity = o.severity as DiagnosticSeverity;
      else {
        const fix = typeof o.severity === 'string' ? SEVERITY_TYPOS[o.severity.toLowerCase()] : undefined;
        err(`rule "${id}": "severity" must be one of ${SEVERITIES.join(', ')}, not ${show(o.severity)}${fix ? ` (did you mean "${fix}"?)` : ''}.`);
      }
    }
    return out;
  }
  err(`rule "${id}": ${show(value)} is not a valid setting; use ${allowed}.`);
  return undefined;
}

function target(value: unknown, where: string, err: (m: string) => void): CustomTarget | undefined {
  const o = value as Record<string, unknown> | null;
  if (typeof o !== 'object' || o === null || Array.isArray(o)) {
    err(`${where} must be an object {"label": "...", "phrases": ["..."]}.`);
    return undefined;
  }
  if (typeof o.label !== 'string' || o.label.trim() === '') {
    err(`${where}: "label" must be a non-empty text.`);
    return undefined;
  }
  if (!Array.isArray(o.phrases) || o.phrases.length === 0 || !o.phrases.every((p) => typeof p === 'string' && p.trim() !== '')) {
    err(`${where} ("${o.label}"): "phrases" must be a non-empty list of non-empty texts.`);
    return undefined;
  }
  const long = (o.phrases as string[]).find((p) => p.trim().length > MAX_PHRASE_LENGTH);
  if (long !== undefined) {
    err(`${where} ("${o.label}"): a phrase is ${long.trim().length} characters long; at most ${MAX_PHRASE_LENGTH} are matched.`);
    return undefined;
  }
  return { label: o.label.trim(), phrases: (o.phrases as string[]).map((p) => p.trim()) };
}

function number(value: unknown, key: string, range: { min: number; max: number }, unit: string, err: (m: string) => void): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max) return value;
  err(`"${key}" must be a number of ${unit} from ${range.min} to ${range.max}, not ${show(value)}.`);
  return undefined;
}

function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function show(v: unknown): string {
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
  } catch {
    return String(v);
  }
}

/** ' (did you mean "smoking"?)' for a near miss, else ''. */
function suggest(word: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestDist = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDist) [best, bestDist] = [c, d];
  }
  return best !== undefined && bestDist <= Math.max(2, Math.floor(best.length / 4)) ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** Removes // and /* *\/ comments outside strings, keeping line structure so JSON errors point at the right place. */
function stripComments(text: string): string {
  let out = '';
  let i = 0;
  let inString = false;
  while (i < text.length) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
      i++;
    } else if (c === '"') {
      inString = true;
      out += c;
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      i += 2;
      while (i < text.length && !(text[i] === '*' && text[i + 1] === '/')) out += text[i++] === '\n' ? '\n' : '';
      i += 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

// ---------------------------------------------------------------- layering

function normalizeRule(s: RuleSetting): { enabled?: boolean; severity?: DiagnosticSeverity } {
  if (s === 'off') return { enabled: false };
  if (s === 'on') return { enabled: true };
  if (typeof s === 'string') return { enabled: true, severity: s };
  return { ...s };
}

/**
 * Layers settings, later wins: defaults < workspace file < --config file < command line.
 * Rule settings merge per rule and per field. A layer that picks a preset without its own
 * minimum also replaces a minimum set by an earlier layer (the preset defines it).
 */
export function mergeSettings(...layers: ReviewSettings[]): ReviewSettings {
  const out: ReviewSettings = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.preset !== undefined) {
      out.preset = layer.preset;
      if (layer.conservativeCareMinimumMonths === undefined) delete out.conservativeCareMinimumMonths;
    }
    if (layer.conservativeCareMinimumMonths !== undefined) out.conservativeCareMinimumMonths = layer.conservativeCareMinimumMonths;
    if (layer.endplateWidthMm !== undefined) out.endplateWidthMm = layer.endplateWidthMm;
    if (layer.dateOfService !== undefined) out.dateOfService = layer.dateOfService;
    if (layer.customTargets !== undefined) out.customTargets = [...layer.customTargets];
    if (layer.rules) {
      const rules: Record<string, RuleSetting> = { ...(out.rules ?? {}) };
      for (const [id, s] of Object.entries(layer.rules)) {
        rules[id] = { ...(rules[id] !== undefined ? normalizeRule(rules[id]) : {}), ...normalizeRule(s) };
      }
      out.rules = rules;
    }
  }
  return out;
}

/** Applies defaults and the preset. Values that escaped validation fall back to defaults. */
export function resolveSettings(settings: ReviewSettings = {}): ResolvedSettings {
  const { settings: valid } = validateSettings(settings, 'settings');
  const months = valid.conservativeCareMinimumMonths ?? PRESET_MINIMUM_MONTHS[valid.preset ?? 'standard'];
  const rules: ResolvedSettings['rules'] = {};
  for (const rule of RULES) {
    const s = valid.rules?.[rule.id] !== undefined ? normalizeRule(valid.rules[rule.id]) : {};
    rules[rule.id] = { enabled: s.enabled ?? true, ...(s.severity ? { severity: s.severity } : {}) };
  }
  return {
    conservativeCareMinimumMonths: months,
    endplateWidthMm: valid.endplateWidthMm ?? TYPICAL_ENDPLATE_WIDTH_MM,
    customTargets: valid.customTargets ?? [],
    dateOfService: valid.dateOfService,
    rules,
  };
}
