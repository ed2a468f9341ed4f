"""Day sheet of van stops for the dispatcher screen.

Reads from the local SQLite cache that each dispatcher laptop keeps in
sync with the central route planner.
"""
import sqlite3
from datetime import date

import click

from knifegrinder.settings import settings

BASE_QUERY = (
    "SELECT s.seq, s.eta, r.name AS restaurant, s.knife_count, s.status "
    "FROM van_stops s JOIN restaurants r ON r.id = s.restaurant_id "
    "WHERE s.van_id = ? AND s.service_date = ?"
)


def _ordering(sort_key: str, descending: bool) -> str:
    direction = "DESC" if descending else "ASC"
    return " ORDER BY {} {}".format(sort_key, direction)


def fetch_stops(van_id: str, day: date, sort_key: str = "s.seq", descending: bool = False):
    conn = sqlite3.connect(settings.DISPATCH_CACHE_PATH)
    conn.row_factory = sqlite3.Row
    try:
        sql = BASE_QUERY + _ordering(sort_key, descending)
        return conn.execute(sql, (van_id, day.isoformat())).fetchall()
    finally:
        conn.close()


@click.command("day-sheet")
@click.argument("van_id")
@click.option("--day", type=click.DateTime(formats=["%Y-%m-%d"]), default=str(date.today()))
@click.option("--sort", "sort_key", default="s.seq", help="Column to order the stops by.")
@click.option("--desc", is_flag=True, default=False)
def day_sheet(van_id, day, sort_key, desc):
    rows = fetch_stops(van_id, day.date(), sort_key=sort_key, descending=desc)
    if not rows:
        click.echo(f"No stops scheduled for van {van_id}")
        return
    for row in rows:
        click.echo(
            f"{row['seq']:>3}  {row['eta']:<5}  {row['restaurant']:<30} "
            f"{row['knife_count']:>3} knives  [{row['status']}]"
        )


if __name__ == "__main__":
    day_sheet()
