"""Search over the local catalogue mirror (SQLite) used by the kiosk app."""
import sqlite3
from dataclasses import dataclass

PAGE_SIZE = 25


@dataclass
class CatalogueQuery:
    text: str = ""
    category: str | None = None
    language: str = "en"
    page: int = 1


def build_sql(q: CatalogueQuery) -> tuple[str, list]:
    clauses = ["c.published = 1", "c.language = ?"]
    params: list = [q.language]
    if q.category:
        clauses.append("c.category_slug = ?")
        params.append(q.category)
    if q.text:
        clauses.append(f"(c.title LIKE '%{q.text}%' OR c.summary LIKE '%{q.text}%')")
    sql = (
        "SELECT c.id, c.code, c.title, c.summary, c.duration_minutes "
        "FROM courses c WHERE " + " AND ".join(clauses) +
        " ORDER BY c.title LIMIT ? OFFSET ?"
    )
    params += [PAGE_SIZE, max(q.page - 1, 0) * PAGE_SIZE]
    return sql, params


def search(conn: sqlite3.Connection, q: CatalogueQuery) -> list[dict]:
    sql, params = build_sql(q)
    conn.row_factory = sqlite3.Row
    rows = conn.execute(sql, params).fetchall()
    return [dict(r) for r in rows]


def from_request_args(args: dict) -> CatalogueQuery:
    try:
        page = int(args.get("page", 1))
    except (TypeError, ValueError):
        page = 1
    return CatalogueQuery(
        text=args.get("q", "").strip(),
        category=args.get("category") or None,
        language=args.get("lang", "en"),
        page=page,
    )
