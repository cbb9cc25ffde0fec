"""``hearsay ingest``: many articles into the store and the ledger, with a progress bar."""

from __future__ import annotations

import sys
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from hearsay.cli.options import db_option, input_options
from hearsay.cli.shell import guarded, safe
from hearsay.config import load_settings


class _Rate(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("-- articles/s" if speed is None else f"{speed:.1f} articles/s")


class _Failures(ProgressColumn):
    def render(self, task: Task) -> Text:
        n = int(task.fields.get("failed", 0))
        return Text(f"{n} failed", style="red" if n else "dim")


class _Bar:
    """Adapts a rich Progress to :class:`hearsay.service.ProgressHook`."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task = progress.add_task("ingesting", total=None, failed=0)
        self.done = 0
        self.failed = 0
        self.expected = 0

    def total(self, n: int) -> None:
        self.expected = n
        self.progress.update(self.task, total=n)

    def advance(self, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        if self.done > self.expected:  # the estimate was low (e.g. a feed with more entries)
            self.expected = self.done
            self.progress.update(self.task, total=self.expected)
        self.progress.update(self.task, advance=1, failed=self.failed)


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@input_options
@db_option
@click.option("--workers", "-w", type=int, default=1, show_default=True,
              help="Analyse on this many worker processes (each loads the model once); output stays in input order.")
@click.option("--dask", "dask_address", metavar="ADDRESS", default=None,
              help="Analyse on a Dask cluster: tcp://scheduler:8786, or local:N for N local workers (extra: batch).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar; print only the summary.")
@click.option("--follow-symlinks", is_flag=True, default=None,
              help="Read symlinks inside a SOURCE directory that lead outside it (refused by default).")
@guarded
def ingest(sources: tuple[str, ...], input_format: str | None, published: str | None, encoding: str,
           db_url: str | None, workers: int, dask_address: str | None, quiet: bool, follow_symlinks: bool | None) -> None:
    """Add articles to the store and the ledger (duplicates, entities, series, contradictions).

    SOURCE is a file or a directory (searched recursively for .txt, .html, .htm, .json, .jsonl,
    .jsonl.gz, .xml, .rss, .atom, .warc, .warc.gz and .pdf files). A .json file holds one record
    (news-please writes one per article) or an array of them; JSONL may be gzipped;
    .xml/.rss/.atom files are RSS or Atom feeds whose entries with content or a summary become
    articles; WARC files (CC-NEWS layout) give one article per HTML response record. Articles already
    stored (same normalised text) are skipped without being analysed again. Every failed input
    is recorded in the store's failures table and listed at the end; the exit code is non-zero
    if any failed. Only regular files are read; HEARSAY_DOC_SECONDS and HEARSAY_DOC_MEMORY_MB set
    per-document budgets (a document over one fails alone).

    \b
    Examples:
      hearsay ingest articles/ --published 2025-05-30
      hearsay ingest wire.jsonl.gz feeds/world.rss --db postgresql+psycopg://localhost/hearsay
      hearsay ingest CC-NEWS-*.warc.gz --workers 2
      hearsay ingest archive/ --dask tcp://scheduler:8786 --db postgresql+psycopg://db/hearsay
    """
    from hearsay.ingest import parse_date
    from hearsay.service import ingest as run
    from hearsay.store import open_store

    settings = load_settings({"db_url": db_url, "follow_symlinks": follow_symlinks})
    reference = parse_date(published)
    store = open_store(settings.db_url)
    err = Console(stderr=True)
    try:
        if quiet or not err.is_terminal:
            summary = run(sources, store, settings, input_format=input_format, published=reference, encoding=encoding,
                          workers=workers, dask=dask_address)
        else:
            columns: list[Any] = [TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), _Rate(),
                                  TextColumn("ETA"), TimeRemainingColumn(), _Failures()]
            with Progress(*columns, console=err, transient=False) as progress:
                summary = run(sources, store, settings, input_format=input_format, published=reference, encoding=encoding,
                              progress=_Bar(progress), workers=workers, dask=dask_address)
        stale = _stale(store)
    finally:
        store.close()
    from hearsay.errors import LanguageSkipped

    skipped = [f for f in summary.failures if isinstance(f.error, LanguageSkipped)]
    failed = [f for f in summary.failures if not isinstance(f.error, LanguageSkipped)]
    line = f"{summary.stored} stored, {summary.skipped} already stored, {summary.linked} linked as near-duplicates, " \
           f"{len(failed)} failed"
    if skipped:
        line += f", {len(skipped)} skipped (language)"
    if summary.caught_up:
        line += f" ({summary.caught_up} earlier articles added to the ledger)"
    click.echo(line)
    for what, failure in [("skipped", f) for f in skipped] + [("failed", f) for f in failed]:
        message = safe(failure.error)  # most messages start with where they happened: say it once
        where = "" if message.startswith(safe(failure.origin)) else f"{safe(failure.origin)}: "
        click.echo(f"  {what}: {where}{message}", err=True)
    if stale:
        click.echo(f"warning: {stale}", err=True)
    if summary.exit_code:
        sys.exit(summary.exit_code)


def _stale(store: Any) -> str | None:
    """Return why the store's ledger should be rebuilt (older linking rules), or None."""
    from hearsay.ledger import stale_ledger

    with store.engine.connect() as conn:
        return stale_ledger(conn)


__all__ = ["ingest"]
