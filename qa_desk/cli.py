"""The ``qa-desk`` command: check, fix, convert, batch, gui, checks, validate.

Exit codes: 0 done; 1 ``validate`` found violations; 2 bad usage or unreadable input (one line
on stderr, no traceback); 3 with --fail-on when an issue at or above that severity was found.
"""
from __future__ import annotations

import argparse
import json
import os
import sys

from . import __version__
from .errors import InputError
from .model import SEVERITIES

EXIT_OK, EXIT_INVALID, EXIT_INPUT, EXIT_FAIL_ON = 0, 1, 2, 3
REPORT_FORMATS = ("text", "json", "html", "csv", "xlsx", "xliff")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit 2, as for bad input
        raise UsageError(message)


def _add_input(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="FILE",
                        help="SOURCE TARGET (plain text) or one bilingual file (XLIFF, TMX)")
    parser.add_argument("--srx", help="SRX file with your own segmentation rules")
    parser.add_argument("--profile", help="TOML profile (severities, disabled checks, house style)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="qa-desk", description="Translation QA for English to French news.")
    parser.add_argument("--version", action="version", version=f"qa-desk {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    check = sub.add_parser("check", help="check a document and print a report")
    _add_input(check)
    check.add_argument("--format", choices=REPORT_FORMATS, default="text",
                       help="text (default), json, html, csv or xlsx (the app's reports, with the MQM scorecard; "
                            "csv and xlsx to a file with -o), "
                            "or xliff (the document with ITS 2.0 quality-issue marks)")
    check.add_argument("--checks", help="comma-separated check ids (default: all; 'qa-desk checks' lists them)")
    check.add_argument("--fail-on", choices=SEVERITIES, help="exit 3 if an issue at or above this severity")
    check.add_argument("-o", "--output", help="write the report to this file instead of stdout")

    fix = sub.add_parser("fix", help="apply the first suggestion of every issue of some checks")
    _add_input(fix)
    fix.add_argument("--checks", required=True, help="comma-separated check ids whose first suggestions to apply")
    fix.add_argument("-o", "--output", required=True, help="corrected file (the input's format); fixed segments "
                                                           "take the profile's [states] fixed state")

    convert = sub.add_parser("convert", help="convert between formats (text pair, XLIFF 1.2/2.1, TMX)")
    _add_input(convert)
    convert.add_argument("-o", "--output", required=True, help="the converted file")
    convert.add_argument("--to", choices=("xliff12", "xliff2", "text"), help="output format (default: by extension)")

    batch = sub.add_parser("batch", help="check many documents listed in a TSV file; writes summary.csv "
                                          "and index.html beside one report per document")
    batch.add_argument("pairs", metavar="PAIRS.tsv",
                       help="one document per line: SOURCE<TAB>TARGET or one bilingual file, relative to the TSV")
    batch.add_argument("-o", "--output", required=True, metavar="OUTDIR",
                       help="folder for n.json, n.html..., summary.csv and index.html (n: the TSV line)")
    batch.add_argument("--checks", help="comma-separated check ids (default: all)")
    batch.add_argument("--fix", metavar="IDS", help="also write OUTDIR/n.fixed.<ext> with these checks fixed")
    batch.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    batch.add_argument("--profile", help="TOML profile (severities, disabled checks, house style)")
    batch.add_argument("--reports", metavar="FORMATS", default="json,html",
                       help="reports per document, comma-separated among json, html, csv, text (default json,html)")

    gui = sub.add_parser("gui", help="open the review desk")
    gui.add_argument("inputs", nargs="*", metavar="FILE", help="a document to open (SOURCE TARGET or one bilingual file)")
    gui.add_argument("--screenshot", metavar="PNG", help="load, check, save a picture of the window and quit")
    gui.add_argument("--theme", choices=("light", "dark"), help="force a light or dark palette")

    checks = sub.add_parser("checks", help="list the checks")
    checks.add_argument("--format", choices=("table", "json"), default="table",
                        help="an aligned table (default) or JSON")

    validate = sub.add_parser("validate", help="validate XLIFF files: schema and the specification's constraints")
    validate.add_argument("files", nargs="+", metavar="FILE", help="XLIFF 1.x or 2.x files")
    validate.add_argument("--strict", action="store_true",
                          help="XLIFF 1.2 against the strict schema (refuses other tools' extensions)")
    validate.add_argument("--warnings", action="store_true",
                          help="also print the specification's warnings (they never change the exit code)")
    return parser


def _settings(args) -> dict:
    if not getattr(args, "profile", None):
        return {}
    from .settings.profile import load_profile
    return load_profile(args.profile)


def _write_text_output(text: str | bytes, output: str | None) -> None:
    if output:
        from .fileutil import atomic_write_bytes
        try:
            atomic_write_bytes(output, text if isinstance(text, bytes) else text.encode("utf-8"))
        except OSError as exc:
            raise _output_error(exc, output) from None
    else:
        sys.stdout.write(text)


def _output_error(exc: OSError, output: str) -> InputError:
    return InputError(f"cannot write the output ({exc.strerror or exc.__class__.__name__})", output)


def _save(doc, output: str, fmt: str | None) -> str:
    """save_document with a missing folder or a folder in the way reported in one line."""
    from .engine import save_document
    try:
        return save_document(doc, output, fmt)
    except OSError as exc:
        raise _output_error(exc, output) from None


def _refuse_report_over_input(output: str | None, inputs: list[str]) -> None:
    if not output or not os.path.exists(output):
        return
    for path in inputs:
        if os.path.exists(path) and os.path.samefile(output, path):
            raise InputError("the report would overwrite an input file; give another -o", output)


def cmd_check(args) -> int:
    from .engine import at_or_above, load_document, run_checks

    _refuse_report_over_input(args.output, args.inputs)
    doc = load_document(args.inputs, srx_path=args.srx)
    run = run_checks(doc, args.checks, settings=_settings(args))
    if args.format == "xliff":
        _write_annotated(run, args.output)
    else:
        from .reports import render_run
        if args.format == "xlsx" and not args.output:
            raise InputError("an Excel report is a file: give -o REPORT.xlsx")
        _write_text_output(render_run(run, args.format, for_file=bool(args.output)), args.output)
    if args.fail_on and at_or_above(run.issues, args.fail_on):
        return EXIT_FAIL_ON
    return EXIT_OK


def _write_annotated(run, output: str | None) -> None:
    """The document with its issues as ITS 2.0 Localization Quality Issue marks (XLIFF; a text pair
    becomes XLIFF 2.1), to ``output`` or stdout."""
    import tempfile

    doc = run.document
    fmt = doc.format if doc.format in ("xliff12", "xliff2") else "xliff2"
    if output:
        try:
            from .engine import save_document
            save_document(doc, output, fmt, run.issues)
        except OSError as exc:
            raise _output_error(exc, output) from None
        return
    from .engine import save_document
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "annotated.xlf")
        save_document(doc, path, fmt, run.issues)
        with open(path, "rb") as handle:
            sys.stdout.buffer.write(handle.read())


def fix_document(doc, check_ids, settings=None):
    """Run the checks and apply their first suggestions (fixed segments take the profile's state);
    returns (run, applied)."""
    from .engine import fix_in_passes, settle_states

    run, applied = fix_in_passes(doc, check_ids, settings)
    settle_states(doc, settings)
    return run, applied


def cmd_fix(args) -> int:
    from .engine import load_document

    doc = load_document(args.inputs, srx_path=args.srx)
    _, applied = fix_document(doc, args.checks, _settings(args))
    fmt = "text" if doc.format == "text" else None
    _save(doc, args.output, fmt)
    print(f"{len(applied)} fixes applied; written {args.output}", file=sys.stderr)
    return EXIT_OK


def cmd_convert(args) -> int:
    from .engine import load_document

    doc = load_document(args.inputs, srx_path=args.srx)
    fmt = _save(doc, args.output, args.to)
    print(f"{len(doc.segments)} segments written to {args.output} ({fmt})", file=sys.stderr)
    return EXIT_OK


def cmd_checks(args) -> int:
    """The checks as an aligned table (id, severity, category, what it finds) or as JSON."""
    from .checks.registry import all_checks

    infos = list(all_checks().values())
    if getattr(args, "format", "table") == "json":
        rows = [{"id": i.id, "severity": i.severity, "category": i.category, "title": i.title,
                 "requires": list(i.requires), "scope": i.scope} for i in infos]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    header = ("CHECK", "SEVERITY", "CATEGORY", "FINDS")
    rows = [header] + [(i.id, i.severity, i.category, i.title) for i in infos]
    widths = [max(len(row[n]) for row in rows) for n in range(3)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[3])
    return EXIT_OK


def cmd_validate(args) -> int:
    """One line per violation (FILE:LINE: [rule] message); exit 1 when any, 2 when a file cannot be read."""
    from .formats.validate import document_problems, family
    from .formats.xmlsafe import parse_xml

    worst, total, clean = EXIT_OK, 0, 0
    for path in args.files:
        try:
            if not os.path.isfile(path):
                raise InputError("no such file", path)
            tree = parse_xml(path)
            if not family(tree.getroot()):
                raise InputError(f"not an XLIFF file (root element {tree.getroot().tag})", path)
            problems = document_problems(tree, strict=args.strict)
        except InputError as exc:
            print(f"qa-desk: {_shown(exc)}", file=sys.stderr)
            worst = EXIT_INPUT
            continue
        errors = [p for p in problems if p.severity == "error"]
        for problem in problems:
            if problem.severity == "error" or args.warnings:
                kind = "" if problem.severity == "error" else "warning: "
                print(_shown(f"{path}:{problem.line or 0}: {kind}[{problem.rule}] {problem.message}"))
        total += len(errors)
        clean += not errors
        if errors and worst == EXIT_OK:
            worst = EXIT_INVALID
    print(f"qa-desk validate: {len(args.files)} files, {clean} valid, {total} violations", file=sys.stderr)
    return worst


def cmd_gui(args) -> int:
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a picture needs no screen
    if not _display_available():
        print("qa-desk: no display found; printing the QA report instead of opening the app.",
              file=sys.stderr)
        if not args.inputs:
            return EXIT_OK
        args.format, args.checks, args.fail_on, args.output, args.srx, args.profile = \
            "text", None, None, None, None, None
        return cmd_check(args)
    from .app.main import run_app
    return run_app(args.inputs, args.screenshot, theme=args.theme)


def _display_available() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal")):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def cmd_batch(args) -> int:
    from .batch import run_batch
    return run_batch(args)


COMMANDS = {"check": cmd_check, "fix": cmd_fix, "convert": cmd_convert, "batch": cmd_batch,
            "gui": cmd_gui, "checks": cmd_checks, "validate": cmd_validate}


def _shown(message) -> str:
    """Control and format characters (a hostile name's terminal escapes, bidi overrides) as \\xNN."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(message))


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not args.command:
            parser.print_help(sys.stderr)
            return EXIT_INPUT
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"qa-desk: {_shown(exc)} (see qa-desk --help)", file=sys.stderr)
        return EXIT_INPUT
    except InputError as exc:
        print(f"qa-desk: {_shown(exc)}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("qa-desk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # a file error no command turned into an InputError: still one line
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"qa-desk: {_shown(where)}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT
    except MemoryError:
        print("qa-desk: out of memory on this input", file=sys.stderr)
        return EXIT_INPUT


def gui_main() -> int:
    return main(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
