"""Year-end archiving of the precious-metal stock ledger.

At year end the movements of the closed year are copied into a per-year
archive table (ledger_movements_2023 and so on) and removed from the live
table once the totals agree.
"""
from decimal import Decimal

import click
import psycopg
from psycopg import sql

from goldbeater.settings import LEDGER_DSN


def archive_table_name(year: int) -> str:
    if not 2000 <= year <= 2100:
        raise click.BadParameter("year out of range")
    return f"ledger_movements_{year}"


def archive_year(conn: psycopg.Connection, year: int) -> Decimal:
    table = sql.Identifier(archive_table_name(year))
    conn.execute(
        sql.SQL("CREATE TABLE IF NOT EXISTS {} (LIKE ledger_movements INCLUDING ALL)").format(table)
    )
    conn.execute(
        sql.SQL(
            "INSERT INTO {} SELECT * FROM ledger_movements "
            "WHERE EXTRACT(YEAR FROM posted_on) = %s"
        ).format(table),
        (year,),
    )
    total = conn.execute(sql.SQL("SELECT COALESCE(SUM(fine_weight_g), 0) FROM {}").format(table)).fetchone()[0]
    conn.execute("DELETE FROM ledger_movements WHERE EXTRACT(YEAR FROM posted_on) = %s", (year,))
    return total


@click.command()
@click.argument("year", type=int)
def main(year: int) -> None:
    with psycopg.connect(LEDGER_DSN) as conn:
        total = archive_year(conn, year)
        click.echo(f"archived {year}: {total} g fine gold")


if __name__ == "__main__":
    main()
