"""``qa-desk batch``: check a day's articles, one document per line of a TSV file.

Models load once per worker process; documents are spread over ``--jobs``
processes. One unreadable document does not stop the batch: it is reported
(``n.error.txt`` and the summary) and the exit code is 2 at the end.
"""
from __future__ import annotations

import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .errors import InputError
from .reports import batch_index, render_run

_WORKER_SETTINGS: dict = {}


def read_pairs(tsv: str) -> list[tuple[int, list[str]]]:
    """(line number, [paths]) for every non-blank, non-comment line; paths relative to the TSV."""
    base = Path(tsv).resolve().parent
    try:
        text = Path(tsv).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the list of documents ({exc.__class__.__name__})", tsv) from None
    jobs = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t") if p.strip()]
        if len(parts) > 2:
            raise InputError("expected SOURCE<TAB>TARGET or one bilingual file", tsv, number)
        jobs.append((number, [str(base / p) for p in parts]))
    if not jobs:
        raise InputError("no documents listed", tsv)
    return jobs


def _init_worker(settings: dict) -> None:
    _WORKER_SETTINGS.clear()
    _WORKER_SETTINGS.update(settings)
    from .checks.registry import load_builtin_checks
    load_builtin_checks()


REPORT_FORMATS = ("json", "html", "csv", "text")


def _label(paths: list[str], base: Path) -> str:
    names = []
    for path in paths:
        try:
            names.append(str(Path(path).relative_to(base)))
        except ValueError:
            names.append(path)
    return " + ".join(names)


def process_one(job: tuple[int, list[str]], outdir: str, checks: str | None, fix: str | None,
                reports: tuple[str, ...] = ("json", "html"), base: str = "") -> dict:
    """Check (and optionally fix) one document, write its reports; returns its summary row.

    Never raises for bad input: an unreadable document gets ``n.error.txt`` and an error row.
    """
    from .engine import fix_in_passes, load_document, run_checks, save_document, settle_states
    from .reports.data import ReportData
    from .reports.scorecard import build_scorecard

    number, paths = job
    out = Path(outdir)
    label = _label(paths, Path(base)) if base else " + ".join(paths)
    started = time.perf_counter()
    try:
        doc = load_document(paths)
        run = run_checks(doc, checks, settings=_WORKER_SETTINGS)
        data = ReportData.from_run(run)
        card = build_scorecard(data)
        for fmt in reports:
            (out / f"{number}.{'txt' if fmt == 'text' else fmt}").write_text(render_run(run, fmt), encoding="utf-8")
        linked = next((f for f in ("html", "json", "csv", "text") if f in reports), "")
        row = batch_index.document_row(number, label, run, data, card,
                                       f"{number}.{'txt' if linked == 'text' else linked}" if linked else "")
        fixed = 0
        if fix:
            fixed = len(fix_in_passes(doc, fix, _WORKER_SETTINGS, analyses=run.context.analyses)[1])
            settle_states(doc, _WORKER_SETTINGS)
            ext = ".txt" if doc.format == "text" else ".xlf"
            save_document(doc, str(out / f"{number}.fixed{ext}"), "text" if doc.format == "text" else None)
        row.update(ok=True, fixed=fixed, seconds=time.perf_counter() - started)
        return row
    except InputError as exc:
        (out / f"{number}.error.txt").write_text(str(exc) + "\n", encoding="utf-8")
        return dict(batch_index.error_row(number, label, str(exc), f"{number}.error.txt"), ok=False)


def _report_formats(value: str | None) -> tuple[str, ...]:
    if not value:
        return ("json", "html")
    chosen = tuple(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))
    unknown = [v for v in chosen if v not in REPORT_FORMATS]
    if unknown:
        raise InputError(f"unknown report format {unknown[0]!r} ({', '.join(REPORT_FORMATS)})")
    return chosen


def _write_summary(out: Path, rows: list[dict]) -> None:
    from .fileutil import atomic_write_text

    rows = sorted(rows, key=lambda r: r["line"])
    atomic_write_text(str(out / "summary.csv"), batch_index.summary_csv(rows))
    atomic_write_text(str(out / "index.html"), batch_index.index_html(rows, f"qa-desk batch: {out.name}"))


def _progress(done: int, total: int) -> None:
    width = 30
    filled = int(width * done / total)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    sys.stderr.flush()


def run_batch(args) -> int:
    jobs = read_pairs(args.pairs)
    out = Path(args.output)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the output folder ({exc.strerror or exc})", str(out)) from None
    settings = {}
    if getattr(args, "profile", None):
        from .settings.profile import load_profile
        settings = load_profile(args.profile)
    started = time.perf_counter()
    results = []
    reports = _report_formats(getattr(args, "reports", None))
    base = str(Path(args.pairs).resolve().parent)
    if args.jobs <= 1:
        _init_worker(settings)
        for n, job in enumerate(jobs, start=1):
            results.append(process_one(job, str(out), args.checks, args.fix, reports, base))
            _progress(n, len(jobs))
    else:
        with ProcessPoolExecutor(max_workers=args.jobs, initializer=_init_worker,
                                 initargs=(settings,)) as pool:
            futures = [pool.submit(process_one, job, str(out), args.checks, args.fix, reports, base)
                       for job in jobs]
            for n, future in enumerate(futures, start=1):
                results.append(future.result())
                _progress(n, len(jobs))
    sys.stderr.write("\n")
    elapsed = time.perf_counter() - started
    failed = [r for r in results if not r["ok"]]
    _write_summary(out, results)
    total = batch_index.totals(results)
    words, issues = total["words"], total["issues"]
    print(f"qa-desk batch: {len(results) - len(failed)}/{len(results)} documents checked, {issues} issues, "
          f"{words} words in {elapsed:.1f} s ({words / max(elapsed, 1e-9):.0f} words/s)", file=sys.stderr)
    print(f"Totals: {total['segments']} segments, {words} words, {issues} issues ("
          + ", ".join(f"{total[s]} {s}" for s in batch_index.SEVERITY_COLUMNS)
          + f"), {total['people_flagged']} people flagged; {out / 'index.html'}")
    for r in failed:
        print(f"qa-desk: line {r['line']}: {r['error']}", file=sys.stderr)
    return 2 if failed else 0
