"""Press queue report for the shop floor display.

Reads the local scheduling cache (SQLite) on the floor terminal and returns the
queue for one press, sorted by the column the operator picks on the screen.
"""
import sqlite3
from contextlib import closing

from printshop.config import settings

SORT_COLUMNS = {
    "due": "due_at",
    "sheets": "sheet_count DESC",
    "stock": "paper_stock, due_at",
    "priority": "priority DESC, due_at",
}
DEFAULT_SORT = "due"
BASE_QUERY = "SELECT job_ref, customer, paper_stock, sheet_count, due_at, priority FROM press_queue"


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(settings.SCHEDULE_CACHE_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def press_queue(press_code: str, sort: str = DEFAULT_SORT, include_held: bool = False) -> list[dict]:
    order_by = SORT_COLUMNS.get(sort, SORT_COLUMNS[DEFAULT_SORT])
    statuses = ("queued", "makeready", "held") if include_held else ("queued", "makeready")
    placeholders = ", ".join("?" for _ in statuses)
    query = f"{BASE_QUERY} WHERE press_code = ? AND status IN ({placeholders}) ORDER BY {order_by}"
    with closing(_connect()) as conn:
        rows = conn.execute(query, (press_code, *statuses)).fetchall()
    return [dict(r) for r in rows]


def total_sheets(press_code: str) -> int:
    with closing(_connect()) as conn:
        row = conn.execute(
            "SELECT COALESCE(SUM(sheet_count), 0) FROM press_queue WHERE press_code = ?",
            (press_code,),
        ).fetchone()
    return int(row[0])


def stock_breakdown(press_code: str) -> dict[str, int]:
    with closing(_connect()) as conn:
        rows = conn.execute(
            "SELECT paper_stock, SUM(sheet_count) FROM press_queue WHERE press_code = ? GROUP BY paper_stock",
            (press_code,),
        ).fetchall()
    return {stock: int(total) for stock, total in rows}
