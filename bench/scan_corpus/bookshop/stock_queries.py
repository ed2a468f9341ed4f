"""Stock look-ups against the shop's local SQLite inventory cache.

The cache is refreshed from the distributor feeds and the tills; the basket
page uses these helpers to show "in stock" badges.
"""
import sqlite3
from collections.abc import Iterable, Sequence

STOCK_COLUMNS = "isbn, title, on_hand, reserved, location"


def connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=5)
    conn.row_factory = sqlite3.Row
    return conn


def _in_clause(values: Sequence[str]) -> str:
    return ",".join("?" for _ in values)


def stock_for_isbns(conn: sqlite3.Connection, isbns: Iterable[str]) -> dict[str, sqlite3.Row]:
    wanted = sorted({i.replace("-", "") for i in isbns})
    if not wanted:
        return {}
    query = f"SELECT {STOCK_COLUMNS} FROM stock WHERE isbn IN ({_in_clause(wanted)})"
    rows = conn.execute(query, wanted).fetchall()
    return {row["isbn"]: row for row in rows}


def search_titles(conn: sqlite3.Connection, term: str, limit: int = 20) -> list[sqlite3.Row]:
    pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return conn.execute(
        f"SELECT {STOCK_COLUMNS} FROM stock WHERE title LIKE ? ESCAPE '\\' ORDER BY title LIMIT ?",
        (pattern, limit),
    ).fetchall()


def reserve(conn: sqlite3.Connection, isbn: str, qty: int) -> bool:
    with conn:
        cur = conn.execute(
            "UPDATE stock SET reserved = reserved + ? WHERE isbn = ? AND on_hand - reserved >= ?",
            (qty, isbn, qty),
        )
    return cur.rowcount == 1
