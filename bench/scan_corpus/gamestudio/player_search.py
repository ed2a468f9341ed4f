"""Player search for the customer-support console."""
from __future__ import annotations

import sqlite3

SORT_COLUMNS = {
    "name": "display_name",
    "created": "created_at",
    "last_seen": "last_login_at",
}
PAGE_SIZE = 25


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def build_search(term: str, sort: str = "name", descending: bool = False, page: int = 0):
    column = SORT_COLUMNS.get(sort, "display_name")
    direction = "DESC" if descending else "ASC"
    sql = (
        "SELECT player_id, display_name, email, created_at FROM players "
        "WHERE display_name LIKE ? ESCAPE '\\' OR email = ? "
        f"ORDER BY {column} {direction} LIMIT ? OFFSET ?"
    )
    params = (f"%{_escape_like(term)}%", term.lower(), PAGE_SIZE, max(page, 0) * PAGE_SIZE)
    return sql, params


def search_players(conn: sqlite3.Connection, term: str, **options) -> list[dict]:
    sql, params = build_search(term, **options)
    conn.row_factory = sqlite3.Row
    return [dict(row) for row in conn.execute(sql, params)]
