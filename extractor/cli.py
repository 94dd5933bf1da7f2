"""`spravki`: a thin command line over the library calls build / read_document / extract."""
from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from .settings import DEFAULT, Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="spravki — справки и приказы о наставничестве → один проверенный набор данных.\n\n"
                       "Примеры:\n  spravki build corpora/ -o outputs/\n  spravki check corpora/seeds\n"
                       "  spravki show corpora/seeds/salsk_spravka_2021.docx")
err = Console(stderr=True, soft_wrap=True)
out = Console()


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            out.print(f"spravki {version('spravki')}")
        except PackageNotFoundError:  # pragma: no cover - a source tree without install
            out.print("spravki (не установлен)")
        raise typer.Exit(0)


@app.callback()
def main_options(show_version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                                   help="показать версию и выйти")) -> None:
    """spravki — справки и приказы о наставничестве → один проверенный набор данных."""


def _settings(timeout: float | None, ocr: bool = True) -> Settings:
    from dataclasses import replace

    return replace(DEFAULT, timeout_s=DEFAULT.timeout_s if timeout is None else timeout, ocr=ocr)


@app.command()
def build(inputs: list[Path] = typer.Argument(..., help="файлы и папки с отчётами (рекурсивно)"),
          out_dir: Path = typer.Option(Path("outputs"), "-o", "--out", help="папка для набора данных"),
          workers: int = typer.Option(0, "--workers", "-w", help="число процессов (0 — все ядра)"),
          quiet: bool = typer.Option(False, "--quiet", "-q", help="без индикатора и сводки"),
          timeout: float = typer.Option(None, "--timeout", help="предел времени на документ, с"),
          force: bool = typer.Option(False, "--force", help="перечитать и неизменившиеся файлы"),
          ocr: bool = typer.Option(True, "--ocr/--no-ocr", help="распознавать сканы (Tesseract)"),
          aliases: Path = typer.Option(None, "--aliases",
                                       help="CSV исправлений: municipality, alias, org_id (по умолчанию "
                                            "aliases.csv в папке входа)"),
          headers: Path = typer.Option(None, "--headers",
                                       help="CSV заголовков: header, indicator, unit (по умолчанию "
                                            "headers.csv в папке входа)"),
          corrections: Path = typer.Option(None, "--corrections",
                                           help="CSV исправленных значений: sha256, table, row, col, value, "
                                                "comment (по умолчанию corrections.csv в папке входа)"),
          reviews: Path = typer.Option(None, "--reviews",
                                       help="CSV решений по проверкам: check_id, verdict (confirmed | dismissed), "
                                            "comment (по умолчанию reviews.csv в папке входа)"),
          prune: bool = typer.Option(False, "--prune", help="забыть документы, файлов которых больше нет")) -> None:
    """Прочитать все файлы из INPUTS и записать набор данных в OUT.

    Примеры:

      spravki build corpora/ -o outputs/

      spravki build архив/ --reviews решения.csv --prune
    """
    from .builder import build as run_build

    if workers < 0:
        err.print("[red]--workers: число процессов не может быть отрицательным (0 — все ядра)[/red]")
        raise typer.Exit(2)
    for p in inputs:
        if not p.exists():
            err.print(f"[red]нет такого файла или папки: {p}[/red]")
            raise typer.Exit(2)
    if out_dir.exists() and not out_dir.is_dir():
        err.print(f"[red]-o: {out_dir} — это файл, а нужна папка[/red]")
        raise typer.Exit(2)
    for opt, p in (("--aliases", aliases), ("--headers", headers), ("--corrections", corrections),
                   ("--reviews", reviews)):
        if p is not None and not p.is_file():
            err.print(f"[red]{opt}: нет такого файла: {p}[/red]")
            raise typer.Exit(2)
    show_bar = not quiet and sys.stderr.isatty()
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=err, disable=not show_bar)
    task = None

    def on_start(n: int) -> None:
        nonlocal task
        task = progress.add_task("чтение", total=n)

    def on_done(r) -> None:
        progress.update(task, advance=1, description=r.source[-40:] if r else "без изменений")

    import signal

    def stop(signum, frame):  # SIGTERM ends a build as Ctrl-C does: workers stopped, data kept
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        with progress:
            report = run_build(inputs, out_dir, workers=workers or None, settings=_settings(timeout, ocr),
                               on_start=on_start, on_done=on_done, aliases=aliases, force=force, headers=headers,
                               corrections=corrections, reviews=reviews, prune=prune)
    except KeyboardInterrupt:
        err.print("[yellow]Прервано. Прочитанное сохранено в outputs.sqlite; файлы набора остались прежними — "
                  "запустите build ещё раз, он продолжит с того же места.[/yellow]")
        raise typer.Exit(3) from None
    except PermissionError as e:
        err.print(f"[red]нет доступа на запись: {e.filename or out_dir}[/red]")
        raise typer.Exit(2) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    for problem in report.problems:
        err.print(f"[yellow]пропущено[/yellow] {problem}")
    if not quiet:
        read = len(report.results)
        facts = report.new_facts
        err.print(f"Прочитано файлов: {read}, без изменений пропущено: {report.skipped}; новых фактов: {facts}; "
                  f"расхождений в наборе: {report.mismatches}.")
        for source in report.missing:
            err.print(f"[yellow]{'забыт' if prune else 'нет файла'}[/yellow] {source}")
    for source, error in report.failed:
        err.print(f"[yellow]не прочитан[/yellow] {source}: {error}")
    if not quiet:
        err.print(f"Набор данных: {report.out.resolve()}")
    raise typer.Exit(1 if report.failed else 0)


