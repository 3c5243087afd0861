"""Command line: `python -m pipeline run|diff|versions|fetch|asof|docs|explain|report`.

Exit codes: 0 success, 1 some inputs failed (or nothing could be published), 2 usage error,
3 the output directory is held by another run, 130 interrupted (SIGINT), 143 terminated
(SIGTERM: cleaned up as for an interrupt). Problems with the input are reported as one
line each, naming the file and line; they never print a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.dumps import DEFAULT_TITLES
from pipeline.errors import (
    DamagedVersion,
    OutputLocked,
    PublishFailed,
    Terminated,
    UsageError,
    ValidationFailed,
    WorkerSetupError,
    shown,
)
from pipeline.limits import DEFAULT_DOCUMENT_SECONDS, DEFAULT_INPUT_BYTES, Limits
from pipeline.reference import default_input
from schemas import collector

if TYPE_CHECKING:
    from pipeline.run import RunReport
    from pipeline.workers import Executor

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # 128 + SIGINT, 128 + SIGTERM
DEFAULT_OUTPUT = Path("output")


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed its one-line usage error
        return EXIT_USAGE if exc.code else EXIT_OK
    output = getattr(args, "output", None)
    before = _latest(output)
    # the collector run less often: the command's imports alone set off some 400 collections
    with _sigterm_as_interrupt(), collector.rarer():
        return _handle(args, output, before)


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """While a command runs, SIGTERM raises `Terminated` (an interrupt): the run cleans up what
    it holds on the way out (the spool of article text in the temporary folder, a version being
    written), as for Ctrl-C, instead of dying with it left behind."""

    def terminate(signum: int, frame: object) -> None:
        raise Terminated()

    try:
        before = signal.signal(signal.SIGTERM, terminate)
    except ValueError:  # not the main thread: signals are not ours to handle
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


def _handle(args: argparse.Namespace, output: Path | None, before: str | None) -> int:
    try:
        return int(args.handler(args))
    except BrokenPipeError:
        # stdout was closed (`| head`): what was published stays published; say nothing more
        _silence_stdout()
        return EXIT_OK if _latest(output) != before or before is not None else EXIT_INPUT
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OutputLocked as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    except (ValidationFailed, PublishFailed) as exc:
        print(f"error: nothing published: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except OSError as exc:  # the output directory cannot be created, locked or read
        where = exc.filename or getattr(args, "output", "")
        print(f"error: nothing published: {where}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt as exc:
        after = _latest(output)
        how = "terminated" if isinstance(exc, Terminated) else "interrupted"
        if after is not None and after != before:
            print(f"{how} after publishing: latest is now version {after}", file=sys.stderr)
        else:
            print(f"{how}: nothing published; latest is unchanged", file=sys.stderr)
        return EXIT_TERMINATED if isinstance(exc, Terminated) else EXIT_INTERRUPTED
    except DamagedVersion as exc:
        print(f"error: {output}: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except WorkerSetupError as exc:
        print(
            f"internal error: nothing published: {exc}; please report it; latest is unchanged",
            file=sys.stderr,
        )
        return EXIT_INPUT


def _latest(output: Path | None) -> str | None:
    if output is None:
        return None
    from pipeline.versions import latest_version

    try:
        return latest_version(output)
    except OSError:
        return None


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="extract the facts and publish a new version")
    run.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        metavar="INPUT",
        help="documents or directories of documents (default: the reference document in fixtures/)",
    )
    run.add_argument(
        "--output", type=Path, default=DEFAULT_OUTPUT, help="output directory (default: output/)"
    )
    run.add_argument(
        "--keep",
        type=_positive,
        default=None,
        metavar="N",
        help="keep only the newest N versions (never deleting latest)",
    )
    run.add_argument(
        "--wait",
        type=_seconds,
        default=0.0,
        metavar="SECONDS",
        help="wait this long for another run on the same output to finish",
    )
    run.add_argument(
        "--doc-timeout",
        type=_seconds,
        default=DEFAULT_DOCUMENT_SECONDS,
        metavar="SECONDS",
        help="skip a document whose extraction takes longer (default %(default)g; 0: no limit)",
    )
    run.add_argument(
        "--max-input-mb",
        type=_megabytes,
        default=DEFAULT_INPUT_BYTES / 1024 / 1024,
        metavar="MB",
        help="skip an input file larger than this (default %(default)g)",
    )
    run.add_argument(
        "--workers",
        type=_count,
        default=None,
        metavar="N",
        help="extract in N worker processes (default: one per core; 0: in this process)",
    )
    run.add_argument(
        "--title",
        default=DEFAULT_TITLES,
        metavar="PATTERN",
        help="in a MediaWiki export or dump, read the pages whose title matches this glob "
        "pattern (default %(default)r)",
    )
    run.add_argument(
        "--revisions",
        choices=("latest", "all"),
        default="latest",
        help="in a MediaWiki export or dump, read the latest revision of each page (default) or "
        "all of them, publishing each fact's history (fact_history) as well",
    )
    run.add_argument(
        "--executor",
        choices=("local", "dask"),
        default="local",
        help="where documents are extracted: worker processes here (default) or Dask",
    )
    run.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --executor dask: the scheduler to use (default: a local cluster for the run)",
    )
    run.add_argument("--quiet", action="store_true", help="no progress display")
    run.set_defaults(handler=_run)

    asof = sub.add_parser(
        "asof", help="the facts as the articles stated them on a date (needs --revisions all)"
    )
    asof.add_argument("date", help="YYYY-MM-DD (end of that day, UTC) or YYYY-MM-DDTHH:MM:SSZ")
    asof.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    asof.add_argument("--version", default=None, help="published version (default: latest)")
    asof.add_argument(
        "--into", type=Path, required=True, metavar="DIR", help="folder to write the tables to"
    )
    asof.set_defaults(handler=_asof)

    diff = sub.add_parser("diff", help="facts added, removed and changed between two versions")
    diff.add_argument("old", nargs="?", help="older version (default: the one before NEW)")
    diff.add_argument("new", nargs="?", help="newer version (default: latest)")
    diff.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    diff.add_argument(
        "--limit",
        type=_positive,
        default=20,
        metavar="N",
        help="list at most N changes per table (default 20)",
    )
    diff.add_argument(
        "--write", type=Path, metavar="FILE", help="also write the changes as a Parquet file"
    )
    diff.set_defaults(handler=_diff)

    panel = sub.add_parser("panel", help="a dyad-year table in the COW Diplomatic Exchange columns")
    panel.add_argument("--from", dest="first", type=_year, required=True, metavar="Y1")
    panel.add_argument("--to", dest="last", type=_year, required=True, metavar="Y2")
    panel.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    panel.add_argument("--version", metavar="V", help="version to read (default: latest)")
    panel.add_argument(
        "--write",
        type=Path,
        default=None,
        metavar="FILE",
        help="write it to FILE (.csv: CSV, else Parquet) instead of CSV on stdout",
    )
    panel.set_defaults(handler=_panel)

    versions = sub.add_parser("versions", help="list the published versions")
    versions.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    versions.set_defaults(handler=_versions)

    fetch = sub.add_parser("fetch", help="download the articles' current wikitext")
    fetch.add_argument("titles", nargs="*", metavar="TITLE", help="page titles, taken as given")
    fetch.add_argument(
        "--title",
        metavar="PATTERN",
        help="glob pattern of article titles (default, without TITLEs: 'Foreign relations of *')",
    )
    fetch.add_argument("--into", type=Path, required=True, metavar="DIR", help="folder to write")
    fetch.add_argument("--api", metavar="URL", help="MediaWiki API (default: English Wikipedia)")
    fetch.add_argument(
        "--contact",
        metavar="URL_OR_EMAIL",
        default=os.environ.get("FRPIPELINE_CONTACT"),
        help="contact put in the User-Agent (default: $FRPIPELINE_CONTACT)",
    )
    fetch.add_argument(
        "--wait",
        type=_seconds,
        default=0.0,
        metavar="SECONDS",
        help="wait this long for another fetch into DIR to finish (default: exit 3 at once)",
    )
    fetch.set_defaults(handler=_fetch)

    docs = sub.add_parser("docs", help="write the data dictionary from the schemas")
    docs.add_argument("--write", type=Path, default=None, metavar="FILE", help=_DOCS_HELP)
    docs.add_argument(
        "--check", action="store_true", help="only say whether FILE is up to date (exit 1 if not)"
    )
    docs.set_defaults(handler=_docs)
    _explain_parser(sub)
    _report_parser(sub)
    return parser


_DOCS_HELP = "where to write it (default: docs/data-dictionary.md in the checkout)"


def _fetch(args: argparse.Namespace) -> int:
    from pipeline.fetch import command

    return command(args)


def _explain_parser(sub: argparse._SubParsersAction) -> None:
    explain = sub.add_parser(
        "explain", help="a fact, the lines it was read from, its rules and evidence"
    )
    explain.add_argument("fact_id", nargs="?", metavar="FACT_ID")
    explain.add_argument("--doc", metavar="DOC", help="with --line: list the facts of that line")
    explain.add_argument("--line", type=_positive, metavar="N")
    explain.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    explain.add_argument("--version", metavar="V", help="version to read (default: latest)")
    explain.add_argument(
        "--input",
        type=Path,
        action="append",
        metavar="PATH",
        help="where the input files are (file or directory; repeatable; default: . and fixtures/)",
    )
    explain.add_argument(
        "--context", type=_count, default=3, metavar="N", help="lines shown around the fact"
    )
    explain.set_defaults(handler=_explain)


def _report_parser(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help="write a self-contained HTML report of a version")
    report.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    report.add_argument("--version", metavar="V", help="version to report on (default: latest)")
    report.add_argument(
        "--wait",
        type=_seconds,
        default=0.0,
        metavar="SECONDS",
        help="wait this long for a run on the same output to finish",
    )
    report.set_defaults(handler=_report)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"must be a finite number of seconds >= 0, not {text!r}")
    return value


def _megabytes(text: str) -> float:
    value = _seconds(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}") from None
    if not 1 <= year <= 9999:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}")
    return year


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _run(args: argparse.Namespace) -> int:
    from pipeline.run import RunConfig, run_with

    inputs = args.inputs or [default_input()]
    show = None if args.quiet else _progress(sys.stderr.isatty())
    limits = Limits(int(args.max_input_mb * 1024 * 1024), args.doc_timeout)
    config = RunConfig(
        tuple(inputs),
        args.output,
        keep=args.keep,
        wait=args.wait,
        progress=show,
        limits=limits,
        workers=args.workers,
        titles=args.title,
        revisions=args.revisions,
        executor=_cluster(args, limits),
    )
    report = run_with(config)
    if show is not None and sys.stderr.isatty():
        print(file=sys.stderr)
    for line in report.warnings:
        print(f"warning: {line}", file=sys.stderr)
    for line in report.skipped:
        print(f"skipped: {line}", file=sys.stderr)
    return _summary(report, args.output / "latest")


def _summary(report: RunReport, latest: Path) -> int:
    """What a run published, in a few lines, and its exit code."""
    published = report.published
    if published is None:
        print(
            f"error: nothing published: no document could be read ({len(report.skipped)} skipped)",
            file=sys.stderr,
        )
        return EXIT_INPUT
    counts = ", ".join(
        f"{name} {n}" for name, n in sorted(report.rows.items()) if name != "changes"
    )
    docs = f"{report.documents} document{'s' if report.documents != 1 else ''}"
    reused = f", {report.reused} reused unchanged" if report.reused else ""
    if published.unchanged:
        print(
            f"unchanged: {latest} is still version {published.version} ({docs}{reused}; "
            f"{report.seconds:.1f} s)"
        )
    else:
        print(
            f"published version {published.version}: {docs}{reused}; {counts} rows "
            f"({report.seconds:.1f} s) -> {latest}"
        )
        changed = "; ".join(
            f"{table} " + ", ".join(f"{n} {kind}" for kind, n in kinds.items())
            for table, kinds in report.changes.items()
        )
        print(f"changes since the previous version: {changed or 'none'}")
        if report.pruned:
            print(f"removed {len(report.pruned)} old version(s): {', '.join(report.pruned)}")
    if report.carried_over:
        kept = ", ".join(f"{shown(d)} ({why})" for d, why in sorted(report.carried_over.items()))
        print(f"previous facts kept (carried over) of documents not read this time: {kept}")
    if report.skipped:
        print(f"{len(report.skipped)} input(s) skipped; see the messages above", file=sys.stderr)
        return EXIT_INPUT
    return EXIT_OK


def _cluster(args: argparse.Namespace, limits: Limits) -> Executor | None:
    """The Dask executor when `--executor dask` asks for it (None: the local executors)."""
    if args.executor != "dask":
        if args.scheduler is not None:
            raise UsageError("--scheduler needs --executor dask")
        return None
    if args.workers == 0:
        raise UsageError("--workers 0 extracts in this process; it cannot go with --executor dask")
    if args.scheduler is not None and args.workers is not None:
        raise UsageError("--workers sizes a local cluster; the one at --scheduler has its own")
    from pipeline.dask_executor import dask_executor

    return dask_executor(limits, args.scheduler, args.workers)


def _progress(tty: bool):  # noqa: ANN202 - a small closure
    def show(i: int, n: int, name: str) -> None:
        if n < 2:
            return
        if tty:
            width = 30
            done = int(width * i / n)
            print(
                f"\r[{'#' * done}{'.' * (width - done)}] {i}/{n} {shown(name)[:50]:<50}",
                end="",
                file=sys.stderr,
                flush=True,
            )
        elif i == 1 or i == n or i % max(1, n // 10) == 0:
            print(f"[{i}/{n}] {shown(name)}", file=sys.stderr, flush=True)

    return show


def _diff(args: argparse.Namespace) -> int:
    from pipeline.diff import compute_changes, describe, read_tables
    from pipeline.published import verified_manifest
    from pipeline.versions import latest_version, list_versions, read_manifest

    versions = list_versions(args.output)
    if not versions:
        raise UsageError(f"{args.output}: no published versions")
    new = args.new or latest_version(args.output) or versions[-1]
    if new not in versions:
        raise UsageError(f"{args.output}: no version {new!r} (see: python -m pipeline versions)")
    old = args.old
    if old is None:
        old = read_manifest(args.output, new).get("previous")
        if old not in versions:
            earlier = [v for v in versions if v < new]
            old = earlier[-1] if earlier else None
    elif old not in versions:
        raise UsageError(f"{args.output}: no version {old!r} (see: python -m pipeline versions)")
    if args.write is not None:
        _check_write_target(args.write, args.output)
    listed = {  # DamagedVersion: one line, exit 1
        v: list(verified_manifest(args.output, v)["tables"]) for v in (old, new) if v is not None
    }
    changes = compute_changes(
        read_tables(args.output, old, listed.get(old)), read_tables(args.output, new, listed[new])
    )
    print(f"diff {old or '(nothing)'} -> {new}")
    for line in describe(changes, args.limit):
        print(line)
    if args.write:
        from pipeline.guarded_io import write_atomic
        from pipeline.publish import parquet_bytes
        from schemas import TABLES

        try:
            write_atomic(args.write, parquet_bytes(TABLES["changes"].frame(changes), "changes"))
        except OSError as exc:
            raise UsageError(f"{args.write}: cannot write ({exc.strerror or exc})") from None
        print(f"wrote {len(changes)} changes to {args.write}")
    return EXIT_OK


def _check_write_target(target: Path, output: Path) -> None:
    """`diff --write` never writes inside the output directory: its files are the published
    versions, which only a run changes."""
    _check_inside(target, output)
    if target.is_dir():
        raise UsageError(f"{target}: is a directory; name a file to write")


def _check_inside(target: Path, output: Path) -> None:
    """Nothing but a run writes inside the output directory."""
    resolved = target.resolve()
    root = output.resolve()
    if resolved == root or root in resolved.parents:
        raise UsageError(
            f"{target}: inside the output directory {output}, whose files only a run may "
            "change; write the changes elsewhere"
        )


def _asof(args: argparse.Namespace) -> int:
    from pipeline.asof import check_into, parse_when, write_as_of

    when = parse_when(args.date)
    _check_inside(args.into, args.output)
    check_into(args.into)
    try:
        done = write_as_of(args.output, when, args.into, args.version)
    except OSError as exc:
        raise UsageError(f"{args.into}: cannot write ({exc.strerror or exc})") from None
    pages = done["revisions"]
    print(
        f"as of {when:%Y-%m-%d %H:%M:%S} UTC: {len(pages)} pages, "
        + ", ".join(f"{n} {t}" for t, n in done["rows"].items() if n)
        + f"; written to {args.into}"
    )
    return 0


def _versions(args: argparse.Namespace) -> int:
    from pipeline.published import verified_manifest
    from pipeline.versions import latest_version, list_versions

    versions = list_versions(args.output)
    if not versions:
        print(f"{args.output}: no published versions")
        return EXIT_OK
    current = latest_version(args.output)
    for version in versions:
        try:
            lines = _version_lines(verified_manifest(args.output, version))
        except DamagedVersion as exc:
            print(f"! {version}  damaged: {exc}")
            continue
        mark = "*" if version == current else " "
        print(f"{mark} {version}  {lines[0]}")
        for line in lines[1:]:
            print(f"    {line}")
    return EXIT_OK


def _version_lines(m: dict) -> list[str]:
    """What `versions` says of a verified version (`read_manifest` checked the fields' shapes;
    names and values are still shown escaped)."""
    tables, changes, inputs = m["tables"], m.get("changes", {}), m.get("inputs", [])
    rows = ", ".join(
        f"{t} {shown(v.get('rows', '?'))}" for t, v in sorted(tables.items()) if t != "changes"
    )
    changed = (
        "; ".join(
            f"{shown(t)} " + ", ".join(f"{shown(n)} {shown(k)}" for k, n in kinds.items())
            for t, kinds in changes.items()
        )
        or "no fact changed"
    )
    return [
        f"{shown(m.get('created', '?'))}  {len(inputs)} input(s), "
        f"{shown(m.get('reused', 0))} reused",
        f"rows: {rows}",
        f"changes: {changed}",
    ]


def _docs(args: argparse.Namespace) -> int:
    from pipeline.dictionary import DICTIONARY, reference_examples, render
    from pipeline.guarded_io import write_atomic

    target = args.write or Path(__file__).resolve().parent.parent / DICTIONARY
    text = render(reference_examples())
    if args.check:
        current = target.read_text(encoding="utf-8") if target.is_file() else None
        if current != text:
            print(f"{target} is out of date: run `make docs`", file=sys.stderr)
            return EXIT_INPUT
        print(f"{target} is up to date")
        return EXIT_OK
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, text)
    print(f"wrote {target}")
    return EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from pipeline.explain import DEFAULT_SEARCH, explain, explain_line

    search = args.input or list(DEFAULT_SEARCH)
    if args.fact_id is not None and (args.doc or args.line):
        raise UsageError("explain: give either FACT_ID or --doc DOC --line N, not both")
    if args.fact_id is not None:
        lines = explain(
            args.output, args.fact_id, version=args.version, search=search, context=args.context
        )
    elif args.doc is not None and args.line is not None:
        lines = explain_line(args.output, args.doc, args.line, version=args.version, search=search)
    else:
        raise UsageError("explain: give FACT_ID, or --doc DOC and --line N")
    print("\n".join(lines))
    return EXIT_OK


def _panel(args: argparse.Namespace) -> int:
    from pipeline.panel import read_panel, write_panel
    from pipeline.published import pick_version
    from pipeline.versions import version_dir

    if args.last < args.first:
        raise UsageError(f"panel: --to {args.last} is before --from {args.first}")
    if args.last - args.first > 1000:
        raise UsageError("panel: at most 1,000 years at once")
    version = pick_version(args.output, args.version)
    if args.write is not None:
        _check_write_target(args.write, args.output)
    folder = version_dir(args.output, version)
    if not (folder / "dyads.parquet").exists():
        raise UsageError(f"{args.output}: version {version} has no dyads table")
    table = read_panel(folder, args.first, args.last)
    try:
        said = write_panel(table, args.write)
    except OSError as exc:
        raise UsageError(f"{args.write}: cannot write ({exc.strerror or exc})") from None
    if said:
        print(said)
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from pipeline.report import write_report

    path = write_report(args.output, args.version, wait=args.wait)
    print(f"wrote {path}")
    return EXIT_OK
