"""Fleet utilisation report for depot managers.

Shows hours on hire, hours worked and revenue per crane for a period, with
sortable columns in the dashboard table.
"""
from datetime import date
from typing import List

import psycopg
from psycopg.rows import dict_row

_SORT_COLUMNS = {
    "crane": "c.fleet_number",
    "model": "c.model",
    "hire_hours": "hire_hours",
    "worked_hours": "worked_hours",
    "revenue": "revenue",
}
_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def build_query(sort: str, direction: str) -> str:
    column = _SORT_COLUMNS.get(sort, "c.fleet_number")
    order = _DIRECTIONS.get(direction.lower(), "ASC")
    return (
        "SELECT c.fleet_number, c.model, "
        "       SUM(h.hire_hours) AS hire_hours, "
        "       SUM(h.worked_hours) AS worked_hours, "
        "       SUM(h.revenue) AS revenue "
        "FROM cranes c JOIN hire_days h ON h.crane_id = c.id "
        "WHERE h.day BETWEEN %(start)s AND %(end)s AND c.depot_id = %(depot)s "
        "GROUP BY c.fleet_number, c.model "
        f"ORDER BY {column} {order}"
    )


def utilisation(dsn: str, depot_id: int, start: date, end: date,
                sort: str = "crane", direction: str = "asc") -> List[dict]:
    sql = build_query(sort, direction)
    with psycopg.connect(dsn, row_factory=dict_row) as conn:
        rows = conn.execute(sql, {"start": start, "end": end, "depot": depot_id}).fetchall()
    for row in rows:
        hire = row["hire_hours"] or 0
        row["utilisation_pct"] = round(100 * (row["worked_hours"] or 0) / hire, 1) if hire else 0.0
    return rows
