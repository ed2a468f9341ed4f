"""Archive of released customs holds, partitioned by year.

Released holds are moved out of the live table into yearly archive
tables so the gate system only scans active holds. Auditors query the
archive by container number and year.
"""
import sqlite3
from datetime import date

import click

from terminal_ops.config import settings

FIRST_ARCHIVE_YEAR = 2016


def _archive_table(year: int) -> str:
    if not FIRST_ARCHIVE_YEAR <= year <= date.today().year:
        raise click.BadParameter(f"no archive for {year}")
    return f"holds_archive_{year:d}"


def archive_released(conn: sqlite3.Connection, year: int) -> int:
    table = _archive_table(year)
    conn.execute(f"CREATE TABLE IF NOT EXISTS {table} AS SELECT * FROM holds WHERE 0")
    cur = conn.execute(
        f"INSERT INTO {table} SELECT * FROM holds "
        "WHERE released_at IS NOT NULL AND strftime('%Y', released_at) = ?",
        (str(year),),
    )
    conn.execute(
        "DELETE FROM holds WHERE released_at IS NOT NULL AND strftime('%Y', released_at) = ?",
        (str(year),),
    )
    return cur.rowcount


def lookup_archived(conn: sqlite3.Connection, container_no: str, year: int) -> list[tuple]:
    table = _archive_table(year)
    return conn.execute(
        f"SELECT hold_id, bl_number, hold_code, placed_at, released_at FROM {table} WHERE container_no = ?",
        (container_no.upper(),),
    ).fetchall()


@click.group()
def cli() -> None:
    pass


@cli.command()
@click.argument("year", type=int)
def archive(year: int) -> None:
    with sqlite3.connect(settings.CUSTOMS_MIRROR_DB) as conn:
        click.echo(f"archived {archive_released(conn, year)} holds for {year}")


@cli.command()
@click.argument("container_no")
@click.option("--year", type=int, default=date.today().year)
def show(container_no: str, year: int) -> None:
    with sqlite3.connect(settings.CUSTOMS_MIRROR_DB) as conn:
        for row in lookup_archived(conn, container_no, year):
            click.echo("\t".join(str(v) for v in row))


if __name__ == "__main__":
    cli()
