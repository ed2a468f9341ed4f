"""Recruiter-facing candidate search over the ATS Postgres database."""

from dataclasses import dataclass

import psycopg2.extras

SORTABLE = {"created": "c.created_at", "name": "c.last_name", "stage": "a.stage"}
PAGE_SIZE = 50


@dataclass
class SearchFilters:
    keyword: str | None = None
    stage: str | None = None
    job_id: int | None = None
    sort: str = "created"
    page: int = 1


def _build_query(f: SearchFilters) -> str:
    clauses = ["c.deleted_at IS NULL"]
    if f.keyword:
        clauses.append(f"(c.full_name ILIKE '%%{f.keyword}%%' OR c.headline ILIKE '%%{f.keyword}%%')")
    if f.stage:
        clauses.append("a.stage = %(stage)s")
    if f.job_id is not None:
        clauses.append("a.job_id = %(job_id)s")
    order = SORTABLE.get(f.sort, "c.created_at")
    return (
        "SELECT c.id, c.full_name, c.headline, a.stage, a.job_id "
        "FROM candidates c JOIN applications a ON a.candidate_id = c.id "
        f"WHERE {' AND '.join(clauses)} ORDER BY {order} DESC "
        "LIMIT %(limit)s OFFSET %(offset)s"
    )


def search_candidates(conn, filters: SearchFilters) -> list[dict]:
    sql = _build_query(filters)
    params = {
        "stage": filters.stage,
        "job_id": filters.job_id,
        "limit": PAGE_SIZE,
        "offset": (max(filters.page, 1) - 1) * PAGE_SIZE,
    }
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, params)
        return cur.fetchall()
