"""Queries over the partitioned route history archive.

Completed van routes are moved nightly into one table per year
(route_history_2023, route_history_2024, ...). Ops uses these helpers
to compare mileage and stop counts across seasons.
"""
from datetime import date

import psycopg
from psycopg import sql

from knifegrinder.settings import settings

FIRST_ARCHIVE_YEAR = 2019


def archive_table(year: int) -> sql.Identifier:
    if not FIRST_ARCHIVE_YEAR <= year <= date.today().year:
        raise ValueError(f"no route archive for {year}")
    return sql.Identifier("archive", f"route_history_{year}")


def mileage_by_van(year: int, depot: str) -> list[tuple]:
    query = sql.SQL(
        "SELECT van_id, count(*) AS routes, sum(distance_km) AS km, sum(stop_count) AS stops "
        "FROM {table} WHERE depot = %s GROUP BY van_id ORDER BY km DESC"
    ).format(table=archive_table(year))
    with psycopg.connect(settings.ARCHIVE_DATABASE_URL) as conn, conn.cursor() as cur:
        cur.execute(query, (depot,))
        return cur.fetchall()


def stops_for_restaurant(year: int, restaurant_id: int) -> list[tuple]:
    query = sql.SQL(
        "SELECT service_date, van_id, knives_sharpened FROM {table} "
        "WHERE restaurant_id = %s ORDER BY service_date"
    ).format(table=archive_table(year))
    with psycopg.connect(settings.ARCHIVE_DATABASE_URL) as conn, conn.cursor() as cur:
        cur.execute(query, (restaurant_id,))
        return cur.fetchall()


def seasonal_comparison(depot: str, years: list[int]) -> dict[int, float]:
    totals = {}
    for year in years:
        rows = mileage_by_van(year, depot)
        totals[year] = round(sum(float(r[2] or 0) for r in rows), 1)
    return totals
