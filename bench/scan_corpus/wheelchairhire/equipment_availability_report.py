"""Depot availability report for scooters, wheelchairs and hoists."""
import sqlite3

import click

from wheelchairhire.config import settings

SORT_COLUMNS = {
    "tag": "asset_tag",
    "type": "category",
    "depot": "depot_code",
    "service": "next_service_due",
}


def open_db(path: str = settings.INVENTORY_DB) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def available_equipment(
    conn: sqlite3.Connection, depot: str, sort: str = "tag", descending: bool = False
) -> list[sqlite3.Row]:
    column = SORT_COLUMNS.get(sort, "asset_tag")
    direction = "DESC" if descending else "ASC"
    sql = (
        "SELECT asset_tag, category, depot_code, next_service_due FROM equipment "
        f"WHERE depot_code = ? AND status = 'available' ORDER BY {column} {direction}"
    )
    return conn.execute(sql, (depot,)).fetchall()


@click.command()
@click.argument("depot")
@click.option("--sort", type=click.Choice(sorted(SORT_COLUMNS)), default="tag")
@click.option("--desc", is_flag=True, help="Reverse the sort order.")
def main(depot: str, sort: str, desc: bool) -> None:
    """Print equipment currently available for hire at DEPOT."""
    with open_db() as conn:
        rows = available_equipment(conn, depot.upper(), sort, desc)
    click.echo(f"{len(rows)} items available at {depot.upper()}")
    for row in rows:
        click.echo(
            f"{row['asset_tag']:<10} {row['category']:<16} "
            f"{row['depot_code']:<6} {row['next_service_due']}"
        )


if __name__ == "__main__":
    main()
