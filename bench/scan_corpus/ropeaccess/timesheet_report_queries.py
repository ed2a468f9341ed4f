"""Timesheet reporting queries for the operations manager's dashboard.

The dashboard lets the manager sort and filter hours by technician, site or
week. Sorting is chosen from a dropdown, filters are free text.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

SORT_COLUMNS = {
    "technician": "t.surname, t.first_name",
    "site": "s.site_code",
    "week": "e.week_start",
    "hours": "total_hours",
}
SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass
class ReportFilter:
    week_from: date
    week_to: date
    site_code: str | None = None
    sort: str = "week"
    direction: str = "desc"


def _order_by(f: ReportFilter) -> str:
    column = SORT_COLUMNS.get(f.sort, SORT_COLUMNS["week"])
    direction = SORT_DIRECTIONS.get(f.direction, "DESC")
    return f"{column} {direction}"


def hours_report(conn: psycopg.Connection, f: ReportFilter) -> list[dict]:
    params: list = [f.week_from, f.week_to]
    site_clause = ""
    if f.site_code:
        site_clause = "AND s.site_code = %s"
        params.append(f.site_code)
    query = f"""
        SELECT t.employee_number, t.first_name, t.surname, s.site_code, e.week_start,
               SUM(e.hours_on_rope + e.hours_ground) AS total_hours
        FROM timesheet_entries e
        JOIN technicians t ON t.id = e.technician_id
        JOIN sites s ON s.id = e.site_id
        WHERE e.week_start BETWEEN %s AND %s {site_clause}
        GROUP BY t.employee_number, t.first_name, t.surname, s.site_code, e.week_start
        ORDER BY {_order_by(f)}
    """
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, params)
        return cur.fetchall()
