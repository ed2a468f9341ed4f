"""Seller directory listing with sorting and filtering (SQLite backend)."""
import sqlite3

SORT_COLUMNS = {
    "rating": "rating DESC",
    "newest": "joined_at DESC",
    "orders": "completed_orders DESC",
}


def list_sellers(conn: sqlite3.Connection, country: str, name_prefix: str = "",
                 sort: str = "rating", limit: int = 50) -> list[sqlite3.Row]:
    order_by = SORT_COLUMNS.get(sort, SORT_COLUMNS["rating"])
    sql = (
        "SELECT id, display_name, rating, completed_orders FROM sellers "
        "WHERE country = ? AND display_name LIKE ? AND verified = 1 "
        f"ORDER BY {order_by} LIMIT ?"
    )
    cur = conn.execute(sql, (country, name_prefix + "%", min(int(limit), 200)))
    return cur.fetchall()
