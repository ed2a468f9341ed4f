"""Queries behind the sales report page."""
from .db import get_connection

SORTABLE = {
    "date": "created_at",
    "amount": "total",
    "region": "region_code",
}


def build_report_sql(sort: str, descending: bool) -> str:
    column = SORTABLE.get(sort, "created_at")
    direction = "DESC" if descending else "ASC"
    return (
        "SELECT id, region_code, total, created_at FROM sales "
        "WHERE created_at >= %s AND created_at < %s "
        f"ORDER BY {column} {direction}"
    )


def sales_between(start, end, sort: str = "date", descending: bool = True) -> list[tuple]:
    sql = build_report_sql(sort, descending)
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute(sql, (start, end))
        return cur.fetchall()
