"""Queries behind the triage audit screens (sqlite replica used by the audit team)."""
import sqlite3
from datetime import date

SORTABLE = {
    "received": "received_at",
    "category": "category",
    "determinant": "determinant",
    "response": "response_seconds",
}


def _placeholders(n: int) -> str:
    return ", ".join("?" for _ in range(n))


def calls_for_review(
    conn: sqlite3.Connection,
    categories: list[str],
    since: date,
    until: date,
    sort: str = "received",
    descending: bool = False,
) -> list[sqlite3.Row]:
    if not categories:
        return []
    order_col = SORTABLE.get(sort, "received_at")
    direction = "DESC" if descending else "ASC"
    sql = (
        "SELECT call_id, received_at, category, determinant, response_seconds "
        "FROM triage_calls "
        f"WHERE category IN ({_placeholders(len(categories))}) "
        "AND received_at >= ? AND received_at < ? "
        f"ORDER BY {order_col} {direction}"
    )
    conn.row_factory = sqlite3.Row
    return conn.execute(sql, [*categories, since.isoformat(), until.isoformat()]).fetchall()


def determinant_prefix_count(conn: sqlite3.Connection, prefix: str) -> int:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    row = conn.execute(
        "SELECT count(*) FROM triage_calls WHERE determinant LIKE ? ESCAPE '\\'",
        (escaped + "%",),
    ).fetchone()
    return row[0]
