"""Parts ordering report for the stores manager: what was ordered, by whom, and for which job."""

import sqlite3
from datetime import date

SORT_COLUMNS = {
    "ordered": "po.ordered_at",
    "supplier": "po.supplier_code",
    "engineer": "e.surname",
    "value": "po.total_pence",
}
BASE_SQL = """
SELECT po.id, po.ordered_at, po.supplier_code, e.surname AS engineer, j.job_ref, po.total_pence
FROM parts_orders po
JOIN engineers e ON e.id = po.engineer_id
LEFT JOIN jobs j ON j.id = po.job_id
WHERE po.ordered_at >= ? AND po.ordered_at < ?
"""


def build_report_query(supplier: str | None, sort: str, descending: bool) -> tuple[str, list]:
    sql = BASE_SQL
    params: list = []
    if supplier:
        sql += " AND po.supplier_code = ?"
        params.append(supplier)
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["ordered"])
    direction = "DESC" if descending else "ASC"
    sql += f" ORDER BY {column} {direction}"
    return sql, params


def parts_order_report(
    conn: sqlite3.Connection,
    start: date,
    end: date,
    supplier: str | None = None,
    sort: str = "ordered",
    descending: bool = True,
) -> list[sqlite3.Row]:
    sql, extra = build_report_query(supplier, sort, descending)
    conn.row_factory = sqlite3.Row
    return conn.execute(sql, [start.isoformat(), end.isoformat(), *extra]).fetchall()
