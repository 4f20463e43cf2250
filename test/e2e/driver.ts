// Drives a VS Code workbench (code-server in Debian's Chromium) the way a person would:
// Ctrl+P to open a note, Ctrl+Shift+M for Problems, the mouse over a word for a hover,
// Ctrl+. for quick fixes, the command palette for commands. Every wait polls for what
// the screen shows; nothing sleeps a fixed time.
//
// The selectors are VS Code 1.100's (code-server 4.100.3). The expectations these steps
// check live in expectations.ts, shared with the @vscode/test-electron suite.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Frame, Locator, Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export interface LaunchOptions {
  executablePath?: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
}

/** Starts Chromium through playwright-core (never its own browser download). */
export async function launchBrowser(opts: LaunchOptions = {}): Promise<Browser> {
  // Loaded lazily so that files importing this module for its types do not need it.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  // Its own HOME: Chromium keeps crash reports and caches under ~/.config and ~/.cache.
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-chromium-home-'));
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  Object.assign(env, { HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache') });
  try {
    const browser = await chromium.launch({
      executablePath: opts.executablePath || process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: opts.headless !== false,
      args: CHROMIUM_ARGS,
      env,
    });
    browser.on('disconnected', () => fs.rmSync(home, { recursive: true, force: true }));
    return browser;
  } catch (e) {
    fs.rmSync(home, { recursive: true, force: true });
    throw e;
  }
}

export class TimeoutError extends Error {}

/** Polls `probe` until it returns something truthy; fails with `what` and the last value seen. */
export async function pollUntil<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 30000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v as T;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? `: ${lastError.message.split('\n')[0]}` : '';
      throw new TimeoutError(`timed out after ${timeoutMs / 1000}s waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export interface ProblemRow {
  /** The row's text as shown: message, source, code and position. */
  text: string;
  /** The aria-label, which VS Code fills with severity, message, position and source. */
  label: string;
  /** 'file' rows head each file's group; 'marker' rows are the diagnostics. */
  kind: 'file' | 'marker' | 'other';
  /** The file a row belongs to (the file row above it). */
  file: string;
  /** Its place in the panel's list. */
  index: number;
}

/** A rectangle in page coordinates (of a word: with the colour its first character is drawn in). */
interface Rect { x: number; y: number; width: number; height: number; color?: string }

export class Workbench {
  readonly artifacts: string[] = [];

  constructor(readonly page: Page, readonly artifactsDir: string) {}

  static async open(browser: Browser, url: string, artifactsDir: string, opts: { viewport?: { width: number; height: number }; timeoutMs?: number } = {}): Promise<Workbench> {
    const context = await browser.newContext({ viewport: opts.viewport || { width: 1440, height: 900 } });
    const page = await context.newPage();
    const wb = new Workbench(page, artifactsDir);
    page.on('pageerror', (e) => wb.consoleErrors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') wb.consoleErrors.push(m.text()); });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: opts.timeoutMs || 90000 });
    await page.waitForSelector('.monaco-workbench', { timeout: opts.timeoutMs || 90000 });
    // The explorer lists the folder once the workspace is loaded.
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: opts.timeoutMs || 90000 });
    return wb;
  }

  readonly consoleErrors: string[] = [];

  // ---- files -------------------------------------------------------------------------

  /** Ctrl+P, the file's name, Enter; waits until its editor tab is active. */
  async openFile(fileName: string, timeoutMs = 60000): Promise<void> {
    const { page } = this;
    // The row and tab whose name is the file's own (not, say, its annotations sidecar "<name>.json").
    const exactName = page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(fileName)}$`) });
    const opened = async () =>
      (await page.locator('.tabs-container .tab.active').filter({ has: exactName }).count()) > 0 && (await page.locator('.editor-instance .view-lines').count()) > 0;
    const deadline = Date.now() + timeoutMs;
    // Quick open fills its list in steps (history, then ripgrep's results), and a row can move
    // under the pointer between finding it and clicking it: check the tab, and try again if not.
    for (let attempt = 1; ; attempt++) {
      await this.focusWorkbench();
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget:visible .quick-input-box input');
      await input.waitFor({ state: 'visible', timeout: timeoutMs });
      await input.fill(fileName);
      const rows = page.locator('.quick-input-widget:visible .quick-input-list .monaco-list-row');
      const row = rows.filter({ has: exactName }).first();
      await row.waitFor({ state: 'visible', timeout: Math.max(1000, deadline - Date.now()) });
      await pollUntil('quick open settled', async () => {
        const before = await rows.allTextContents();
        await page.waitForTimeout(300);
        return JSON.stringify(before) === JSON.stringify(await rows.allTextContents()) || undefined;
      }, 10000);
      // Click the row itself: Enter takes whichever row is focused, which late in a session (a
      // history of opened files, a webview beside) need not be this one.
      await row.click();
      try {
        await pollUntil(`the editor tab for ${fileName}`, async () => (await opened()) || undefined, attempt < 3 ? 10000 : Math.max(1000, deadline - Date.now()));
        return;
      } catch (e) {
        if (attempt >= 3 || Date.now() > deadline) throw e;
      }
    }
  }

  /** Clicks into the editor area so that key presses reach the workbench. */
  async focusWorkbench(): Promise<void> {
    const { page } = this;
    // A mouse hover closes when the mouse leaves; Escape would also clear the editor's selection.
    await this.moveMouseAway();
    // Close what may be open: quick input, a code action menu, a hover, a find widget.
    for (let i = 0; i < 3; i++) {
      const open = await page.locator('.quick-input-widget:visible, .action-widget:visible, .context-view .monaco-menu:visible, .monaco-hover:visible').count();
      if (!open) break;
      await page.keyboard.press('Escape');
    }
  }

  /** The text of the active editor's visible lines, in screen order, one string per visual line. */
  async editorLines(): Promise<string[]> {
    return this.page.evaluate(() => {
      const doc = (globalThis as any).document;
      const root = doc.querySelector('.editor-group-container.active .editor-instance .view-lines')
        || doc.querySelector('.editor-instance .view-lines');
      if (!root) return [];
      const lines = Array.from(root.querySelectorAll('.view-line')) as any[];
      lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
      return lines.map((l) => String(l.textContent || '').replace(/\u00a0/g, ' '));
    });
  }

  async editorText(): Promise<string> {
    return (await this.editorLines()).join('\n');
  }

  /** Whether the active editor has unsaved changes. */
  async activeTabDirty(): Promise<boolean> {
    return (await this.page.locator('.tabs-container .tab.active.dirty').count()) > 0;
  }

  // ---- problems ----------------------------------------------------------------------

  /** Ctrl+Shift+M: shows the Problems panel. */
  async openProblems(): Promise<void> {
    const { page } = this;
    await this.focusWorkbench();
    if (await page.locator('.markers-panel:visible').count()) return;
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').first().waitFor({ state: 'visible', timeout: 15000 });
  }

  /** The rows the Problems panel renders now (its list is virtual: only those in view). */
  async problemRows(): Promise<ProblemRow[]> {
    return assignFiles(await this.renderedProblemRows());
  }

  private async renderedProblemRows(): Promise<ProblemRow[]> {
    return this.page.evaluate(() => {
      const doc = (globalThis as any).document;
      // Sticky-scroll copies of rows (the file row pinned on top) are not the list's own rows.
      const rows = (Array.from(doc.querySelectorAll('.markers-panel .monaco-list-row')) as any[])
        .filter((r) => !r.closest('.monaco-tree-sticky-container'));
      return rows.map((r) => {
        const text = String(r.innerText || r.textContent || '').replace(/\u00a0/g, ' ');
        const label = String(r.getAttribute('aria-label') || '');
        const kind = r.querySelector('.marker-icon, .marker-message-details') ? 'marker'
          : r.querySelector('.resource-label, .monaco-icon-label.file-icon, .file-icon') && !/\[Ln \d+/.test(text) ? 'file' : 'other';
        return { text, label, kind, file: '', index: Number(r.getAttribute('data-index')) };
      });
    }) as Promise<ProblemRow[]>;
  }

  /**
   * Every row of the Problems panel, rendered or not: scrolls its virtual list from top to
   * bottom with the mouse wheel and gathers the rows, then scrolls back to the top.
   * With `stopAt`, stops (leaving that row on screen) at the first row it accepts.
   */
  async allProblemRows(stopAt?: (row: ProblemRow) => boolean): Promise<{ rows: ProblemRow[]; stoppedAt?: ProblemRow }> {
    const { page } = this;
    await this.openProblems();
    const list = page.locator('.markers-panel .monaco-list').first();
    const box = await list.boundingBox();
    const byIndex = new Map<number, ProblemRow>();
    const sorted = () => assignFiles([...byIndex.values()].sort((a, b) => a.index - b.index));
    const add = async () => { for (const r of await this.renderedProblemRows()) if (!byIndex.has(r.index)) byIndex.set(r.index, r); };
    const found = () => (stopAt ? sorted().find(stopAt) : undefined);
    await add();
    if (box && box.height > 0) {
      await this.scrollProblemsToTop(box);
      await add();
      for (let i = 0; i < 500 && !found(); i++) {
        const before = await this.problemsScroll();
        if (!before || before.top + before.viewport >= before.height - 1) break; // the bottom
        await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40));
        await page.mouse.wheel(0, Math.max(100, box.height * 0.8));
        const moved = await pollUntil('the Problems list to scroll', async () => {
          const now = await this.problemsScroll();
          return now && now.top !== before.top ? now : undefined;
        }, 2000, 30).catch(() => undefined);
        await add();
        if (!moved) break;
      }
      const hit = found();
      if (hit) return { rows: sorted(), stoppedAt: hit };
      await this.scrollProblemsToTop(box);
    }
    const rows = sorted();
    return { rows, stoppedAt: stopAt ? rows.find(stopAt) : undefined };
  }

  /** The Problems list's scroll position, content height and viewport height, in pixels. */
  private async problemsScroll(): Promise<{ top: number; height: number; viewport: number } | null> {
    return this.page.evaluate(() => {
      const doc = (globalThis as any).document;
      const list = doc.querySelector('.markers-panel .monaco-list');
      const rows = list && list.querySelector('.monaco-list-rows');
      if (!rows) return null;
      return {
        top: -parseFloat(rows.style.top || '0') || 0,
        height: parseFloat(rows.style.height || '0') || 0,
        viewport: list.getBoundingClientRect().height,
      };
    });
  }

  /** Wheels the Problems list up to its top. */
  private async scrollProblemsToTop(box: { x: number; y: number; width: number; height: number }): Promise<void> {
    const { page } = this;
    for (let i = 0; i < 100; i++) {
      const s = await this.problemsScroll();
      if (!s || s.top <= 0) return;
      await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40));
      await page.mouse.wheel(0, -Math.max(s.top, box.height) * 2);
      await pollUntil('the Problems list to scroll up', async () => {
        const now = await this.problemsScroll();
        return now && now.top < s.top ? true : undefined;
      }, 2000, 30).catch(() => undefined);
    }
  }

  /** The codes (among `knownCodes`) of the diagnostic rows rendered now, for `file` or all files. */
  async problemCodes(knownCodes: readonly string[], file?: string): Promise<string[]> {
    return codesOf(await this.problemRows(), knownCodes, file);
  }

  /** The codes (among `knownCodes`) Problems lists for `file`, rendered or not. */
  async problemCodesFor(file: string, knownCodes: readonly string[]): Promise<string[]> {
    return codesOf((await this.allProblemRows()).rows, knownCodes, file);
  }

  /**
   * Polls the Problems panel until it lists a diagnostic for `file` and every code in
   * `expected`. Returns the codes seen and when the first diagnostic and the last expected
   * code appeared.
   */
  async waitForProblems(file: string, knownCodes: readonly string[], expected: readonly string[], timeoutMs = 60000): Promise<{ codes: string[]; firstAt: number; allAt: number }> {
    let firstAt = 0;
    let last: string[] = [];
    let lastScan = 0;
    try {
      await pollUntil(`Problems to list ${expected.join(', ') || 'a diagnostic'} for ${file}`, async () => {
        last = await this.problemCodes(knownCodes, file);
        if (last.length > 0 && !firstAt) firstAt = Date.now();
        if (last.length > 0 && expected.every((c) => last.includes(c))) return true;
        // Rows may be out of view (the list is virtual): scroll through it, now and then.
        if (Date.now() - lastScan < 1000) return false;
        last = [...new Set([...last, ...(await this.problemCodesFor(file, knownCodes))])].sort();
        lastScan = Date.now();
        if (last.length > 0 && !firstAt) firstAt = Date.now();
        return last.length > 0 && expected.every((c) => last.includes(c));
      }, timeoutMs, 50);
    } catch (e) {
      throw new Error(`${(e as Error).message}; Problems showed [${last.join(', ')}]`);
    }
    return { codes: last, firstAt, allAt: Date.now() };
  }

  // ---- hover -------------------------------------------------------------------------

  /** The on-screen rectangle of the first visible occurrence of `word` in the editor. */
  async wordRect(word: string | RegExp): Promise<Rect | null> {
    const src = typeof word === 'string' ? { source: escapeRegExp(word), flags: '' } : { source: word.source, flags: word.flags.replace('g', '') };
    return this.page.evaluate(({ source, flags }) => {
      const doc = (globalThis as any).document;
      const re = new RegExp(source, flags);
      const root = doc.querySelector('.editor-group-container.active .editor-instance .view-lines')
        || doc.querySelector('.editor-instance .view-lines');
      if (!root) return null;
      const lines = Array.from(root.querySelectorAll('.view-line')) as any[];
      lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
      for (const line of lines) {
        // Monaco splits a line into several spans: join their text nodes, then map back.
        const walker = doc.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
        const nodes: any[] = [];
        let text = '';
        let n;
        while ((n = walker.nextNode())) { nodes.push({ node: n, start: text.length }); text += n.data; }
        const m = re.exec(text.replace(/\u00a0/g, ' '));
        if (!m) continue;
        const at = (offset: number) => {
          for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i].start <= offset) return { node: nodes[i].node, off: offset - nodes[i].start };
          return { node: nodes[0].node, off: 0 };
        };
        const a = at(m.index);
        const b = at(m.index + m[0].length);
        const range = doc.createRange();
        range.setStart(a.node, a.off);
        range.setEnd(b.node, Math.min(b.off, b.node.data.length));
        const rects = range.getClientRects();
        const r = rects.length ? rects[0] : range.getBoundingClientRect();
        if (r.width <= 0) continue;
        const color = String((globalThis as any).getComputedStyle(a.node.parentElement).color);
        return { x: r.x, y: r.y, width: r.width, height: r.height, color };
      }
      return null;
    }, src);
  }

  /** Puts the cursor on `word` (Ctrl+F to reveal it if it is scrolled away). */
  async revealWord(word: string | RegExp): Promise<Rect> {
    let rect = await this.wordRect(word);
    if (!rect) {
      const { page } = this;
      await page.keyboard.press('Control+1'); // focus the editor (not a panel)
      await page.keyboard.press('Control+F');
      const find = page.locator('.find-widget textarea, .find-widget input').first();
      await find.waitFor({ state: 'visible', timeout: 10000 });
      // The find widget searches plain text, case-insensitively: a RegExp gives its source.
      await find.fill(typeof word === 'string' ? word : word.source);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      rect = await pollUntil(`"${word}" on screen`, () => this.wordRect(word), 10000);
    }
    return rect;
  }

  /** Moves the mouse off the editor (to the empty title area) and waits for a mouse hover to close. */
  async moveMouseAway(): Promise<void> {
    const { page } = this;
    if (!(await page.locator('.monaco-hover:visible').count())) return;
    const size = page.viewportSize() ?? { width: 1280, height: 800 };
    await page.mouse.move(size.width / 2, 2);
    await page.locator('.monaco-hover:visible').first().waitFor({ state: 'hidden', timeout: 3000 }).catch(() => undefined);
  }

  /**
   * Selects `word` in the editor with the mouse (click, Shift+click) and checks that the status
   * bar counts the selected characters; retries, since a hover or a re-render can swallow a click.
   */
  async selectWord(word: string): Promise<void> {
    const { page } = this;
    const selected = async () => (await this.statusBarItems()).some((i) => new RegExp(`\\(${word.length} selected\\)`).test(i.text));
    for (let attempt = 1; ; attempt++) {
      const rect = await this.revealWord(word);
      await page.mouse.click(rect.x + 1, rect.y + rect.height / 2);
      await page.keyboard.down('Shift');
      await page.mouse.click(rect.x + rect.width - 1, rect.y + rect.height / 2);
      await page.keyboard.up('Shift');
      await this.moveMouseAway();
      const ok = await pollUntil(`"${word}" selected`, async () => (await selected()) || undefined, 3000, 200).catch(() => false);
      if (ok) return;
      if (attempt === 3) throw new Error(`could not select "${word}": the status bar does not count ${word.length} selected characters`);
    }
  }

  /** The colour (CSS rgb()) the editor draws the first character of `word` in. */
  async colorOf(word: string | RegExp): Promise<string> {
    return (await this.revealWord(word)).color ?? '';
  }

  /** Scrolls the editor until `text` is on screen. */
  async revealText(text: string | RegExp): Promise<Rect> {
    return this.revealWord(text);
  }

  /**
   * Moves the mouse over `word` and returns the text of the hover that opens. Polls:
   * wiggles the mouse inside the word until `.monaco-hover` shows text matching `expect`.
   */
  async hoverWord(word: string, expect: RegExp = /\S/, timeoutMs = 30000): Promise<string> {
    const { page } = this;
    const rect = await this.revealWord(word);
    let i = 0;
    let lastText = '';
    try {
      return await pollUntil(`a hover over "${word}" matching ${expect}`, async () => {
        // Re-read the rectangle: the editor may have scrolled or re-rendered.
        const r = (await this.wordRect(word)) || rect;
        const dx = [0.5, 0.35, 0.65][i % 3];
        if (i % 10 === 0) {
          await page.mouse.move(r.x + r.width / 2, r.y - 40); // leave, so the hover is asked for anew
        }
        await page.mouse.move(r.x + r.width * dx, r.y + r.height / 2, { steps: 2 });
        i++;
        const hovers = page.locator('.monaco-hover:visible');
        const n = await hovers.count();
        for (let k = 0; k < n; k++) {
          const t = (await hovers.nth(k).innerText()).trim();
          if (t) lastText = t;
          if (expect.test(t)) return t;
        }
        return undefined;
      }, timeoutMs, 300);
    } catch (e) {
      throw new Error(`${(e as Error).message}; last hover text: ${JSON.stringify(lastText.slice(0, 300))}`);
    }
  }

  async hideHover(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.mouse.move(5, 5);
  }

  // ---- code actions ------------------------------------------------------------------

  /**
   * Selects the first diagnostic with `code` (for `file`) in the Problems panel, scrolling its
   * list to it, and opens it: the editor gets the focus with the diagnostic's range selected.
   * False if there is no such row.
   */
  async selectProblem(code: string, file?: string): Promise<boolean> {
    const { page } = this;
    const { stoppedAt } = await this.allProblemRows((r) => r.kind === 'marker' && (!file || sameFile(r.file, file)) && codesInRow(r, [code]).length > 0);
    if (!stoppedAt) return false;
    const row = page.locator(`.markers-panel .monaco-list-row[data-index="${stoppedAt.index}"]`);
    await row.scrollIntoViewIfNeeded().catch(() => undefined);
    await row.click();
    await page.keyboard.press('Enter');
    await pollUntil('the editor to take the focus', async () => page.evaluate(() => {
      const doc = (globalThis as any).document;
      const el = doc.activeElement;
      return !!(el && el.closest && el.closest('.editor-instance'));
    }), 5000);
    return true;
  }

  /** Opens the quick-fix menu (Ctrl+.) at the cursor and returns its entries. */
  async quickFixes(timeoutMs = 20000, what = 'quick fixes at the cursor'): Promise<string[]> {
    const { page } = this;
    return pollUntil(what, async () => {
      if (!(await page.locator('.action-widget:visible').count())) {
        await page.keyboard.press('Control+.');
        await page.locator('.action-widget:visible').first().waitFor({ timeout: 3000 }).catch(() => undefined);
      }
      const rows = page.locator('.action-widget:visible .monaco-list-row');
      const texts = (await rows.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
      // "No code actions available" also shows in the widget while the server is computing.
      return texts.length && !texts.every((t) => /no code actions/i.test(t)) ? texts : undefined;
    }, timeoutMs, 500);
  }

  /** Clicks `word`, opens the quick-fix menu (Ctrl+.) and returns its entries. */
  async quickFixesAt(word: string, timeoutMs = 20000): Promise<string[]> {
    const { page } = this;
    const rect = await this.revealWord(word);
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    await page.keyboard.press('Escape');
    return this.quickFixes(timeoutMs, `quick fixes at "${word}"`);
  }

  /**
   * Chooses the open quick-fix menu's first entry matching `title`, with the keyboard (the
   * menu sits under a pointer-blocking layer): arrows down to it, Enter.
   */
  async chooseQuickFix(title: RegExp): Promise<string> {
    const { page } = this;
    const menu = page.locator('.action-widget:visible');
    const rows = menu.locator('.monaco-list-row');
    await rows.filter({ hasText: title }).first().waitFor({ state: 'visible', timeout: 10000 });
    const n = await rows.count();
    for (let i = 0; i <= n + 1; i++) {
      const focused = menu.locator('.monaco-list-row.focused').first();
      const label = (await focused.count())
        ? ((await focused.getAttribute('aria-label')) || (await focused.innerText().catch(() => '')))
        : '';
      if (title.test(label)) {
        await page.keyboard.press('Enter');
        await menu.first().waitFor({ state: 'hidden', timeout: 10000 }).catch(() => undefined);
        return label.trim();
      }
      await page.keyboard.press('ArrowDown');
    }
    throw new Error(`no quick fix matching ${title} could be focused`);
  }

  // ---- commands ----------------------------------------------------------------------

  /** Ctrl+Shift+P, the command's title, Enter. */
  async runCommand(title: string, timeoutMs = 20000): Promise<void> {
    const { page } = this;
    await this.focusWorkbench();
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget:visible .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: timeoutMs });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-widget:visible .quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ state: 'visible', timeout: timeoutMs });
    await row.click();
    await page.locator('.quick-input-widget:visible').waitFor({ state: 'hidden', timeout: timeoutMs }).catch(() => undefined);
  }

  /** Ctrl+K Ctrl+T, the theme's name, Enter; waits until the workbench has switched to it. */
  async setColorTheme(name: string, dark: boolean, timeoutMs = 20000): Promise<void> {
    const { page } = this;
    await this.focusWorkbench();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+T');
    const input = page.locator('.quick-input-widget:visible .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: timeoutMs });
    await input.fill(name);
    const row = page.locator('.quick-input-widget:visible .quick-input-list .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ state: 'visible', timeout: timeoutMs });
    await row.click(); // not Enter: the focused row may be "Browse Additional Color Themes..."

    await page.locator('.quick-input-widget:visible').waitFor({ state: 'hidden', timeout: timeoutMs });
    await pollUntil(`the ${name} theme`, async () => page.evaluate((wantDark) => {
      const wb = (globalThis as any).document.querySelector('.monaco-workbench');
      return !!wb && wb.classList.contains('vs-dark') === wantDark;
    }, dark), timeoutMs);
  }

  /** Developer: Reload Window; waits for the workbench and its folder again. */
  async reloadWindow(timeoutMs = 90000): Promise<void> {
    const { page } = this;
    await page.evaluate(() => { (globalThis as any).cnrBeforeReload = true; });
    await this.runCommand('Developer: Reload Window').catch(() => undefined); // the page goes away under it
    await pollUntil('the page to reload', async () => page.evaluate(() => !(globalThis as any).cnrBeforeReload), timeoutMs, 200);
    await page.waitForSelector('.monaco-workbench', { timeout: timeoutMs });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: timeoutMs });
  }

  /** Polls the notification toasts until one shows text matching `expect`; returns its text. */
  async notification(expect: RegExp, timeoutMs = 30000): Promise<string> {
    const { page } = this;
    let seen: string[] = [];
    return pollUntil(`a notification matching ${expect}`, async () => {
      seen = (await page.locator('.notifications-toasts .notification-toast').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      return seen.find((t) => expect.test(t));
    }, timeoutMs, 200).catch((e) => { throw new Error(`${(e as Error).message}; notifications: ${JSON.stringify(seen)}`); });
  }

  /** Puts the cursor at the start of the first line containing `text` (found with Ctrl+F if off screen). */
  async cursorToLineOf(text: string): Promise<void> {
    const { page } = this;
    const rect = await this.revealWord(text);
    await page.mouse.click(rect.x + 2, rect.y + rect.height / 2);
    await page.keyboard.press('Home');
    await page.keyboard.press('Home'); // the first Home may stop at the indentation
  }

  /** Status bar entries' texts and labels. */
  async statusBarItems(): Promise<{ text: string; label: string }[]> {
    return this.page.evaluate(() => {
      const doc = (globalThis as any).document;
      return (Array.from(doc.querySelectorAll('.statusbar-item')) as any[]).map((el) => ({
        text: String(el.innerText || '').trim(),
        label: String(el.getAttribute('aria-label') || (el.querySelector('[aria-label]') || { getAttribute: () => '' }).getAttribute('aria-label') || ''),
      }));
    });
  }

  /** Clicks the status bar entry whose text or label matches. */
  async clickStatusBarItem(match: RegExp): Promise<boolean> {
    const { page } = this;
    const items = page.locator('.statusbar-item');
    const n = await items.count();
    for (let i = 0; i < n; i++) {
      const el = items.nth(i);
      const text = (await el.innerText().catch(() => '')) + ' ' + ((await el.getAttribute('aria-label')) || '');
      if (match.test(text)) {
        await (await el.locator('a, .statusbar-item-label').count() ? el.locator('a, .statusbar-item-label').first() : el).click();
        return true;
      }
    }
    return false;
  }

  // ---- webviews ----------------------------------------------------------------------

  /** Waits for a webview editor whose tab title matches and whose page shows text matching `expect`. */
  async waitForWebview(tabTitle: RegExp, expect: RegExp = /\S/, timeoutMs = 30000): Promise<{ title: string; text: string }> {
    const { page } = this;
    const tab = page.locator('.tabs-container .tab', { hasText: tabTitle }).first();
    await tab.waitFor({ state: 'visible', timeout: timeoutMs });
    const title = (await tab.innerText()).trim();
    let last = '';
    const text = await pollUntil(`a webview showing ${expect}`, async () => {
      for (const f of page.frames()) {
        const t = await webviewText(f);
        if (t && !/^\s*$/.test(t)) {
          last = t;
          if (expect.test(t)) return t;
        }
      }
      return undefined;
    }, timeoutMs, 200).catch((e) => { throw new Error(`${(e as Error).message}; webview text: ${JSON.stringify(last.slice(0, 300))}`); });
    return { title, text };
  }

  // ---- artifacts ---------------------------------------------------------------------

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(this.artifactsDir, { recursive: true });
    const file = path.join(this.artifactsDir, `${name}.png`);
    await this.page.screenshot({ path: file });
    this.artifacts.push(file);
    return file;
  }
}

