"""Monthly trade order report for the workshop office.

Lists trade-account orders for a period, sortable by a handful of columns
from the report screen.
"""
import sqlite3
from datetime import date

from tilemaker.settings import REPORTS_DB_PATH

SORTABLE = {
    "placed": "o.placed_at",
    "account": "a.company_name",
    "value": "o.total_pence",
    "status": "o.status",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def _order_clause(sort: str, direction: str) -> str:
    column = SORTABLE.get(sort, SORTABLE["placed"])
    dir_sql = DIRECTIONS.get(direction.lower(), "DESC")
    return f"ORDER BY {column} {dir_sql}"


def trade_orders(start: date, end: date, sort: str = "placed", direction: str = "desc") -> list[sqlite3.Row]:
    sql = (
        "SELECT o.id, o.placed_at, a.company_name, o.total_pence, o.status "
        "FROM orders o JOIN trade_accounts a ON a.id = o.account_id "
        "WHERE o.placed_at >= ? AND o.placed_at < ? "
        + _order_clause(sort, direction)
    )
    conn = sqlite3.connect(REPORTS_DB_PATH)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, (start.isoformat(), end.isoformat())).fetchall()
    finally:
        conn.close()


def totals_by_account(start: date, end: date) -> dict[str, int]:
    conn = sqlite3.connect(REPORTS_DB_PATH)
    try:
        rows = conn.execute(
            "SELECT a.company_name, SUM(o.total_pence) FROM orders o "
            "JOIN trade_accounts a ON a.id = o.account_id "
            "WHERE o.placed_at >= ? AND o.placed_at < ? GROUP BY a.company_name",
            (start.isoformat(), end.isoformat()),
        ).fetchall()
    finally:
        conn.close()
    return {name: total for name, total in rows}
