"""Mooring permit expiry report for the hire office.

Run from cron each Monday; prints permits due to lapse so the office can
renew home moorings and winter berths before boats are turned away.
"""
import sqlite3
from datetime import date, timedelta

import click

from canalboat.settings import settings

SORTABLE = {
    "expiry": "p.expires_on",
    "boat": "b.name",
    "marina": "p.marina_name",
    "permit": "p.permit_number",
}


def fetch_expiring(conn: sqlite3.Connection, within_days: int, sort_key: str = "expiry", descending: bool = False):
    column = SORTABLE.get(sort_key, SORTABLE["expiry"])
    direction = "DESC" if descending else "ASC"
    cutoff = (date.today() + timedelta(days=within_days)).isoformat()
    query = (
        "SELECT p.permit_number, b.name AS boat, p.marina_name, p.expires_on "
        "FROM mooring_permit p JOIN boat b ON b.id = p.boat_id "
        f"WHERE p.expires_on <= ? ORDER BY {column} {direction}"
    )
    return conn.execute(query, (cutoff,)).fetchall()


@click.command()
@click.option("--days", default=60, show_default=True, help="Look-ahead window in days.")
@click.option("--sort", "sort_key", type=click.Choice(sorted(SORTABLE)), default="expiry")
@click.option("--desc", is_flag=True, help="Sort descending.")
def main(days: int, sort_key: str, desc: bool) -> None:
    conn = sqlite3.connect(settings.OFFICE_DB_PATH)
    conn.row_factory = sqlite3.Row
    try:
        rows = fetch_expiring(conn, days, sort_key, desc)
    finally:
        conn.close()
    if not rows:
        click.echo("No permits expiring in the window.")
        return
    for row in rows:
        click.echo(f"{row['expires_on']}  {row['permit_number']:<12} {row['boat']:<24} {row['marina_name']}")


if __name__ == "__main__":
    main()
