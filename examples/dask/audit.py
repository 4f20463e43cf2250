#!/usr/bin/env python3
"""Audit many notes on a Dask cluster: each partition is piped through one
`clinical-review audit --ndjson-stdin` process, results come back in input order.

    python3 examples/dask/audit.py --notes DIR_OR_JSONL --out RESULTS.ndjson \
        [--workers N] [--scheduler ADDRESS] [--cli PATH] [--summary SUMMARY.json]

--notes is a folder (its .note, .rad and .txt files, by path, each read as UTF-8; the id is the
path below the folder) or a JSON-lines file of {"id", "text", "date"?, "meta"?} lines, passed to
the CLI byte for byte. Without --scheduler a LocalCluster of N worker processes (one thread each)
runs on 127.0.0.1. The workers read the notes themselves: on a remote cluster the path must be
one every worker sees (a shared mount). Every worker needs Node 20 and the CLI (--cli).

The output has one line per input line, as `audit --ndjson-stdin` writes it (error lines carry the
line number in the whole input). The merged summary is written as JSON (--summary, default
RESULTS.summary.json) and printed as counts only: no note text, no ids.
"""
import argparse
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import dask.bag as db
    from dask import delayed
    from dask.bytes import read_bytes
    from distributed import Client, LocalCluster
except ImportError:
    sys.exit("audit.py needs Dask's distributed: apt-get install python3-distributed (and run Debian's /usr/bin/python3)")

NOTE_SUFFIXES = (".note", ".rad", ".txt")
PARTITION_BYTES = 1 << 20  # a JSON-lines partition: about 1 MiB of notes
PARTITION_FILES = 256  # a folder partition: this many files
LISTED_SKIPS = 1000  # as the CLI: skipped notes listed one by one up to this many
# The end of an error line: ,"line":N,"error":"..."} (a reviewed line ends with "warnings":[...]}).
ERROR_TAIL = re.compile(rb',"line":(\d+),"error":("(?:[^"\\]|\\.)*")\}$')


def cli_command(cli):
    """How to start the CLI: a .js file runs under node, anything else as an executable."""
    return ["node", cli] if cli.endswith(".js") else [cli]


def default_cli():
    on_path = shutil.which("clinical-review")
    if on_path:
        return on_path
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bin", "clinical-review.js")
    return os.path.normpath(here)


def audit_partition(lines, cli):
    """Runs on a worker: the partition's JSON lines through one CLI process, its results and summary back."""
    lines = list(lines)
    payload = b"".join(line if line.endswith(b"\n") else line + b"\n" for line in lines)
    with tempfile.TemporaryDirectory(prefix="cnr-dask-") as tmp:
        summary_file = os.path.join(tmp, "summary.json")
        cmd = cli_command(cli) + ["audit", "--ndjson-stdin", "--jobs", "1", "--quiet", "--summary", summary_file]
        done = subprocess.run(cmd, input=payload, capture_output=True)
        if done.returncode != 0:
            # The CLI's standard error names no note; it is passed on so the failure says why.
            raise RuntimeError(f"{' '.join(cmd[:3])} exited with {done.returncode}: {done.stderr.decode('utf-8', 'replace')[-2000:]}")
        with open(summary_file, encoding="utf-8") as f:
            summary = json.load(f)
    results = split_lines(done.stdout)
    if len(results) != len(lines):
        raise RuntimeError(f"the CLI answered {len(results)} lines for {len(lines)} notes")
    return [{"results": results, "summary": summary}]


def split_lines(block):
    """A block of a JSON-lines file as its lines, split at "\\n" only (as the CLI reads them)."""
    lines = block.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines


def read_note(root, rel):
    with open(os.path.join(root, rel), "rb") as f:
        text = f.read().decode("utf-8-sig", errors="replace")
    return json.dumps({"id": rel, "text": text}, ensure_ascii=False).encode("utf-8")


def notes_bag(source):
    if os.path.isdir(source):
        files = sorted(
            os.path.relpath(os.path.join(d, name), source)
            for d, _, names in os.walk(source)
            for name in names
            if name.lower().endswith(NOTE_SUFFIXES)
        )
        if not files:
            sys.exit(f"audit.py: no .note, .rad or .txt files in {source}")
        return db.from_sequence(files, partition_size=PARTITION_FILES).map(lambda rel: read_note(source, rel))
    _, blocks = read_bytes(source, delimiter=b"\n", blocksize=PARTITION_BYTES, sample=False)
    return db.from_delayed([delayed(split_lines)(b) for b in blocks[0]])