@app.command()
def check(inputs: list[Path] = typer.Argument(..., help="файлы и папки с отчётами"),
          workers: int = typer.Option(0, "--workers", "-w", help="число процессов (0 — все ядра)")) -> None:
    """Показать расхождения; код выхода 1, если есть расхождение, не отклонённое в reviews.csv.

    Пример:

      spravki check corpora/seeds
    """
    from .pipeline import collect_inputs, run
    from .userfiles import UserFileError, find_user_file, load_reviews

    for p in inputs:
        if not p.exists():
            err.print(f"[red]нет такого файла или папки: {p}[/red]")
            raise typer.Exit(2)
    dismissed: set[str] = set()
    found = find_user_file(list(inputs), "reviews.csv")
    if found:
        try:
            verdicts, _ = load_reviews(found)
        except UserFileError as e:
            err.print(f"[yellow]{e}[/yellow]")
            verdicts = {}
        dismissed = {cid for cid, (_, verdict, _) in verdicts.items() if verdict == "dismissed"}
    results = run(collect_inputs(inputs), workers=workers or None)
    table = RichTable(title="Расхождения", show_lines=True)
    for col in ("файл", "проверка", "заявлено", "пересчитано", "где", "сообщение"):
        table.add_column(col, overflow="fold")
    n = 0
    for r in results:
        for c in r.checks:
            if c.status == "mismatch" and c.check_id not in dismissed:
                n += 1
                table.add_row(r.source, c.check, c.stated, c.computed, c.location, c.message)
    failed = [r for r in results if r.status != "ok"]
    if n:
        out.print(table)
    else:
        out.print("Расхождений не найдено.")
    for r in failed:
        err.print(f"не прочитан {r.source}: {r.error}")
    raise typer.Exit(1 if n or (failed and len(failed) == len(results)) else 0)


@app.command()
def show(file: Path = typer.Argument(..., help="один файл")) -> None:
    """Print what was read from one file: paragraphs, tables as grids, facts and checks.

    Example: spravki show corpora/seeds/novocherkassk_spravka_2020.txt
    """
    from .model import Paragraph, ReadError
    from .pipeline import extract
    from .readers import read_document

    if not file.is_file():
        err.print(f"[red]{'это папка, а нужен один файл' if file.is_dir() else 'нет такого файла'}: {file}[/red]")
        raise typer.Exit(2)

    try:
        doc = read_document(file)
    except ReadError as e:
        err.print(f"[red]не прочитан: {e}[/red]")
        raise typer.Exit(1) from None
    out.print(f"[bold]{doc.source}[/bold] — {doc.format}, таблиц: {len(doc.tables)}"
              + (f", страниц: {doc.pages}" if doc.pages else ""))
    for b in doc.blocks:
        if isinstance(b, Paragraph):
            out.print(f"[dim]{b.line:>4}[/dim]  {b.text}", highlight=False)
        else:
            grid = RichTable(title=f"таблица {b.index} ({b.n_rows}×{b.n_cols})", show_lines=True)
            for c in range(b.n_cols):
                grid.add_column(str(c + 1), overflow="fold")
            for r in range(b.n_rows):
                grid.add_row(*[b.text(r, c) for c in range(b.n_cols)])
            out.print(grid)
    result = extract(doc)
    if result.columns:
        cols = RichTable(title="как прочитаны заголовки столбцов", show_lines=True)
        for col in ("таблица", "столбец", "заголовок (весь путь)", "показатель", "форма", "ед.", "признаки", "почему"):
            cols.add_column(col, overflow="fold")
        for c in result.columns:
            mark = "" if c["understood"] else " [yellow](не понят)[/yellow]"
            cols.add_row(str(c["table"]), str(c["col"]), c["header"], c["indicator"] + mark, c["form"], c["unit"],
                         c["features"], c["note"])
        out.print(cols)
    facts = RichTable(title=f"факты ({len(result.facts)})")
    for col in ("организация", "показатель", "форма", "вариант", "значение", "где"):
        facts.add_column(col, overflow="fold")
    for f in result.facts:
        facts.add_row(f.org_name, f.indicator, f.form, f.variant, f.raw, f"table {f.table}, row {f.row}, col {f.col}")
    out.print(facts)
    checks = RichTable(title=f"проверки ({len(result.checks)})", show_lines=True)
    for col in ("проверка", "статус", "сообщение", "где"):
        checks.add_column(col, overflow="fold")
    for c in result.checks:
        checks.add_row(c.check, c.status, c.message, c.location)
    out.print(checks)


