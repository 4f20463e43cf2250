import { mergeSettings, parseConfig, ReviewSettings } from '../engine';
import { NoteWorkspace } from '../workspace';

export function loadSettings(workspace: NoteWorkspace, file: string, onError: (m: string) => void): ReviewSettings {
  const read = workspace.readConfig(file);
  if ('error' in read) {
    onError(`${file}: cannot read settings (${read.error})`);
    return {};
  }
  const { settings, errors } = parseConfig(read.text, file);
  for (const e of errors) onError(e);
  return settings;
}

/**
 * The settings for each note: `--config` when given, else the nearest .clinical-review.json
 * above the note (each file read once), with `--date` as the date of service.
 */
export function settingsResolver(
  workspace: NoteWorkspace,
  options: { config?: string; date?: string },
  onError: (m: string) => void,
): (notePath: string) => ReviewSettings {
  const explicit = options.config ? loadSettings(workspace, options.config, onError) : undefined;
  const loaded = new Map<string, ReviewSettings>();
  return (notePath) => {
    let settings: ReviewSettings = {};
    if (explicit) settings = explicit;
    else {
      const configFile = workspace.findConfig(notePath);
      if (configFile && !loaded.has(configFile)) loaded.set(configFile, loadSettings(workspace, configFile, onError));
      if (configFile) settings = loaded.get(configFile) as ReviewSettings;
    }
    return options.date ? mergeSettings(settings, { dateOfService: options.date }) : settings;
  };
}
