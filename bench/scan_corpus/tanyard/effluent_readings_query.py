"""Query helpers for the effluent register used by the environmental officer.

Lists discharge readings for a sampling point and lets the officer sort by any
measured parameter when preparing the monthly consent report for the water
authority.
"""
from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

SORT_COLUMNS = {
    "date": "taken_at",
    "chromium": "cr_total_mg_l",
    "sulphide": "sulphide_mg_l",
    "cod": "cod_mg_l",
    "ph": "ph",
}


@dataclass
class ReadingFilter:
    sampling_point: str
    start: date
    end: date
    sort: str = "date"
    descending: bool = False
    limit: int = 200


def build_query(f: ReadingFilter) -> tuple[str, tuple]:
    column = SORT_COLUMNS.get(f.sort, "taken_at")
    direction = "DESC" if f.descending else "ASC"
    sql = (
        "SELECT sample_id, taken_at, cr_total_mg_l, sulphide_mg_l, cod_mg_l, ph "
        "FROM effluent_readings "
        "WHERE sampling_point = %s AND taken_at::date BETWEEN %s AND %s "
        f"ORDER BY {column} {direction} LIMIT %s"
    )
    return sql, (f.sampling_point, f.start, f.end, min(int(f.limit), 1000))


def fetch_readings(conn: psycopg.Connection, f: ReadingFilter) -> list[dict]:
    sql, params = build_query(f)
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, params)
        return cur.fetchall()


def exceedances(conn: psycopg.Connection, f: ReadingFilter, cr_limit: float) -> list[dict]:
    return [
        r
        for r in fetch_readings(conn, f)
        if r["cr_total_mg_l"] is not None and r["cr_total_mg_l"] > cr_limit
    ]
