/**
 * The review layer: guideline rules run over an analysed note, with the note summary,
 * hover content and settings (the rules write the physician queries). Pure library, like the
 * rest of engine/.
 */
export { reviewNote, reviewAnalysis, adoptReview, startPartedReview, reviewNotePart, finishPartedReview, PartedReview, Review, RuleDiagnostic, ReviewSettings, RuleSetting, ResolvedSettings } from './reviewNote';
export { NoteSummary, CriterionSummary, buildSummary } from './summary';
export { hoverMarkdown, diagnosticHoverMarkdown, diagnosticsHoverMarkdown, escapeMarkdown, citationText } from './hover';
export { parseConfig, validateSettings, mergeSettings, resolveSettings, CONFIG_FILE_NAME, PRESET_MINIMUM_MONTHS } from './config';
export { buildQuery, QuerySpec } from '../rules/queries';
export { RULES, ruleById, Rule } from '../rules';
export { noteStatus, NoteStatus, NOTE_STATUSES, NOTE_STATUS_LABEL, plansFusion } from './noteStatus';
