"""Plaza revenue report for the finance back office.

Finance users pick a grouping and sort order from drop-downs; the query is
assembled from fixed fragments and the filter values are bound.
"""
import sqlite3
from contextlib import closing
from datetime import date

from tollkeeper.config import settings

GROUPINGS = {
    "plaza": "plaza_code",
    "class": "vehicle_class",
    "payment": "payment_method",
}
SORTS = {
    "revenue": "total_cents DESC",
    "volume": "trips DESC",
    "name": "grp ASC",
}


def build_report_sql(group: str, sort: str) -> str:
    group_col = GROUPINGS.get(group, GROUPINGS["plaza"])
    order_by = SORTS.get(sort, SORTS["revenue"])
    return (
        f"SELECT {group_col} AS grp, COUNT(*) AS trips, SUM(amount_cents) AS total_cents "
        "FROM toll_transactions WHERE posted_on BETWEEN ? AND ? "
        f"GROUP BY {group_col} ORDER BY {order_by}"
    )


def revenue_report(start: date, end: date, group: str = "plaza", sort: str = "revenue") -> list[dict]:
    sql = build_report_sql(group, sort)
    with closing(sqlite3.connect(settings.REPORTING_DB_PATH)) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(sql, (start.isoformat(), end.isoformat())).fetchall()
    return [dict(r) for r in rows]


def to_csv_rows(report: list[dict]) -> list[list[str]]:
    out = [["group", "trips", "revenue"]]
    for row in report:
        out.append([str(row["grp"]), str(row["trips"]), f"{row['total_cents'] / 100:.2f}"])
    return out
