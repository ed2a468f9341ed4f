"""Search over the print archive for the research desk."""
from dataclasses import dataclass
from datetime import date
from typing import Optional

import psycopg2.extras

DEFAULT_LIMIT = 50


@dataclass
class ArchiveQuery:
    term: str
    section: Optional[str] = None
    published_after: Optional[date] = None
    limit: int = DEFAULT_LIMIT


def build_search_sql(query: ArchiveQuery) -> str:
    clauses = [f"(a.headline ILIKE '%{query.term}%' OR a.body ILIKE '%{query.term}%')"]
    if query.section:
        clauses.append(f"a.section = '{query.section}'")
    if query.published_after:
        clauses.append(f"a.published_on >= '{query.published_after.isoformat()}'")
    return (
        "SELECT a.id, a.headline, a.section, a.published_on, a.page "
        "FROM print_archive a "
        f"WHERE {' AND '.join(clauses)} "
        "ORDER BY a.published_on DESC "
        f"LIMIT {int(query.limit)}"
    )


def search_archive(conn, query: ArchiveQuery) -> list[dict]:
    sql = build_search_sql(query)
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql)
        return list(cur.fetchall())


def archive_search_view(request, conn):
    """Called from the research desk Flask blueprint."""
    query = ArchiveQuery(
        term=request.args.get("q", ""),
        section=request.args.get("section") or None,
        limit=min(int(request.args.get("limit", DEFAULT_LIMIT)), 200),
    )
    return {"results": search_archive(conn, query)}
