"""Report queries behind the weekly service schedule export.

Directors pick which column to sort by in the UI; the sort key is mapped to
a known column expression, and all filter values are bound as parameters.
"""
from datetime import date

import psycopg
from psycopg.rows import dict_row

SORT_COLUMNS = {
    "date": "s.service_date, s.start_time",
    "chapel": "c.name, s.service_date",
    "director": "s.director_username, s.service_date",
}

BASE_SQL = """
    SELECT s.id, s.service_date, s.start_time, s.service_type,
           c.name AS chapel, d.last_name, s.director_username
      FROM services s
      JOIN chapels c ON c.id = s.chapel_id
      JOIN decedents d ON d.id = s.decedent_id
"""


def build_schedule_query(start: date, end: date, chapel_codes: list[str], sort: str) -> tuple[str, list]:
    clauses = ["s.service_date BETWEEN %s AND %s"]
    params: list = [start, end]
    if chapel_codes:
        placeholders = ", ".join(["%s"] * len(chapel_codes))
        clauses.append(f"c.code IN ({placeholders})")
        params.extend(chapel_codes)
    order_by = SORT_COLUMNS.get(sort, SORT_COLUMNS["date"])
    sql = f"{BASE_SQL} WHERE {' AND '.join(clauses)} ORDER BY {order_by}"
    return sql, params


def weekly_schedule(conn: psycopg.Connection, start: date, end: date,
                    chapel_codes: list[str] | None = None, sort: str = "date") -> list[dict]:
    sql, params = build_schedule_query(start, end, chapel_codes or [], sort)
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, params)
        return cur.fetchall()
