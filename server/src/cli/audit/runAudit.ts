import * as fs from 'fs';
import { Readable, Writable } from 'stream';
import { UsageError } from '../args';
import { NodeWorkspace } from '../../workspace';
import { settingsResolver } from '../settings';
import { AUDIT_USAGE, AuditArgs, parseAuditArgs } from './auditArgs';
import { AuditInput } from './auditInput';
import { AuditSummary } from './auditSummary';
import { reportFormat } from './formats';
import { AuditRecord, ReportWriter, reviewedRecord } from './formats/reportWriter';
import { listInputs, readInputs } from './fileInputs';
import { mapOrdered } from './ordered';
import { Output } from './output';
import { Progress } from './progress';
import { makeReviewer, ReviewOutcome } from './reviewPool';
import { stdinInputs } from './stdinInputs';

export interface AuditStreams {
  stdin: Readable;
  stdout: Writable;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export function processStreams(): AuditStreams {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

/** Notes in flight per worker: enough to keep every worker busy, few enough to bound memory. */
const WINDOW_PER_JOB = 64;

function makeReport(args: AuditArgs, out: Output, findingsOut: Output | undefined): ReportWriter {
  return reportFormat(args.format)!.create(out, { findingsOut });
}

/** `clinical-review audit`: many notes, all cores, one report in input order, a closing summary. */
export async function runAudit(argv: string[], streams: AuditStreams): Promise<number> {
  const say = (s: string) => streams.stderr.write(`clinical-review: ${s}\n`);
  let args: AuditArgs;
  try {
    args = parseAuditArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    streams.stderr.write(`clinical-review audit: ${e.message}\n\n${AUDIT_USAGE}\n`);
    return 2;
  }
  if (args.help) {
    streams.stdout.write(AUDIT_USAGE + '\n');
    return 0;
  }
  let settingsFailed = false;
  const settingsError = (m: string) => {
    settingsFailed = true;
    say(m);
  };
  const workspace = new NodeWorkspace();
  const settingsFor = settingsResolver(workspace, { config: args.config, date: args.date }, settingsError);

  const outputs: Output[] = [];
  try {
    outputs.push(Output.open(args.out, streams.stdout));
    if (args.csvFindings) outputs.push(Output.open(args.csvFindings, streams.stdout));
  } catch (e) {
    say(`cannot write the report (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    return 2;
  }
  const report = makeReport(args, outputs[0], outputs[1]);
  const summary = new AuditSummary();
  const started = Date.now();
  let inputs: Iterable<AuditInput> | AsyncIterable<AuditInput>;
  let total: number | undefined;
  // Standard input has no folder to find a settings file in: --config, or the defaults.
  if (args.ndjsonStdin) inputs = stdinInputs(streams.stdin, args.config ? settingsFor('') : args.date ? { dateOfService: args.date } : {});
  else {
    const listed = listInputs(args.inputs, workspace);
    total = listed.length;
    inputs = readInputs(listed, workspace, settingsFor);
  }
  const progress = new Progress(streams.stderr, !!streams.stderr.isTTY && !args.quiet, total);
  const reviewer = makeReviewer(args.jobs);

  report.begin();
  try {
    await mapOrdered(
      inputs,
      (input): Promise<ReviewOutcome> => ('task' in input ? reviewer.review(input.task) : Promise.resolve({ ok: false, error: input.skipped })),
      args.jobs * WINDOW_PER_JOB,
      async (input, outcome) => {
        const record: AuditRecord = outcome.ok ? reviewedRecord(input.ref, outcome.reviewed.json) : { ref: input.ref, error: outcome.error };
        if (outcome.ok) summary.reviewed(outcome.reviewed.tally);
        else summary.skipped(input.ref, outcome.error);
        report.record(record);
        progress.tick();
        await Promise.all(outputs.map((o) => o.drained()));
      },
    );
  } finally {
    await reviewer.close();
  }
  const totals = summary.toJson();
  report.end(totals);
  await Promise.all(outputs.map((o) => o.close()));
  progress.finish();
  if (!args.quiet) streams.stderr.write(summary.toText((Date.now() - started) / 1000) + '\n');
  let failed = settingsFailed;
  if (args.summary) {
    try {
      fs.writeFileSync(args.summary, JSON.stringify(totals, null, 2) + '\n');
    } catch (e) {
      say(`cannot write the summary (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      failed = true;
    }
  }
  for (const o of outputs) {
    if (o.error) {
      say(`the report could not be written completely (${o.error})`);
      failed = true;
    }
  }
  // A file that could not be read fails the run, as in the plain CLI; an NDJSON error line does not.
  if (!args.ndjsonStdin && totals.skipped.total > 0) failed = true;
  return failed ? 2 : 0;
}