def renumber(line, offset):
    """An error line's number counted in the whole input, not in its partition."""
    m = ERROR_TAIL.search(line)
    if not m or offset == 0:
        return line
    return line[: m.start()] + b',"line":%d,"error":' % (int(m.group(1)) + offset) + m.group(2) + b"}"


def merge(total, part, offset):
    """Adds one partition's summary to the total: numbers add up, skipped notes are listed in input order."""
    for key, value in part.items():
        if key == "share":
            continue
        if isinstance(value, dict):
            merge(total.setdefault(key, {}), value, offset)
        elif isinstance(value, list):
            listed = total.setdefault(key, [])
            for item in value:
                if len(listed) < LISTED_SKIPS:
                    listed.append({**item, "line": item["line"] + offset})
                else:
                    total["notListed"] = total.get("notListed", 0) + 1
        else:
            total[key] = total.get(key, 0) + value


def finish(total):
    plans = total["fusionPlans"]
    for m in plans["missing"].values():
        m["share"] = round((m["notMet"] + m["notDocumented"]) / plans["notes"], 3) if plans["notes"] else 0
    return total


def summary_text(s):
    by_count = lambda d: ", ".join(f"{k} {n}" for k, n in sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))) or "none"
    kinds = sorted(s["findingsByKind"].items(), key=lambda kv: (-kv[1]["total"], kv[0]))
    return "\n".join(
        [
            f"audit: {s['notes']} notes: {s['reviewed']} reviewed, {s['skipped']['total']} skipped ({by_count(s['skipped']['byReason'])})",
            "findings by kind (present/all): " + (", ".join(f"{k} {n['present']}/{n['total']}" for k, n in kinds) or "none"),
            f"diagnostics by rule: {by_count(s['diagnosticsByRule'])}",
            f"notes with red flags: {s['notesWithRedFlags']}",
            f"notes planning fusion: {s['fusionPlans']['notes']}",
        ]
    )


def run(client, notes, out, cli):
    """Partitions are computed anywhere, written here in input order, each dropped once written."""
    parts = notes.map_partitions(audit_partition, cli).to_delayed()
    futures = client.compute(parts)
    total = {"notes": 0, "reviewed": 0, "skipped": {"total": 0, "byReason": {}, "notes": [], "notListed": 0}, "findingsByKind": {}, "diagnosticsByRule": {}, "notesWithRedFlags": 0, "fusionPlans": {"notes": 0, "missing": {}}}
    offset = 0
    try:
        with open(out + ".partial", "wb") as f:
            for future in futures:
                [part] = future.result()
                future.release()
                for line in part["results"]:
                    f.write(renumber(line, offset) + b"\n")
                merge(total, part["summary"], offset)
                offset += len(part["results"])
    except BaseException:
        os.remove(out + ".partial")  # no half-written results that look like whole ones
        raise
    os.replace(out + ".partial", out)
    return finish(total)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--notes", required=True, help="a folder of .note/.rad/.txt files, or a JSON-lines file")
    p.add_argument("--out", required=True, help="results, one JSON line per note")
    p.add_argument("--workers", type=int, default=os.cpu_count(), help="local worker processes (without --scheduler)")
    p.add_argument("--scheduler", help="address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786")
    p.add_argument("--cli", default=default_cli(), help="the clinical-review CLI on every worker")
    p.add_argument("--summary", help="merged summary as JSON (default: OUT.summary.json)")
    a = p.parse_args()
    if not os.path.exists(a.notes):
        sys.exit(f"audit.py: {a.notes} does not exist")
    if a.scheduler:
        client = Client(a.scheduler)
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        summary = run(client, notes_bag(a.notes), a.out, a.cli)
    except RuntimeError as e:
        sys.exit(f"audit.py: a partition failed: {e}")
    finally:
        client.close()
        if not a.scheduler:
            cluster.close()
    with open(a.summary or a.out + ".summary.json", "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=2)
        f.write("\n")
    print(summary_text(summary))


if __name__ == "__main__":
    main()
