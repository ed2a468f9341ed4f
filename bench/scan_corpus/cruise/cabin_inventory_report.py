"""Cabin inventory report for the sales team: free cabins per category per sailing."""

from __future__ import annotations

from datetime import date

SORT_COLUMNS = {
    "departure": "s.departs_on",
    "category": "c.category_code",
    "free": "free_cabins",
}

REPORT_SQL = """
    SELECT s.sailing_code, s.departs_on, c.category_code,
           COUNT(*) FILTER (WHERE b.id IS NULL) AS free_cabins
      FROM sailings s
      JOIN cabins c ON c.vessel_id = s.vessel_id
      LEFT JOIN bookings b ON b.cabin_id = c.id AND b.sailing_id = s.id AND b.status <> 'cancelled'
     WHERE s.departs_on BETWEEN %s AND %s
       AND (%s IS NULL OR s.vessel_id = %s)
     GROUP BY s.sailing_code, s.departs_on, c.category_code
"""


def build_report_sql(sort: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["departure"])
    direction = "DESC" if descending else "ASC"
    return f"{REPORT_SQL} ORDER BY {column} {direction}"


def cabin_inventory(conn, start: date, end: date, vessel_id: int | None = None,
                    sort: str = "departure", descending: bool = False) -> list[tuple]:
    sql = build_report_sql(sort, descending)
    with conn.cursor() as cur:
        cur.execute(sql, (start, end, vessel_id, vessel_id))
        return cur.fetchall()
