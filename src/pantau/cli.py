"""The command line: a thin layer over importable functions.

Every command is a plain function the tests call without a shell; only this
module turns errors into one-line messages and exit codes (0 all went well,
1 something was skipped or fell below a floor, 2 bad usage or unusable input).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from pantau.doc import Skipped
from pantau.errors import PantauError
from pantau.eval import check_floors, evaluate
from pantau.options import Options
from pantau.pipeline import analyze_many
from pantau.read import read_inputs
from pantau.records import Article
from pantau.report.build import build_report
from pantau.runner import RunStats, run
from pantau.store import Store
from pantau.store.export import EXPORTS, FORMATS, export_rows, write_rows

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="pantau: turn online news into stories, timelines, quotes and outlet comparisons.",
)
err = Console(stderr=True)

DbOption = Annotated[Path, typer.Option("--db", help="The SQLite store file.")]
WorkersOption = Annotated[
    int | None, typer.Option("--workers", "-w", min=1, help="Processes (default: all cores).")
]


def demo_corpus() -> Path:
    """The bundled demo articles (the five seed articles)."""
    return Path(str(resources.files("pantau.data").joinpath("demo")))


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        transient=False,
    )


def _report_skipped(skipped: list[Skipped]) -> None:
    for item in skipped:
        err.print(f"[yellow]skipped[/] {escape(str(item))}", highlight=False, soft_wrap=True)


def _fail(error: Exception) -> typer.Exit:
    err.print(f"[red]error:[/] {escape(str(error))}", highlight=False, soft_wrap=True)
    return typer.Exit(2)


@app.command()
def analyze(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or globs.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Records, as JSON Lines.")],
    workers: WorkersOption = None,
) -> None:
    """Write one article record per input article, in input order."""
    options = Options()
    skipped: list[Skipped] = []
    written = 0
    with output.open("w", encoding="utf-8") as out, _progress() as progress:
        task = progress.add_task("analyzing", total=None)
        items = read_inputs(inputs, options.max_bytes, exclude=[output])
        for batch in analyze_many(items, options, workers):
            for item in batch:
                if isinstance(item, Article):
                    out.write(item.to_json() + "\n")
                    written += 1
                else:
                    skipped.append(item)
                progress.advance(task)
    _report_skipped(skipped)
    err.print(f"records: {written} written to {escape(str(output))}, {len(skipped)} skipped")
    if skipped:
        raise typer.Exit(1)


def _print_stats(stats: RunStats, db: Path) -> None:
    err.print(
        f"read {stats.read} · analyzed {stats.analyzed} · stored {stats.stored} · "
        f"duplicates {len(stats.duplicates)} · skipped {len(stats.skipped)} → {escape(str(db))}"
    )
    for dup, original in stats.duplicates.items():
        err.print(
            f"[cyan]duplicate[/] {escape(dup)}: same or nearly the same text as "
            f"stored article {escape(original)}"
        )
    reasons: dict[str, int] = {}
    for item in stats.skipped:
        reasons[item.reason] = reasons.get(item.reason, 0) + 1
    for reason, count in sorted(reasons.items(), key=lambda kv: -kv[1]):
        err.print(f"  skipped {count}× {escape(reason)}", highlight=False)


@app.command("run")
def run_command(
    inputs: Annotated[
        list[str] | None, typer.Argument(help="Files, folders or globs (default: the demo corpus).")
    ] = None,
    db: DbOption = Path("pantau.db"),
    report: Annotated[
        Path | None, typer.Option("--report", help="Write the static HTML report here.")
    ] = None,
    workers: WorkersOption = None,
) -> None:
    """Analyze, store, update stories and timelines, and optionally write the report."""
    sources = inputs or [str(demo_corpus())]
    _store_with_report(
        db,
        report,
        "analyzing and storing",
        lambda store, tick: run(sources, store, workers=workers, on_article=tick),
    )


def _store_with_report(
    db: Path,
    report: Path | None,
    doing: str,
    work: Callable[[Store, Callable[[], None]], RunStats],
) -> None:
    """Run ``work`` on the store with a progress bar, then the report and the counts."""
    try:
        with Store(db) as store, _progress() as progress:
            task = progress.add_task(doing, total=None)
            stats = work(store, lambda: progress.advance(task))
            progress.update(task, total=stats.read)
            index = build_report(store, report) if report else None
    except PantauError as error:
        raise _fail(error) from None
    _report_skipped(stats.skipped)
    _print_stats(stats, db)
    if index is not None:
        err.print(f"report: {escape(str(index))}")
    if stats.skipped:
        raise typer.Exit(1)


@app.command()
def spark(
    inputs: Annotated[
        list[str], typer.Argument(help="Files, folders, globs or Hadoop paths (s3a://, hdfs://).")
    ],
    out: Annotated[str, typer.Option("--out", help="Output folder (local or a Hadoop path).")],
    master: Annotated[
        str | None,
        typer.Option("--master", help="Spark master URL (default: spark-submit's, or local[*])."),
    ] = None,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Also write the records as JSON Lines.")
    ] = False,
) -> None:
    """Analyze on Spark: records as Parquet (and JSON Lines), skipped inputs with reasons."""
    from pantau.spark import analyze_on_spark  # pyspark loads only for this command

    try:
        result = analyze_on_spark(inputs, out, master=master, jsonl=jsonl)
    except PantauError as error:
        raise _fail(error) from None
    _report_skipped(result.skipped)
    err.print(f"records: {result.records} written to {escape(out)}, {len(result.skipped)} skipped")
    if result.skipped:
        raise typer.Exit(1)


@app.command()
def ingest(
    inputs: Annotated[
        list[Path], typer.Argument(help="pantau spark folders, or JSON Lines record files.")
    ],
    db: DbOption = Path("pantau.db"),
    report: Annotated[
        Path | None, typer.Option("--report", help="Write the static HTML report here.")
    ] = None,
) -> None:
    """Store records analyzed elsewhere and update the corpus, as run does."""
    from pantau.ingest import ingest as ingest_records

    _store_with_report(
        db, report, "storing", lambda store, tick: ingest_records(inputs, store, on_article=tick)
    )


@app.command()
def export(
    db: DbOption = Path("pantau.db"),
    what: Annotated[str, typer.Option("--what", help=" | ".join(EXPORTS))] = "articles",
    fmt: Annotated[str, typer.Option("--format", help=" | ".join(FORMATS))] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File (default: standard output).")
    ] = None,
) -> None:
    """Export articles, entities, quotes, events, stories, the timeline or clusters."""
    if what not in EXPORTS:
        raise _fail(ValueError(f"--what must be one of {', '.join(EXPORTS)}, not {what!r}"))
    if fmt not in FORMATS:
        raise _fail(ValueError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}"))
    if not db.exists():
        raise _fail(FileNotFoundError(f"{db}: no such store; run 'pantau run' first"))
    try:
        with Store(db) as store:
            write_rows(export_rows(store, what), fmt, output)
    except (PantauError, ValueError) as error:
        raise _fail(error) from None


@app.command()
def serve(
    db: DbOption = Path("pantau.db"),
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
) -> None:
    """Browse the store in a web UI and query its JSON API (/api, spec at /api/openapi.json)."""
    from pantau.web.app import serve as serve_store  # the web stack loads only when serving

    try:
        serve_store(db, host, port)
    except PantauError as error:
        raise _fail(error) from None


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Option("--gold", exists=True, dir_okay=False, help="Gold JSONL.")],
    pred: Annotated[
        Path | None,
        typer.Option("--pred", exists=True, dir_okay=False, help="Records (default: analyze)."),
    ] = None,
    timeline: Annotated[
        Path | None,
        typer.Option("--pred-timeline", exists=True, dir_okay=False, help="Timeline JSONL."),
    ] = None,
    floors: Annotated[
        Path | None,
        typer.Option("--floors", exists=True, dir_okay=False, help="Fail below these minimums."),
    ] = None,
    workers: WorkersOption = None,
) -> None:
    """Score records against gold as GOLD.md describes; one line per metric."""
    try:
        result = evaluate(gold, pred, timeline, workers=workers)
    except PantauError as error:
        raise _fail(error) from None
    for item in result.skipped:
        err.print(f"[yellow]skipped[/] {escape(str(item))}", highlight=False)
    for name, value in result.metrics.items():
        shown = (
            "n/a" if value is None else f"{value:d}" if isinstance(value, int) else f"{value:.3f}"
        )
        typer.echo(f"{name:<40} {shown}")
    if floors is not None:
        failures = check_floors(result.metrics, json.loads(floors.read_text(encoding="utf-8")))
        for failure in failures:
            err.print(f"[red]below floor[/] {escape(failure)}", highlight=False)
        if failures:
            raise typer.Exit(1)


@app.command("eval-ner")
def eval_ner_command(
    path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="CoNLL-style file.")],
) -> None:
    """Score the shipped NER on a CoNLL file: precision, recall, F1 per type (exact spans)."""
    from pantau.nlp.evaluate import eval_ner, format_scores

    try:
        scores = eval_ner(path)
    except PantauError as error:
        raise _fail(error) from None
    typer.echo(format_scores(scores))
