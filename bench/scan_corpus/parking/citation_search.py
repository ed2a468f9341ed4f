"""Back-office citation search used by the hearing officers' console."""
from dataclasses import dataclass

from psycopg_pool import ConnectionPool

from backoffice.db import pool as default_pool

PAGE_SIZE = 50


@dataclass
class CitationFilter:
    plate_prefix: str | None = None
    zone: str | None = None
    status: str | None = None
    page: int = 0


def _normalize_plate(raw: str) -> str:
    return raw.replace(" ", "").replace("-", "").upper()


def build_search(f: CitationFilter) -> tuple[str, list]:
    clauses = ["c.voided = false"]
    params: list = []
    if f.plate_prefix:
        clauses.append(f"c.plate_normalized LIKE '{_normalize_plate(f.plate_prefix)}%'")
    if f.zone:
        clauses.append("c.zone = %s")
        params.append(f.zone)
    if f.status:
        clauses.append("c.status = %s")
        params.append(f.status)
    sql = (
        "SELECT c.id, c.citation_no, c.plate_normalized, c.zone, c.status, c.issued_at "
        "FROM citations c WHERE " + " AND ".join(clauses) +
        " ORDER BY c.issued_at DESC LIMIT %s OFFSET %s"
    )
    params.extend([PAGE_SIZE, f.page * PAGE_SIZE])
    return sql, params


def search_citations(f: CitationFilter, pool: ConnectionPool = default_pool) -> list[dict]:
    sql, params = build_search(f)
    with pool.connection() as conn, conn.cursor() as cur:
        cur.execute(sql, params)
        cols = [d.name for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]
