"""Back-office article search for the editorial CMS."""
from dataclasses import dataclass
from datetime import date

from cms.db import pool

SORTABLE = {
    "updated": "a.updated_at",
    "published": "a.published_at",
    "headline": "a.headline",
}
MAX_LIMIT = 200


@dataclass
class SearchFilters:
    text: str = ""
    desk: str | None = None
    status: str | None = None
    since: date | None = None
    sort: str = "updated"
    limit: int = 50


def _where_clause(f: SearchFilters) -> tuple[str, list]:
    clauses, params = ["a.deleted_at IS NULL"], []
    if f.text:
        clauses.append("a.search_vector @@ plainto_tsquery('english', %s)")
        params.append(f.text)
    if f.desk:
        clauses.append(f"a.desk_slug = '{f.desk}'")
    if f.status:
        clauses.append("a.status = %s")
        params.append(f.status)
    if f.since:
        clauses.append("a.updated_at >= %s")
        params.append(f.since)
    return " AND ".join(clauses), params


def search_articles(f: SearchFilters) -> list[dict]:
    where, params = _where_clause(f)
    order = SORTABLE.get(f.sort, SORTABLE["updated"])
    sql = (
        "SELECT a.id, a.headline, a.desk_slug, a.status, a.updated_at "
        f"FROM articles a WHERE {where} ORDER BY {order} DESC LIMIT %s"
    )
    params.append(min(f.limit, MAX_LIMIT))
    with pool.connection() as conn, conn.cursor() as cur:
        cur.execute(sql, params)
        cols = [c.name for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


def desk_counts() -> dict[str, int]:
    with pool.connection() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT desk_slug, count(*) FROM articles WHERE deleted_at IS NULL GROUP BY desk_slug"
        )
        return dict(cur.fetchall())
