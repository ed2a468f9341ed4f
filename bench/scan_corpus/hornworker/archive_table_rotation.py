"""Yearly rotation of high-volume tables into archive tables.

Shop page-view events and stock movements grow quickly; at the start of
each year the previous year's rows move to a dated archive table.
"""
from datetime import date

import psycopg
from celery import shared_task

from hornworker.config import DATABASE_URL

ROTATED_TABLES = ("shop_page_views", "stock_movements", "basket_events")


def archive_name(table: str, year: int) -> str:
    return f"{table}_{year:04d}"


def rotate_table(conn, table: str, year: int) -> int:
    if table not in ROTATED_TABLES:
        raise ValueError(f"not a rotated table: {table}")
    target = archive_name(table, int(year))
    conn.execute(f"CREATE TABLE IF NOT EXISTS {target} (LIKE {table} INCLUDING ALL)")
    cur = conn.execute(
        f"WITH moved AS (DELETE FROM {table} WHERE created_at < %s RETURNING *) "
        f"INSERT INTO {target} SELECT * FROM moved",
        (date(year + 1, 1, 1),),
    )
    return cur.rowcount


@shared_task(name="maintenance.rotate_archives")
def rotate_archives(year: int | None = None) -> dict[str, int]:
    year = year or date.today().year - 1
    moved = {}
    with psycopg.connect(DATABASE_URL) as conn:
        for table in ROTATED_TABLES:
            moved[table] = rotate_table(conn, table, year)
        conn.commit()
    return moved
