"""Occupancy reports for the harbour collection slots.

Each harbour the workshop serves has its own slot table, created when the
harbour was onboarded. The weekly report counts booked and missed slots.
"""
import click
import psycopg
from psycopg import sql

from netmaker.settings import settings

HARBOUR_TABLES = {
    "north-quay": "slots_north_quay",
    "fish-dock": "slots_fish_dock",
    "east-pier": "slots_east_pier",
}


def occupancy(conn: psycopg.Connection, harbour: str, week_start: str) -> list:
    table = HARBOUR_TABLES[harbour]
    query = sql.SQL(
        "SELECT date_trunc('day', starts_at) AS day, "
        "count(*) FILTER (WHERE booked_by IS NOT NULL) AS booked, "
        "count(*) FILTER (WHERE no_show) AS missed "
        "FROM {table} WHERE starts_at >= %s AND starts_at < %s::date + 7 "
        "GROUP BY 1 ORDER BY 1"
    ).format(table=sql.Identifier(table))
    with conn.cursor() as cur:
        cur.execute(query, (week_start, week_start))
        return cur.fetchall()


@click.command()
@click.option("--harbour", type=click.Choice(sorted(HARBOUR_TABLES)), required=True)
@click.option("--week-start", required=True, help="Monday of the week, YYYY-MM-DD")
def report(harbour: str, week_start: str) -> None:
    with psycopg.connect(settings.DATABASE_URL) as conn:
        for day, booked, missed in occupancy(conn, harbour, week_start):
            click.echo(f"{day:%a %d %b}  booked {booked:3d}  missed {missed:3d}")


if __name__ == "__main__":
    report()
