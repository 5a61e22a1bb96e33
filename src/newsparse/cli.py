"""The ``newsparse`` command line.

Exit codes: 0 everything succeeded; 1 some inputs failed (or an eval gate was not met);
2 usage error (bad arguments, missing files).

Subcommands: ``parse`` and ``eval`` here; ``models`` and ``batch`` register themselves from
their own modules (``register_cli(subparsers)``), so the CLI stays one thin dispatcher.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import NewsparseError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

#: Modules that add subcommands: each has ``register_cli(subparsers) -> None``.
PLUGINS = ("newsparse.models", "newsparse.batch.cli")


def _add_backend(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--backend",
        choices=("auto", "rules", "stanza"),
        default="auto",
        help="linguistic backend (default: auto = stanza when its models are found, else rules)",
    )
    p.add_argument("--stanza-dir", default=None, help="Stanza resources directory")


def _cmd_parse(args: argparse.Namespace) -> int:
    from .api import Parser

    parser = Parser(backend=args.backend, lang=args.lang, stanza_dir=args.stanza_dir)
    status = EXIT_OK
    for name in args.files:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
            release = parser.parse(data, url=args.url)
        except (OSError, NewsparseError) as e:
            print(f"newsparse: {name}: {type(e).__name__}: {e}", file=sys.stderr)
            status = EXIT_FAILED
            continue
        if args.format == "json":
            d = release.to_dict()
            if args.no_text:
                d.pop("text")
            print(json.dumps(d, ensure_ascii=False, indent=2))
        else:
            from .render import render_text

            print(render_text(release))
    return status


def _cmd_eval(args: argparse.Namespace) -> int:
    from .api import Parser
    from .eval import evaluate_dir, format_details, format_table

    gold = Path(args.gold_dir)
    if not gold.is_dir():
        print(f"newsparse eval: {gold} is not a directory", file=sys.stderr)
        return EXIT_USAGE
    parser = Parser(backend=args.backend, stanza_dir=args.stanza_dir)
    report = evaluate_dir(gold, parser)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_table(report))
        if args.details:
            print(format_details(report))
    status = EXIT_FAILED if report.failures else EXIT_OK
    if args.floors:
        from .eval import check_floors, raise_floors

        path = Path(args.floors)
        data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        floors = {k: float(v) for k, v in data.get("floors", {}).items()}
        if args.update_floors:
            data["floors"] = raise_floors(
                report.scores(), floors, allow_regression=args.allow_regression
            )
            path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
            print(f"floors written to {path}", file=sys.stderr)
        else:
            below = check_floors(report.scores(), floors)
            for line in below:
                print(f"BELOW FLOOR {line}", file=sys.stderr)
            if below:
                status = EXIT_FAILED
    return status


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="newsparse",
        description="Structured records from Latvian ministry press releases.",
        epilog="Exit codes: 0 ok, 1 some inputs failed, 2 usage error.",
    )
    ap.add_argument("--version", action="version", version=f"newsparse {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("parse", help="parse release files (text, Markdown, HTML) and print records")
    p.add_argument("files", nargs="+", metavar="FILE", help="input files; '-' reads stdin")
    p.add_argument("--format", choices=("json", "text"), default="json")
    p.add_argument("--url", default=None, help="source URL (fills the publisher)")
    p.add_argument("--lang", default=None, help="force the body language (lv, en ...)")
    p.add_argument("--no-text", action="store_true", help="omit the text from JSON output")
    _add_backend(p)
    p.set_defaults(func=_cmd_parse)

    e = sub.add_parser("eval", help="score against a gold directory (*.txt + *.json pairs)")
    e.add_argument("gold_dir", metavar="GOLD_DIR")
    e.add_argument("--json", action="store_true", help="machine-readable report")
    e.add_argument("--details", action="store_true", help="list every miss and false hit")
    e.add_argument("--floors", metavar="FILE", help="eval-gate file: exit 1 if a score is below")
    e.add_argument(
        "--update-floors", action="store_true", help="raise the floors in --floors to the scores"
    )
    e.add_argument(
        "--allow-regression", action="store_true", help="with --update-floors: may lower floors"
    )
    _add_backend(e)
    e.set_defaults(func=_cmd_eval)

    for modname in PLUGINS:
        try:
            mod = importlib.import_module(modname)
        except ImportError:
            continue
        register = getattr(mod, "register_cli", None)
        if register is not None:
            register(sub)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (see module docstring)."""
    ap = build_parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:  # argparse exits 2 on usage errors, 0 on --help
        return int(e.code or 0)
    if not getattr(args, "func", None):
        ap.print_help()
        return EXIT_USAGE
    try:
        rc: int = args.func(args)
    except NewsparseError as e:
        print(f"newsparse: {type(e).__name__}: {e}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    return rc


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
