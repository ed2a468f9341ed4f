"""Tour capacity report per season.

Tour bookings are archived into one table per season (``tour_booking_2023``,
``tour_booking_2024`` ...). The visitor centre manager picks a season and a
tour type to see fill rates per slot.
"""
from __future__ import annotations

import click
import psycopg
from psycopg import sql

from saltboiler.config import settings

SEASON_TABLES = {
    "2023": "tour_booking_2023",
    "2024": "tour_booking_2024",
    "2025": "tour_booking_2025",
}
TOUR_TYPES = ("boiling_house", "saltmarsh_walk", "tasting")


def capacity_query(season: str) -> sql.Composed:
    table = SEASON_TABLES[season]
    return sql.SQL(
        "SELECT s.starts_at, s.capacity, COALESCE(SUM(b.party_size), 0) AS booked "
        "FROM tour_slot s LEFT JOIN {table} b ON b.slot_id = s.id "
        "WHERE s.tour_type = %s GROUP BY s.id ORDER BY s.starts_at"
    ).format(table=sql.Identifier(table))


def fetch_capacity(season: str, tour_type: str) -> list[tuple]:
    with psycopg.connect(settings.VISITOR_DB_DSN) as conn:
        return conn.execute(capacity_query(season), (tour_type,)).fetchall()


@click.command()
@click.option("--season", type=click.Choice(sorted(SEASON_TABLES)), required=True)
@click.option("--tour-type", type=click.Choice(TOUR_TYPES), default="boiling_house")
def main(season: str, tour_type: str) -> None:
    rows = fetch_capacity(season, tour_type)
    for starts_at, capacity, booked in rows:
        pct = 100.0 * booked / capacity if capacity else 0.0
        click.echo(f"{starts_at:%Y-%m-%d %H:%M}  {booked:>3}/{capacity:<3}  {pct:5.1f}%")


if __name__ == "__main__":
    main()
