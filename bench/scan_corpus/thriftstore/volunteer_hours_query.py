"""Volunteer hours summary, used for the annual volunteer awards and the
impact report.  Hours are kept in one partition table per year
(``volunteer_hours_2023``, ``volunteer_hours_2024``, ...).
"""
from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from typing import List, Tuple

import psycopg
from psycopg import sql

FIRST_YEAR = 2019


def hours_table(year: int) -> sql.Identifier:
    if not FIRST_YEAR <= year <= date.today().year:
        raise ValueError(f"no hours table for {year}")
    return sql.Identifier(f"volunteer_hours_{year}")


def hours_by_volunteer(
    conn: psycopg.Connection, year: int, shop_code: str, min_hours: float
) -> List[Tuple[str, float]]:
    query = sql.SQL(
        "SELECT v.display_name, sum(h.hours) AS total "
        "FROM {table} h JOIN volunteers v ON v.id = h.volunteer_id "
        "WHERE h.shop_code = %s "
        "GROUP BY v.display_name HAVING sum(h.hours) >= %s "
        "ORDER BY total DESC"
    ).format(table=hours_table(year))
    with conn.cursor() as cur:
        cur.execute(query, (shop_code, min_hours))
        return [(name, float(total)) for name, total in cur.fetchall()]


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description="Volunteer hours per shop")
    parser.add_argument("shop_code")
    parser.add_argument("--year", type=int, default=date.today().year)
    parser.add_argument("--min-hours", type=float, default=0.0)
    args = parser.parse_args(argv)

    with psycopg.connect(os.environ["VOLUNTEER_DB_DSN"]) as conn:
        rows = hours_by_volunteer(conn, args.year, args.shop_code, args.min_hours)
    for name, total in rows:
        print(f"{name:<30} {total:8.1f}")
    print(f"{len(rows)} volunteers", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
