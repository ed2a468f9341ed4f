"""Move closed hull surveys into per-year archive tables.

Survey data is kept in ``hull_surveys`` while a boat is in the yard; closed
surveys are moved into ``hull_surveys_<year>`` tables each January.
"""
from datetime import date

import psycopg
from psycopg import sql

from shipwright.config import settings

ARCHIVE_COLUMNS = ("id", "vessel_id", "surveyor_id", "surveyed_on", "findings", "closed_on")


def archive_table(year: int) -> sql.Identifier:
    return sql.Identifier(f"hull_surveys_{int(year)}")


def ensure_archive_table(conn: psycopg.Connection, year: int) -> None:
    conn.execute(
        sql.SQL("CREATE TABLE IF NOT EXISTS {} (LIKE hull_surveys INCLUDING ALL)").format(
            archive_table(year)
        )
    )


def archive_year(year: int) -> int:
    columns = sql.SQL(", ").join(sql.Identifier(c) for c in ARCHIVE_COLUMNS)
    move = sql.SQL(
        "WITH moved AS (DELETE FROM hull_surveys WHERE closed_on >= %s AND closed_on < %s"
        " RETURNING {cols}) INSERT INTO {table} ({cols}) SELECT {cols} FROM moved"
    ).format(cols=columns, table=archive_table(year))
    with psycopg.connect(settings.database_url) as conn:
        ensure_archive_table(conn, year)
        cur = conn.execute(move, (date(year, 1, 1), date(year + 1, 1, 1)))
        return cur.rowcount


if __name__ == "__main__":
    last_year = date.today().year - 1
    print(f"Archived {archive_year(last_year)} surveys from {last_year}")