async function webviewText(f: Frame): Promise<string> {
  // Webview content sits in an inner frame (the "active-frame") of the webview's iframe.
  if (!/webview|vscode-webview|fake\.html|index\.html\?id=/.test(f.url()) && f.parentFrame() === null) return '';
  try {
    return await f.evaluate(() => {
      const doc = (globalThis as any).document;
      if (!doc || !doc.body) return '';
      // The outer host frame only holds more iframes.
      if (doc.querySelector('iframe#active-frame, iframe#pending-frame') && !String(doc.body.innerText || '').trim()) return '';
      return String(doc.body.innerText || '');
    });
  } catch {
    return '';
  }
}

export function codesInRow(row: ProblemRow, knownCodes: readonly string[]): string[] {
  const hay = `${row.text}\n${row.label}`;
  return knownCodes.filter((c) => new RegExp(`(^|[^\\w-])${escapeRegExp(c)}([^\\w-]|$)`).test(hay));
}

/** Gives each row the file of the file row above it. */
function assignFiles(rows: ProblemRow[]): ProblemRow[] {
  const sorted = [...rows].sort((a, b) => a.index - b.index);
  let file = '';
  for (const r of sorted) {
    if (r.kind === 'file') file = r.text.split('\n')[0].trim();
    r.file = file;
  }
  return sorted;
}

function codesOf(rows: ProblemRow[], knownCodes: readonly string[], file?: string): string[] {
  const seen = new Set<string>();
  for (const r of rows) {
    if (r.kind !== 'marker' || (file && !sameFile(r.file, file))) continue;
    for (const code of codesInRow(r, knownCodes)) seen.add(code);
  }
  return [...seen].sort();
}

function sameFile(shown: string, file: string): boolean {
  return shown === file || shown.startsWith(`${file} `) || path.basename(file) === shown;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type { Locator };
