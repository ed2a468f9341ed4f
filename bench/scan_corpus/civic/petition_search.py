"""Search and listing queries for the petitions browse page."""
import sqlite3
from dataclasses import dataclass

SORT_COLUMNS = {
    "newest": "p.created_at DESC",
    "popular": "p.signature_count DESC",
    "closing": "p.closes_at ASC",
}
DEFAULT_SORT = "newest"


@dataclass
class BrowseFilters:
    text: str = ""
    region: str | None = None
    sort: str = DEFAULT_SORT
    limit: int = 20
    offset: int = 0


def build_query(f: BrowseFilters) -> tuple[str, list]:
    where = ["p.is_open = 1"]
    params: list = []
    if f.text:
        where.append("(p.title LIKE ? OR p.summary LIKE ?)")
        like = f"%{f.text}%"
        params += [like, like]
    if f.region:
        where.append("p.region = ?")
        params.append(f.region)
    order_by = SORT_COLUMNS.get(f.sort, SORT_COLUMNS[DEFAULT_SORT])
    sql = (
        "SELECT p.id, p.title, p.signature_count, p.closes_at FROM petitions p "
        f"WHERE {' AND '.join(where)} ORDER BY {order_by} LIMIT ? OFFSET ?"
    )
    params += [max(1, min(f.limit, 100)), max(0, f.offset)]
    return sql, params


def browse(conn: sqlite3.Connection, f: BrowseFilters) -> list[dict]:
    sql, params = build_query(f)
    conn.row_factory = sqlite3.Row
    return [dict(row) for row in conn.execute(sql, params)]
