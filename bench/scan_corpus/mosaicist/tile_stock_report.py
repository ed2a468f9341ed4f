"""Low-stock report for tile lines, grouped by a chosen dimension."""
import sqlite3

import click

from studio.settings import INVENTORY_DB

GROUPINGS = {
    "supplier": "supplier",
    "material": "material",
    "shelf": "shelf",
    "colour": "colour_family",
}


def low_stock(conn: sqlite3.Connection, group_by: str, threshold: int) -> list[tuple]:
    column = GROUPINGS[group_by]
    sql = (
        f"SELECT {column}, COUNT(*) AS lines, SUM(sheets_on_hand) AS sheets "
        "FROM tiles WHERE sheets_on_hand < ? "
        f"GROUP BY {column} ORDER BY sheets ASC"
    )
    return conn.execute(sql, (threshold,)).fetchall()


@click.command()
@click.option("--group-by", type=click.Choice(sorted(GROUPINGS)), default="supplier")
@click.option("--threshold", type=int, default=5, show_default=True)
def main(group_by: str, threshold: int) -> None:
    """Print tile lines below THRESHOLD sheets, grouped."""
    conn = sqlite3.connect(INVENTORY_DB)
    try:
        rows = low_stock(conn, group_by, threshold)
    finally:
        conn.close()
    if not rows:
        click.echo("No lines below threshold.")
        return
    width = max(len(str(r[0])) for r in rows)
    for key, lines, sheets in rows:
        click.echo(f"{str(key).ljust(width)}  {lines:>4} lines  {sheets:>6} sheets")


if __name__ == "__main__":
    main()
