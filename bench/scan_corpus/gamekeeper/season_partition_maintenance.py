"""Season roll-over maintenance for the bag and booking tables.

Run by the estate office on 2 February each year after the pheasant season
closes: creates next season's partitions and analyses last season's.
"""
from datetime import date

import click
import psycopg

from gamekeeper.config import settings

PARTITIONED_TABLES = ("game_bag", "shoot_booking", "beater_hours")


def season_label(start_year: int) -> str:
    return f"{start_year}_{(start_year + 1) % 100:02d}"


def partition_name(table: str, start_year: int) -> str:
    if table not in PARTITIONED_TABLES:
        raise ValueError(f"not a partitioned table: {table}")
    return f"{table}_s{season_label(start_year)}"


def create_partitions(conn: psycopg.Connection, start_year: int) -> list:
    created = []
    lower = date(start_year, 8, 1)
    upper = date(start_year + 1, 8, 1)
    for table in PARTITIONED_TABLES:
        name = partition_name(table, start_year)
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {name} PARTITION OF {table} "
            f"FOR VALUES FROM ('{lower.isoformat()}') TO ('{upper.isoformat()}')"
        )
        created.append(name)
    return created


def analyse_closed_season(conn: psycopg.Connection, start_year: int) -> None:
    for table in PARTITIONED_TABLES:
        conn.execute(f"ANALYZE {partition_name(table, start_year)}")


@click.command()
@click.option("--year", type=int, default=lambda: date.today().year)
def rollover(year: int):
    with psycopg.connect(settings.DATABASE_URL, autocommit=True) as conn:
        names = create_partitions(conn, year)
        analyse_closed_season(conn, year - 1)
    click.echo("created: " + ", ".join(names))


if __name__ == "__main__":
    rollover()
