"""Story search for the CMS sidebar (drafts, scheduled and published)."""
from dataclasses import dataclass
from typing import Optional

import psycopg2.extras

SORT_COLUMNS = {
    "updated": "s.updated_at",
    "published": "s.published_at",
    "headline": "s.headline",
}
MAX_LIMIT = 200


@dataclass
class StoryQuery:
    term: str
    status: Optional[str] = None
    desk: Optional[str] = None
    sort: str = "updated"
    limit: int = 50


def build_story_sql(query: StoryQuery) -> tuple[str, list]:
    clauses = ["(s.headline ILIKE %s OR s.slug ILIKE %s)"]
    params: list = [f"%{query.term}%", f"%{query.term}%"]
    if query.status:
        clauses.append("s.status = %s")
        params.append(query.status)
    if query.desk:
        clauses.append("s.desk = %s")
        params.append(query.desk)
    order_by = SORT_COLUMNS.get(query.sort, SORT_COLUMNS["updated"])
    sql = (
        "SELECT s.id, s.headline, s.status, s.desk, s.updated_at FROM stories s "
        f"WHERE {' AND '.join(clauses)} ORDER BY {order_by} DESC LIMIT %s"
    )
    params.append(max(1, min(int(query.limit), MAX_LIMIT)))
    return sql, params


def search_stories(conn, query: StoryQuery) -> list[dict]:
    sql, params = build_story_sql(query)
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, params)
        return list(cur.fetchall())