@app.command()
def history(municipality: str = typer.Argument(..., help="муниципалитет (часть названия: «Новочеркасск»)"),
            out_dir: Path = typer.Option(Path("outputs"), "-o", "--out", help="папка собранного набора данных"),
            indicator: str = typer.Option(None, "--indicator", "-i", help="только этот показатель")) -> None:
    """Показать историю муниципалитета: организации × даты отчётов по каждому показателю.

    Примеры:

      spravki history Новочеркасск

      spravki history "Сальский район" -o outputs/ -i mentors
    """
    import pandas as pd

    path = out_dir / "history.csv"
    if not path.is_file():
        err.print(f"[red]в {out_dir} нет history.csv — сначала spravki build … -o {out_dir}[/red]")
        raise typer.Exit(2)
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    from normalizers.text import fold

    want = fold(municipality)
    rows = df[df["municipality"].map(lambda m: want in fold(m))]
    if indicator:
        rows = rows[rows["indicator"] == indicator]
    if rows.empty:
        known = ", ".join(sorted(set(df["municipality"]))) or "—"
        err.print(f"[yellow]нет истории для «{municipality}». Есть: {known}[/yellow]")
        raise typer.Exit(1)
    dates = [c for c in df.columns if c not in ("municipality", "org_id", "canonical_name", "indicator", "form")]
    dates = [d for d in dates if (rows[d] != "").any()]
    for muni, part in rows.groupby("municipality", sort=True):
        table = RichTable(title=f"{muni}: история показателей", show_lines=False)
        for col in ("организация", "показатель", "форма", *dates):
            table.add_column(col, overflow="fold", justify="right" if col in dates else "left")
        for _, r in part.iterrows():
            table.add_row(r["canonical_name"] or r["org_id"], r["indicator"], r["form"], *[r[d] for d in dates])
        out.print(table)


def _usage_ru(e) -> str:
    """Click's usage errors in Russian, one line."""
    import re as _re

    msg = e.format_message()
    for pat, ru in ((r"Missing argument '([^']+)'", "не указан аргумент {0}"),
                    (r"No such option: (\S+)", "нет такого параметра: {0}"),
                    (r"No such command '([^']+)'", "нет такой команды: {0}"),
                    (r"Option '([^']+)' requires an argument", "параметру {0} нужно значение"),
                    (r"Invalid value for '([^']+)'(?: / '[^']+')*: .*?(integer|number|float|path|choice)?", "неверное значение {0}"),
                    (r"Got unexpected extra argument", "лишний аргумент")):
        m = _re.search(pat, msg)
        if m:
            return ru.format(*m.groups())
    return msg


def main() -> None:
    """The console script: usage errors are one line in Russian and exit 2, never a traceback."""
    try:  # typer ships its own click from 0.2x on; older ones use click itself
        from typer._click.exceptions import ClickException, UsageError
    except ImportError:  # pragma: no cover - older typer
        from click.exceptions import ClickException, UsageError

    try:
        result = app(standalone_mode=False)
    except typer.Exit as e:
        sys.exit(getattr(e, "exit_code", 0))
    except (typer.Abort, KeyboardInterrupt):
        err.print("[yellow]Прервано.[/yellow]")
        sys.exit(3)
    except UsageError as e:
        if type(e).__name__ == "NoArgsIsHelpError":  # bare `spravki`: the help, as asked
            print(e.format_message())
            sys.exit(0)
        ctx = getattr(e, "ctx", None)
        name = getattr(ctx, "info_name", "") if ctx else ""
        hint = f"spravki {name} --help" if name and name != "spravki" else "spravki --help"
        err.print(f"[red]ошибка в команде: {_usage_ru(e)}[/red] (справка: {hint})")
        sys.exit(2)
    except ClickException as e:
        err.print(f"[red]{e.format_message()}[/red]")
        sys.exit(2)
    sys.exit(result if isinstance(result, int) else 0)


if __name__ == "__main__":
    main()
