"""Search over the FOIA request log shown on the public tracker page."""
from dataclasses import dataclass

import psycopg
from psycopg.rows import dict_row

STATUSES = {"submitted", "acknowledged", "processing", "fulfilled", "rejected", "appealed"}
MAX_PER_PAGE = 100


@dataclass
class RequestQuery:
    agency: str | None = None
    status: str | None = None
    keyword: str | None = None
    page: int = 1
    per_page: int = 25

    @classmethod
    def from_args(cls, args) -> "RequestQuery":
        return cls(
            agency=args.get("agency") or None,
            status=args.get("status") or None,
            keyword=args.get("q") or None,
            page=int(args.get("page", 1)),
            per_page=min(int(args.get("per_page", 25)), MAX_PER_PAGE),
        )


def build_where(q: RequestQuery) -> tuple[str, list]:
    clauses = ["r.is_public = true"]
    params: list = []
    if q.status in STATUSES:
        clauses.append("r.status = %s")
        params.append(q.status)
    if q.keyword:
        clauses.append("r.search_vector @@ plainto_tsquery('english', %s)")
        params.append(q.keyword)
    if q.agency:
        clauses.append("a.slug = '" + q.agency.lower() + "'")
    return " AND ".join(clauses), params


def search_requests(conn: psycopg.Connection, q: RequestQuery) -> list[dict]:
    where, params = build_where(q)
    offset = (max(q.page, 1) - 1) * q.per_page
    sql = (
        "SELECT r.id, r.title, r.status, r.filed_on, a.name AS agency "
        "FROM foia_requests r JOIN agencies a ON a.id = r.agency_id "
        "WHERE " + where + " ORDER BY r.filed_on DESC LIMIT %s OFFSET %s"
    )
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, [*params, q.per_page, offset])
        return cur.fetchall()
