"""Command line: `python -m pipeline run|diff|versions`.

Exit codes: 0 success, 1 some inputs failed (or nothing could be published), 2 usage error,
3 the output directory is held by another run. Problems with the input are reported as one
line each, naming the file and line; they never print a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.errors import OutputLocked, UsageError, ValidationFailed

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3
DEFAULT_OUTPUT = Path("output")
REFERENCE = "Foreign_relations_of_Azerbaijan.md"


def default_input() -> Path:
    """The reference document kept in the checkout's `fixtures/`."""
    candidate = Path(__file__).resolve().parent.parent / "fixtures" / REFERENCE
    if not candidate.is_file():
        raise UsageError(f"no default input ({candidate} is missing); name the documents to read")
    return candidate


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed its one-line usage error
        return EXIT_USAGE if exc.code else EXIT_OK
    try:
        return int(args.handler(args))
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OutputLocked as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    except ValidationFailed as exc:
        print(f"error: nothing published: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("interrupted: nothing published; latest is unchanged", file=sys.stderr)
        return 130


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
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="wait this long for another run on the same output to finish",
    )
    run.add_argument("--quiet", action="store_true", help="no progress display")
    run.set_defaults(handler=_run)
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _run(args: argparse.Namespace) -> int:
    from pipeline.run import run

    inputs = args.inputs or [default_input()]
    show = None if args.quiet else _progress(sys.stderr.isatty())
    report = run(inputs, args.output, keep=args.keep, wait=args.wait, progress=show)
    if show is not None and sys.stderr.isatty():
        print(file=sys.stderr)
    for line in report.warnings:
        print(f"warning: {line}", file=sys.stderr)
    for line in report.skipped:
        print(f"skipped: {line}", file=sys.stderr)
    published = report.published
    if published is None:
        print(
            f"error: nothing published: no document could be read ({len(report.skipped)} skipped)",
            file=sys.stderr,
        )
        return EXIT_INPUT
    counts = ", ".join(f"{name} {n}" for name, n in sorted(report.rows.items()))
    docs = f"{report.documents} document{'s' if report.documents != 1 else ''}"
    latest = args.output / "latest"
    if published.unchanged:
        print(
            f"unchanged: {latest} is still version {published.version} ({docs}; {counts}; "
            f"{report.seconds:.1f} s)"
        )
    else:
        print(
            f"published version {published.version}: {docs}; {counts} rows "
            f"({report.seconds:.1f} s) -> {latest}"
        )
    if report.skipped:
        print(f"{len(report.skipped)} input(s) skipped; see the messages above", file=sys.stderr)
        return EXIT_INPUT
    return EXIT_OK


def _progress(tty: bool):  # noqa: ANN202 - a small closure
    def show(i: int, n: int, name: str) -> None:
        if n < 2:
            return
        if tty:
            width = 30
            done = int(width * i / n)
            print(
                f"\r[{'#' * done}{'.' * (width - done)}] {i}/{n} {name[:50]:<50}",
                end="",
                file=sys.stderr,
                flush=True,
            )
        elif i == 1 or i == n or i % max(1, n // 10) == 0:
            print(f"[{i}/{n}] {name}", file=sys.stderr, flush=True)

    return show
