/**
 * Public entry of the analysis engine: text -> findings -> case -> recommendations.
 * Pure library: no vscode or LSP imports anywhere under engine/.
 */
export * from './types';
export { analyzeNote, NoteAnalysis, MAX_ANALYZED_CHARS } from './analyzeNote';
export { CONFIG_FILE_NAME } from './review/config';
