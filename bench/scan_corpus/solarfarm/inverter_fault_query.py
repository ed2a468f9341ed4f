"""Fault history queries for the O&M dashboard."""

from datetime import datetime

from django.db import connection

SORT_COLUMNS = {
    "time": "f.raised_at",
    "inverter": "i.asset_tag",
    "code": "f.fault_code",
    "duration": "f.cleared_at - f.raised_at",
}

BASE_SQL = """
    SELECT f.id, i.asset_tag, f.fault_code, f.description, f.raised_at, f.cleared_at
    FROM om_inverter_fault f
    JOIN om_inverter i ON i.id = f.inverter_id
    WHERE i.site_id = %s AND f.raised_at >= %s AND f.raised_at < %s
"""


def fault_history(site_id: int, start: datetime, end: datetime,
                  sort: str = "time", descending: bool = True,
                  fault_code: str | None = None, limit: int = 200) -> list[dict]:
    sql = BASE_SQL
    params: list = [site_id, start, end]
    if fault_code:
        sql += " AND f.fault_code = %s"
        params.append(fault_code)
    order_col = SORT_COLUMNS.get(sort, SORT_COLUMNS["time"])
    direction = "DESC" if descending else "ASC"
    sql += f" ORDER BY {order_col} {direction} LIMIT %s"
    params.append(min(int(limit), 1000))

    with connection.cursor() as cur:
        cur.execute(sql, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]
